package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.corpus.CorpusDumps;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.testing.GroupingScores;
import io.chromeless.testing.ParquetOutputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole job twice on the same input, sample-input/ plus a generated corpus with planted
 * duplicates: on the direct runner and on the Flink runner with an embedded cluster
 * ({@code --flinkMaster=[local]}, parallelism 2). Both outputs must hold exactly the same rows.
 */
class FlinkRunnerEqualityTest {
  private static final int PAGES = 36;

  @TempDir static Path tmp;
  private static String inputs;
  private static List<CorpusDumps.Placed> placed;
  private static Run direct;
  private static Run flink;

  private record Run(int code, String out, String err, long millis) {}

  @BeforeAll
  static void runBoth() throws Exception {
    Path corpus = tmp.resolve("corpus");
    placed = CorpusDumps.writePageFiles(corpus, CorpusGenerator.of(PAGES, 20261123L), true);
    Files.write(corpus.resolve("scan-0001.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
    inputs = Paths.get("sample-input").toAbsolutePath() + "/*," + corpus + "/*";
    // The direct runner checks every element for mutation and coder round trips; that is the
    // end-to-end test's job. Here it is only the reference output, so it runs without those checks.
    direct = run("--runner=DirectRunner", "--enforceImmutability=false", "--enforceEncodability=false",
        "--output=" + tmp.resolve("direct"));
    flink = run("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--output=" + tmp.resolve("flink"));
  }

  private static Run run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--inputs=" + inputs;
    all[1] = "--loadDate=2026-11-23";
    System.arraycopy(args, 0, all, 2, args.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int code = ArticlesPipeline.execute(all, new PrintStream(out, true), new PrintStream(err, true));
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), millis);
    System.out.println(args[0] + " took " + millis + " ms\n" + r.out());
    return r;
  }

  @Test
  void bothRuns_succeedWithBalancedAccounting() {
    assertThat(direct.code()).as(direct.err()).isZero();
    assertThat(flink.code()).as(flink.err()).isZero();
    assertThat(direct.out()).contains("accounting: pages read = documents + rejects");
    assertThat(flink.out()).contains("accounting: pages read = documents + rejects");
  }

  @Test
  void flinkOutput_hasExactlyTheDirectRunnersRows() throws Exception {
    String d = tmp.resolve("direct").toString();
    String f = tmp.resolve("flink").toString();
    assertThat(ParquetOutputs.differences(d, f)).isEmpty();
    // Not vacuous: the corpus became documents, and the planted duplicates were grouped.
    long documents = ParquetOutputs.rows(d, "documents");
    long articles = ParquetOutputs.rows(d, "articles");
    assertThat(documents).isGreaterThan(PAGES / 2);
    assertThat(articles).isLessThan(documents);
    assertThat(ParquetOutputs.rows(d, "rejects")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void generatedDuplicates_areGroupedAsTheTruthSays() throws Exception {
    Map<String, String> articleOf = ParquetOutputs.articleOfDocument(tmp.resolve("flink").toString());
    List<GroupingScores.Scored> scored = new ArrayList<>();
    for (CorpusDumps.Placed p : placed) {
      String article = articleOf.get(p.file() + "#" + p.recordIndex());
      if (article != null && p.page().kind().isArticle()) {
        scored.add(new GroupingScores.Scored(p.page().name(), p.page().story(), p.page().kind(), article));
      }
    }
    GroupingScores s = new GroupingScores(scored);
    System.out.println("FlinkRunnerEqualityTest, whole job on " + PAGES + " generated pages: " + s);
    assertThat(scored.size()).isGreaterThan(PAGES * 9 / 10);
    assertThat(s.truePairs).isGreaterThan(5);
    assertThat(s.precision()).as(s.toString()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

}
