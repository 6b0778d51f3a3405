package io.chromeless;

import io.chromeless.options.ArticlesOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The launcher's defaults for a run started with {@code java -jar} (docs/BENCHMARKS.md has the
 * measurements behind them):
 *
 * <ul>
 *   <li>No {@code --runner} and at least {@value #EMBEDDED_FLINK_BYTES} bytes of input: the job
 *       runs on an embedded Flink cluster ({@code --runner=FlinkRunner --flinkMaster=[local]
 *       --parallelism=<cores>}). The direct runner spends its time on per-bundle bookkeeping (it
 *       re-translates each ParDo for every bundle, and every key of a GroupByKey is a bundle of
 *       its own), so a few tens of MB of pages already take minutes; Flink runs the same job close
 *       to the speed of the parser. Smaller inputs (the quickstart, the tests) stay on the direct
 *       runner, which starts in a second.
 *   <li>On the direct runner, its immutability and encodability checks are off unless asked for
 *       ({@code --enforceImmutability=true}): they copy and encode every element at every step,
 *       for checks that the project's own tests run with (TestPipeline keeps Beam's defaults).
 *   <li>On an embedded Flink cluster ({@code --flinkMaster=[local]}, chosen as above or given)
 *       that is handed no configuration of its own (no {@code --flinkConfDir}, no {@code
 *       FLINK_CONF_DIR}), the batch shuffle is not compressed ({@link #EMBEDDED_FLINK_CONF}). Its
 *       exchanges stay on this machine, in files the page cache mostly holds, and on Flink's batch
 *       runner every consumer of a collection reads its own serialized copy: the job writes about
 *       twenty times its input to them, and LZ4 was a tenth of its CPU time. A failed task restarts
 *       the job (3 attempts, 2 s apart, as {@code pipelines/flink/conf}): Beam's retry options
 *       reach only Flink's streaming environment. A real cluster keeps whatever its
 *       configuration says.
 * </ul>
 *
 * An option given on the command line always wins.
 */
final class LocalDefaults {
  /** Bytes of input files (as stored: compressed) from which java -jar picks embedded Flink. */
  static final long EMBEDDED_FLINK_BYTES = 8L << 20;

  /** The Flink configuration ({@code config.yaml}) of an embedded cluster given none. */
  static final String EMBEDDED_FLINK_CONF = String.join("\n",
      "# written by the chromeless launcher for an embedded Flink cluster; see LocalDefaults",
      "# a failed task restarts the job instead of failing the night (as pipelines/flink/conf)",
      "restart-strategy:",
      "  type: fixed-delay",
      "  fixed-delay:",
      "    attempts: 3",
      "    delay: 2 s",
      "taskmanager:",
      "  network:",
      "    batch-shuffle:",
      "      compression:",
      "        enabled: false",
      "");

  private LocalDefaults() {}

  /**
   * Applies the defaults for inputs that matched {@code inputs} (the launcher's one listing of
   * them: the job reads those files, see {@link ArticlesPipeline#readsMatchedFiles}); returns a
   * line saying what was chosen, or null when nothing was.
   */
  static String apply(String[] args, ArticlesOptions options, List<MatchResult.Metadata> inputs) {
    String said = null;
    if (!given(args, "runner") && options.getRunner() == DirectRunner.class) {
      long bytes = totalBytes(inputs);
      if (bytes >= EMBEDDED_FLINK_BYTES) {
        int cores = Runtime.getRuntime().availableProcessors();
        options.setRunner(FlinkRunner.class);
        FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
        if (!given(args, "flinkMaster")) {
          flink.setFlinkMaster("[local]");
        }
        if (!given(args, "parallelism")) {
          flink.setParallelism(cores);
        }
        said = String.format(Locale.ROOT, "No --runner given and %.1f MB of input: running on an embedded Flink"
                + " cluster (--runner=FlinkRunner --flinkMaster=%s --parallelism=%d). Pass --runner=DirectRunner for"
                + " the direct runner.", bytes / 1e6, flink.getFlinkMaster(), flink.getParallelism());
      }
    }
    if (options.getRunner() == FlinkRunner.class) {
      embeddedFlinkConf(args, options.as(FlinkPipelineOptions.class), System.getenv("FLINK_CONF_DIR"));
    }
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!given(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
    return said;
  }

  /**
   * Points an embedded cluster that has no configuration at {@link #EMBEDDED_FLINK_CONF}, written
   * into a temporary folder that goes when the JVM ends; returns that folder, or null when the run
   * is not embedded or brings its own configuration ({@code --flinkConfDir}, or {@code
   * envConfDir}: the FLINK_CONF_DIR that Flink would read).
   */
  static Path embeddedFlinkConf(String[] args, FlinkPipelineOptions flink, String envConfDir) {
    if (!"[local]".equals(flink.getFlinkMaster()) || given(args, "flinkConfDir")
        || (envConfDir != null && !envConfDir.isEmpty())) {
      return null;
    }
    try {
      Path dir = Files.createTempDirectory("chromeless-flink-conf");
      dir.toFile().deleteOnExit();
      Path conf = dir.resolve("config.yaml");
      Files.writeString(conf, EMBEDDED_FLINK_CONF, StandardCharsets.UTF_8);
      conf.toFile().deleteOnExit();
      flink.setFlinkConfDir(dir.toString());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedded Flink cluster's configuration", e);
    }
  }

  static boolean given(String[] args, String option) {
    for (String a : args) {
      if (a.equals("--" + option) || a.startsWith("--" + option + "=")) {
        return true;
      }
    }
    return false;
  }

  static long totalBytes(List<MatchResult.Metadata> files) {
    long total = 0;
    for (MatchResult.Metadata f : files) {
      total += f.sizeBytes();
    }
    return total;
  }
}
