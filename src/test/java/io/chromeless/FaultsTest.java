package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chromeless.corpus.CorpusDumps;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.Kind;
import io.chromeless.testing.FaultyFileSystem;
import io.chromeless.testing.ParquetOutputs;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during a load. A failure injected once into the write stage of a run on the Flink runner
 * (embedded cluster, restart strategy from pipelines/flink/conf): Flink restarts the job and the output equals a clean
 * run's. A local run killed midway (a separate JVM, destroyed while it writes): the previous load
 * of the date stays as it was, and a re-run completes the new one. Faults come from {@link
 * FaultyFileSystem} (output under {@code faulty://}), not from hooks in the job.
 */
class FaultsTest {
  @TempDir static Path tmp;
  private static Path night1;
  private static Path night2;

  @BeforeAll
  static void corpus() throws IOException {
    // Night 1: the first capture of every other story; night 2: everything else (later captures
    // of night-1 stories, new stories) and a binary file.
    night1 = Files.createDirectories(tmp.resolve("night-1"));
    night2 = Files.createDirectories(tmp.resolve("night-2"));
    Path pool = tmp.resolve("pool");
    for (CorpusDumps.Placed p : CorpusDumps.writePageFiles(pool, CorpusGenerator.of(24, 23L), true)) {
      String story = p.page().story(); // s00000012
      boolean first = p.page().kind() == Kind.ORIGINAL && (story.charAt(story.length() - 1) - '0') % 2 == 0;
      Files.copy(pool.resolve(p.file()), (first ? night1 : night2).resolve(p.file()));
    }
    Files.write(night2.resolve("scan-0001.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ArticlesPipeline.execute(args, new PrintStream(o, true), new PrintStream(e, true));
    Run r = new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    System.out.println(r.out());
    return r;
  }

  @Test
  void flinkRestartsAfterAFailureInTheWriteStage_andWritesWhatACleanRunWrites() throws Exception {
    flinkRestartsAndWritesWhatACleanRunWrites("given",
        "--flinkConfDir=" + Path.of("pipelines", "flink", "conf").toAbsolutePath());
  }

  @Test
  void anEmbeddedClusterGivenNoConfigurationRestartsToo() throws Exception {
    // the configuration java -jar writes for --flinkMaster=[local] (LocalDefaults)
    flinkRestartsAndWritesWhatACleanRunWrites("generated");
  }

  private void flinkRestartsAndWritesWhatACleanRunWrites(String name, String... conf) throws Exception {
    Path clean = tmp.resolve(name).resolve("clean");
    Path flinkRoot = tmp.resolve(name).resolve("flink");
    String[] common = {"--loadDate=2026-11-22", "--progressIntervalSeconds=0"};
    Run first = run("--inputs=" + night1 + "/*", "--output=" + clean, "--loadDate=2026-11-21", "--progressIntervalSeconds=0");
    assertThat(first.code()).as(first.err()).isZero();
    copyTree(clean, flinkRoot); // both roots hold the same first night
    Run reference = run("--inputs=" + night2 + "/*", "--output=" + clean, "--priorOutput=" + clean, common[0], common[1]);
    assertThat(reference.code()).as(reference.err()).isZero();

    Path marker = tmp.resolve(name).resolve("fault-fired");
    String root = FaultyFileSystem.uri(flinkRoot);
    System.setProperty(FaultyFileSystem.WHERE, "/_tmp/");
    System.setProperty(FaultyFileSystem.FAIL_ONCE, marker.toString());
    Run flink;
    try {
      List<String> args = new ArrayList<>(List.of("--inputs=" + night2 + "/*", "--output=" + root, "--priorOutput=" + root,
          common[0], common[1], "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
      args.addAll(List.of(conf));
      flink = run(args.toArray(String[]::new));
    } finally {
      System.clearProperty(FaultyFileSystem.WHERE);
      System.clearProperty(FaultyFileSystem.FAIL_ONCE);
    }

    assertThat(marker).as("the fault was injected").exists();
    assertThat(flink.code()).as(flink.err()).isZero();
    assertThat(flink.out()).contains("accounting: pages read = documents + rejects");
    assertThat(ParquetOutputs.differences(clean.toString(), flinkRoot.toString())).isEmpty();
    assertThat(ParquetOutputs.rows(flinkRoot.toString(), "documents")).isGreaterThan(10);
    assertThat(filesUnder(flinkRoot.resolve("_staging"))).as("no staged file left").isEmpty();
    assertThat(flinkRoot.resolve("documents/load_date=2026-11-22/_SUCCESS")).exists();
  }

  @Test
  void killedLocalRun_leavesThePreviousLoadIntact_andAReRunCompletesIt() throws Exception {
    Path local = tmp.resolve("killed");
    String root = FaultyFileSystem.uri(local);
    String date = "--loadDate=2026-11-23";
    Run before = run("--inputs=" + night1 + "/*", "--output=" + root, date, "--progressIntervalSeconds=0");
    assertThat(before.code()).as(before.err()).isZero();
    Map<String, String> committed = contents(local, "articles", "documents", "rejects", "_index", "_loads");
    long documentsBefore = ParquetOutputs.rows(local.toString(), "documents");

    // A second run of the date, with more input, in its own JVM; it blocks when it starts writing.
    Path marker = tmp.resolve("child-writing");
    Path log = tmp.resolve("child.log");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-D" + FaultyFileSystem.WHERE + "=/_tmp/", "-D" + FaultyFileSystem.HANG + "=" + marker,
        "-cp", System.getProperty("java.class.path"), ArticlesPipeline.class.getName(),
        "--inputs=" + night1 + "/*," + night2 + "/*", "--output=" + root, date, "--progressIntervalSeconds=0")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(marker).as("the child reached the write stage:\n" + Files.readString(log)).exists();
      assertThat(child.isAlive()).isTrue();
      assertThat(filesUnder(local.resolve("_staging"))).as("the killed run had started its load").isNotEmpty();
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }

    assertThat(contents(local, "articles", "documents", "rejects", "_index", "_loads"))
        .as("every file of the previous load, byte for byte, and nothing else").isEqualTo(committed);
    assertThat(ParquetOutputs.rows(local.toString(), "documents")).isEqualTo(documentsBefore);

    Run rerun = run("--inputs=" + night1 + "/*," + night2 + "/*", "--output=" + root, date, "--progressIntervalSeconds=0");
    assertThat(rerun.code()).as(rerun.err()).isZero();
    long documentsAfter = ParquetOutputs.rows(local.toString(), "documents");
    assertThat(documentsAfter).isGreaterThan(documentsBefore);
    JsonNode manifest = new ObjectMapper().readTree(local.resolve("_loads/load_date=2026-11-23/manifest.json").toFile());
    assertThat(manifest.at("/counts/documents_written").asLong()).isEqualTo(documentsAfter);
    assertThat(manifest.at("/inputs/file_count").asInt()).isGreaterThan(5);
    assertThat(filesUnder(local.resolve("_staging"))).as("the killed run's staging is gone too").isEmpty();
    for (String t : new String[] {"articles", "documents", "rejects", "_index"}) {
      assertThat(contents(local, t).keySet())
          .as("only the re-run's files in " + t).allMatch(f -> f.endsWith("_SUCCESS") || !committed.containsKey(f));
    }
  }

  /** Relative path -> SHA-256 of every file under the given folders of a root. */
  private static Map<String, String> contents(Path root, String... dirs) throws Exception {
    Map<String, String> out = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String d : dirs) {
      for (Path f : filesUnder(root.resolve(d))) {
        out.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString().replace(File.separatorChar, '/'));
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
