package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chromeless.testing.HostileCorpus;
import io.chromeless.testing.HostileCorpus.Expect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a generated corpus of hostile pages ({@link HostileCorpus}: binary, invalid UTF-8, NUL
 * bytes, 100,000 one-character lines, a gzip bomb, truncated compression, malformed WARC, JSON
 * nested 10,000 deep, lines against backtracking regexes, combining-mark floods, a page of only
 * chrome, unexpected scripts…), run as a user runs it: the launcher in its own JVM, with a bounded
 * heap ({@value #HEAP}). It must finish, every record must end in exactly one of documents or
 * rejects with an allowed outcome, no page may crash the parser ({@code parse_error}), and the
 * accounting must hold.
 *
 * <p>{@code mvn test -Phostile} adds the expensive cases (a 50 MB single line that the job is told
 * to accept, a 10 GB gzip bomb inside a WARC record), with a heap of 1 GB for the job and the
 * direct runner's element checks off.
 */
class HostileInputTest {
  static final String HEAP = "-Xmx512m";
  private static final boolean BIG = Boolean.getBoolean("chromeless.hostile.big");

  @TempDir static Path tmp;
  private static List<Expect> expected;
  private static Path out;
  private static int exit;
  private static String log;
  private static long millis;

  @BeforeAll
  static void runJobOnHostileCorpus() throws Exception {
    Path in = tmp.resolve("in");
    expected = HostileCorpus.write(in, BIG);
    out = tmp.resolve("out");
    Path logFile = tmp.resolve("job.log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        System.getProperty("chromeless.hostile.heap", HEAP), "-cp", System.getProperty("java.class.path"),
        ArticlesPipeline.class.getName(), "--runner=DirectRunner", "--inputs=" + in + "/*", "--output=" + out, "--loadDate=2026-11-23",
        "--progressIntervalSeconds=30"));
    if (BIG) {
      // The 50 MB line goes to the parser; the direct runner's own checks (a coded copy of every
      // element at every step) are off, as they would multiply a 50 MB page in memory.
      cmd.addAll(List.of("--maxRecordBytes=" + (64L << 20), "--enforceImmutability=false", "--enforceEncodability=false"));
    }
    long t0 = System.nanoTime();
    Process job = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (!job.waitFor(BIG ? 60 : 15, TimeUnit.MINUTES)) {
      job.destroyForcibly();
      throw new AssertionError("the job did not finish (a hang?):\n" + Files.readString(logFile));
    }
    millis = (System.nanoTime() - t0) / 1_000_000;
    exit = job.exitValue();
    log = Files.readString(logFile);
    System.out.println("hostile corpus (" + expected.size() + " records, " + cmd.get(1) + ") took " + millis + " ms\n" + log);
  }

  @Test
  void jobFinishes_withinItsHeap_andTheAccountingHolds() throws Exception {
    assertThat(exit).as(log).isZero();
    assertThat(log).contains("accounting: pages read = documents + rejects").doesNotContain("OutOfMemoryError");
    JsonNode m = new ObjectMapper().readTree(out.resolve("_loads/load_date=2026-11-23/manifest.json").toFile());
    long required = expected.stream().filter(e -> !e.outcomes().contains(HostileCorpus.ABSENT)).count();
    assertThat(m.at("/counts/pages_read").asLong()).isBetween(required, (long) expected.size());
    assertThat(m.at("/accounting/balanced").asBoolean()).isTrue();
  }

  @Test
  void everyRecord_endsInDocumentsOrRejects_onceAndAsAllowed() throws Exception {
    Map<String, List<String>> outcomes = new TreeMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT regexp_extract(source_uri, '[^/]+$') AS f, record_index AS i, 'document' AS o FROM read_parquet('"
                + out + "/documents/*/*.parquet') UNION ALL SELECT regexp_extract(source_uri, '[^/]+$'), record_index,"
                + " stage || '/' || reason FROM read_parquet('" + out + "/rejects/*/*.parquet')")) {
      while (rs.next()) {
        outcomes.computeIfAbsent(rs.getString("f") + "#" + rs.getInt("i"), k -> new ArrayList<>()).add(rs.getString("o"));
      }
    }
    List<String> problems = new ArrayList<>();
    for (Expect e : expected) {
      List<String> got = outcomes.remove(e.file() + "#" + e.recordIndex());
      if (got == null && e.outcomes().contains(HostileCorpus.ABSENT)) {
        continue;
      }
      if (got == null || got.size() != 1 || !e.outcomes().contains(got.get(0))) {
        problems.add(e.kind() + " " + e.file() + "#" + e.recordIndex() + ": got " + got + ", allowed " + e.outcomes());
      }
    }
    outcomes.forEach((k, v) -> problems.add("unexpected record " + k + ": " + v));
    assertThat(problems).isEmpty();
    assertThat(expected.stream().map(Expect::kind).distinct().count()).isGreaterThanOrEqualTo(20);
  }
}
