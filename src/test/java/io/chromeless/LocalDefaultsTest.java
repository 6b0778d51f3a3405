package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.options.ArticlesOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDefaultsTest {
  @TempDir Path tmp;

  private ArticlesOptions options(String... args) {
    PipelineOptionsFactory.register(ArticlesOptions.class);
    return PipelineOptionsFactory.fromArgs(args).as(ArticlesOptions.class);
  }

  private String[] args(Path input, String... more) {
    String[] base = {"--inputs=" + input, "--output=" + tmp.resolve("out")};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** The launcher's listing of the inputs, which LocalDefaults is handed. */
  private static List<MatchResult.Metadata> matched(ArticlesOptions o) {
    return ArticlesPipeline.matchInputs(o.getInputs(), false);
  }

  private Path file(String name, long bytes) throws IOException {
    Path f = tmp.resolve(name);
    Files.write(f, new byte[(int) bytes]);
    return f;
  }

  @Test
  void smallInputStaysOnTheDirectRunnerWithoutItsElementChecks() throws IOException {
    String[] a = args(file("small.txt", 1000));
    ArticlesOptions o = options(a);
    assertThat(LocalDefaults.apply(a, o, matched(o))).isNull();
    assertThat(o.getRunner()).isEqualTo(DirectRunner.class);
    assertThat(o.as(DirectOptions.class).isEnforceImmutability()).isFalse();
    assertThat(o.as(DirectOptions.class).isEnforceEncodability()).isFalse();
  }

  @Test
  void checksAskedForStayOn() throws IOException {
    String[] a = args(file("small.txt", 1000), "--enforceImmutability=true", "--enforceEncodability=true");
    ArticlesOptions o = options(a);
    LocalDefaults.apply(a, o, matched(o));
    assertThat(o.as(DirectOptions.class).isEnforceImmutability()).isTrue();
    assertThat(o.as(DirectOptions.class).isEnforceEncodability()).isTrue();
  }

  @Test
  void bigInputWithoutARunnerGoesToEmbeddedFlinkOnEveryCore() throws IOException {
    file("a.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES / 2);
    file("b.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES / 2);
    String[] a = args(tmp.resolve("*.wet.gz"));
    ArticlesOptions o = options(a);
    assertThat(LocalDefaults.apply(a, o, matched(o))).contains("embedded Flink");
    assertThat(o.getRunner()).isEqualTo(FlinkRunner.class);
    assertThat(o.as(FlinkPipelineOptions.class).getFlinkMaster()).isEqualTo("[local]");
    assertThat(o.as(FlinkPipelineOptions.class).getParallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void anEmbeddedClusterWithoutAConfigurationShufflesUncompressed() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("FLINK_CONF_DIR") == null, "FLINK_CONF_DIR is set here");
    String[] a = args(file("big.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES));
    ArticlesOptions o = options(a);
    LocalDefaults.apply(a, o, matched(o));
    FlinkPipelineOptions flink = o.as(FlinkPipelineOptions.class);
    assertThat(flink.getFlinkConfDir()).isNotNull();
    // Flink's own loader reads it back (env FLINK_CONF_DIR aside, as Beam calls it for [local])
    org.apache.flink.configuration.Configuration conf =
        org.apache.flink.configuration.GlobalConfiguration.loadConfiguration(flink.getFlinkConfDir());
    assertThat(conf.get(org.apache.flink.configuration.NettyShuffleEnvironmentOptions.BATCH_SHUFFLE_COMPRESSION_ENABLED))
        .isFalse();
    // and a failed task restarts the job, as with pipelines/flink/conf
    assertThat(conf.get(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("fixed-delay");
    assertThat(conf.get(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS))
        .isEqualTo(3);
  }

  @Test
  void aFlinkConfigurationGivenOrARealClusterKeepsItsOwnSettings() throws IOException {
    Path big = file("big.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES);
    String[] given = args(big, "--flinkConfDir=" + tmp);
    ArticlesOptions o = options(given);
    LocalDefaults.apply(given, o, matched(o));
    assertThat(o.as(FlinkPipelineOptions.class).getFlinkConfDir()).isEqualTo(tmp.toString());

    String[] remote = args(big, "--runner=FlinkRunner", "--flinkMaster=flink-jm:8081");
    ArticlesOptions r = options(remote);
    LocalDefaults.apply(remote, r, matched(r));
    assertThat(r.as(FlinkPipelineOptions.class).getFlinkConfDir()).isNull();

    String[] local = args(big, "--runner=FlinkRunner", "--flinkMaster=[local]");
    ArticlesOptions l = options(local);
    assertThat(LocalDefaults.embeddedFlinkConf(local, l.as(FlinkPipelineOptions.class), "/etc/flink")).isNull();
    assertThat(l.as(FlinkPipelineOptions.class).getFlinkConfDir()).isNull();
    assertThat(LocalDefaults.embeddedFlinkConf(local, l.as(FlinkPipelineOptions.class), null)).isNotNull();
  }

  @Test
  void aRunnerGivenAlwaysWins() throws IOException {
    String[] a = args(file("big.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES), "--runner=DirectRunner");
    ArticlesOptions o = options(a);
    assertThat(LocalDefaults.apply(a, o, matched(o))).isNull();
    assertThat(o.getRunner()).isEqualTo(DirectRunner.class);
    String[] f = args(tmp.resolve("big.wet.gz"), "--runner=FlinkRunner", "--parallelism=1");
    ArticlesOptions fo = options(f);
    LocalDefaults.apply(f, fo, matched(fo));
    assertThat(fo.as(FlinkPipelineOptions.class).getParallelism()).isEqualTo(1);
  }

  @Test
  void sizesTheRunFromTheListingItIsHanded_withoutListingAgain() throws IOException {
    // the inputs name an empty folder; the listing handed over says 2 big files: a second listing
    // would find nothing and stay on the direct runner
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
    String[] a = args(empty.resolve("*.wet.gz"));
    ArticlesOptions o = options(a);
    List<MatchResult.Metadata> listing = List.of(metadata("a.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES / 2),
        metadata("b.wet.gz", LocalDefaults.EMBEDDED_FLINK_BYTES / 2));
    assertThat(LocalDefaults.apply(a, o, listing)).contains("embedded Flink");
    assertThat(o.getRunner()).isEqualTo(FlinkRunner.class);
    ArticlesOptions small = options(a);
    assertThat(LocalDefaults.apply(a, small, List.of(metadata("c.wet.gz", 1000)))).isNull();
    assertThat(small.getRunner()).isEqualTo(DirectRunner.class);
  }

  private MatchResult.Metadata metadata(String name, long bytes) {
    return MatchResult.Metadata.builder()
        .setResourceId(FileSystems.matchNewResource(tmp.resolve("elsewhere").resolve(name).toString(), false))
        .setSizeBytes(bytes)
        .setIsReadSeekEfficient(true)
        .setLastModifiedMillis(0)
        .build();
  }
}
