package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.corpus.Kind;
import io.chromeless.group.DuplicateRules;
import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import io.chromeless.model.Hashes;
import io.chromeless.testing.ParquetOutputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three simulated nights loaded into one output root with {@code --priorOutput} pointing at it, then
 * the second night re-run after the third exists. Pages captured again on a later night, exactly
 * or nearly (a syndicated copy, a paywall-cut copy, an updated story, a copy without its first
 * paragraph), keep the article id of the first night; new stories get new ids; a re-run replaces
 * its night with the same rows.
 *
 * <pre>
 *   night 1: S0, S1, S2, S3, S4
 *   night 2: S0 syndicated, S1 paywall-cut, S4 updated, S5, S6, a binary file (new: S5, S6)
 *   night 3: S1 paywall-cut, S1 without its lead, S2 recrawl, S4 updated again, S5 syndicated, S7
 * </pre>
 */
class NightlyLoadsTest {
  private static final String[] NIGHTS = {"2026-11-21", "2026-11-22", "2026-11-23"};
  private static final String UPDATE_2 = "A second update: On Monday the county engineer told reporters that the figures"
      + " in the plan had been checked twice and that the schedule for the work had not changed since the spring.";

  @TempDir static Path tmp;
  private static Path out;
  private static Connection db;
  private static final List<String> runOutputs = new ArrayList<>();
  private static Path night2Before;
  private static Path night2After;

  @BeforeAll
  static void loadThreeNights() throws Exception {
    CorpusGenerator.Config c = new CorpusGenerator.Config().seed(7L).pages(1000);
    c.recrawl = 1;
    c.paywallCut = 1;
    c.update = 1;
    c.syndicated = 1;
    c.typoFix = 0;
    c.followUp = 0;
    c.chromeOnly = 0;
    c.nearEmpty = 0;
    c.leak = 0;
    CorpusGenerator gen = new CorpusGenerator(c);
    // Stories whose planted captures do what the scenario needs (checked with the grouping rules on
    // the bodies a perfect parse gives), then any others: the test does not hang on a lucky seed.
    List<Integer> used = new ArrayList<>();
    int s1 = pick(gen, used, i -> {
      Signature orig = sign(page(gen, i, Kind.ORIGINAL).paragraphs());
      Signature cut = sign(page(gen, i, Kind.PAYWALL_CUT).paragraphs());
      Signature lead = sign(withoutFirst(page(gen, i, Kind.ORIGINAL).paragraphs()));
      return meet(cut, orig) && meet(lead, orig) && DuplicateRules.match(cut, lead) == null;
    });
    int s4 = pick(gen, used, i -> {
      List<String> update = page(gen, i, Kind.UPDATE).paragraphs();
      return meet(sign(update), sign(page(gen, i, Kind.ORIGINAL).paragraphs()))
          && meet(sign(with(update, UPDATE_2)), sign(update));
    });
    int s0 = pick(gen, used, i -> true);
    int s2 = pick(gen, used, i -> true);
    int s3 = pick(gen, used, i -> true);
    int s5 = pick(gen, used, i -> true);
    int s6 = pick(gen, used, i -> true);
    int s7 = pick(gen, used, i -> true);

    out = tmp.resolve("out");
    Path[] in = new Path[3];
    for (int i = 0; i < 3; i++) {
      in[i] = Files.createDirectories(tmp.resolve("night-" + (i + 1)));
    }
    for (int[] st : new int[][] {{0, s0}, {1, s1}, {2, s2}, {3, s3}, {4, s4}}) {
      Files.writeString(in[0].resolve("story-" + st[0] + ".txt"), page(gen, st[1], Kind.ORIGINAL).text());
    }
    Files.writeString(in[1].resolve("story-0-syndicated.txt"), page(gen, s0, Kind.SYNDICATED).text());
    Files.writeString(in[1].resolve("story-1-paywalled.txt"), page(gen, s1, Kind.PAYWALL_CUT).text());
    GeneratedPage update = page(gen, s4, Kind.UPDATE);
    Files.writeString(in[1].resolve("story-4-updated.txt"), update.text());
    Files.writeString(in[1].resolve("story-5.txt"), page(gen, s5, Kind.ORIGINAL).text());
    Files.writeString(in[1].resolve("story-6.txt"), page(gen, s6, Kind.ORIGINAL).text());
    Files.write(in[1].resolve("scan-0001.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}); // a reject

    Files.writeString(in[2].resolve("story-1-paywalled.txt"), page(gen, s1, Kind.PAYWALL_CUT).text());
    GeneratedPage s1Original = page(gen, s1, Kind.ORIGINAL);
    Files.writeString(in[2].resolve("story-1-without-lead.txt"),
        withoutLine(s1Original.text(), s1Original.paragraphs().get(0)));
    Files.writeString(in[2].resolve("story-2-recrawl.txt"), page(gen, s2, Kind.RECRAWL).text());
    List<String> paragraphs = update.paragraphs();
    Files.writeString(in[2].resolve("story-4-updated-again.txt"),
        withLineAfter(update.text(), paragraphs.get(paragraphs.size() - 1), UPDATE_2));
    Files.writeString(in[2].resolve("story-5-syndicated.txt"), page(gen, s5, Kind.SYNDICATED).text());
    Files.writeString(in[2].resolve("story-7.txt"), page(gen, s7, Kind.ORIGINAL).text());

    for (int i = 0; i < 3; i++) {
      runNight(in[i], NIGHTS[i]);
    }
    night2Before = snapshot(NIGHTS[1], "before");
    runNight(in[1], NIGHTS[1]);
    night2After = snapshot(NIGHTS[1], "after");
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  private static GeneratedPage page(CorpusGenerator gen, int story, Kind kind) {
    return gen.story(story).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  private static int pick(CorpusGenerator gen, List<Integer> used, IntPredicate usable) {
    for (int i = 0; i < 200; i++) {
      if (!used.contains(i) && usable.test(i)) {
        used.add(i);
        return i;
      }
    }
    throw new IllegalStateException("no story of the generator fits");
  }

  private static Signature sign(List<String> paragraphs) {
    return MinHasher.sign("x", String.join("\n\n", paragraphs));
  }

  /** Verified duplicates that grouping can also find: they share a bucket key. */
  private static boolean meet(Signature a, Signature b) {
    if (DuplicateRules.match(a, b) == null) {
      return false;
    }
    long[] kb = DuplicateRules.bucketKeys(b);
    for (long k : DuplicateRules.bucketKeys(a)) {
      for (long l : kb) {
        if (k == l) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> withoutFirst(List<String> paragraphs) {
    return paragraphs.subList(1, paragraphs.size());
  }

  private static List<String> with(List<String> paragraphs, String more) {
    List<String> out = new ArrayList<>(paragraphs);
    out.add(more);
    return out;
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static void runNight(Path input, String date) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = ArticlesPipeline.execute(new String[] {
        "--inputs=" + input + "/*", "--output=" + out, "--priorOutput=" + out, "--loadDate=" + date,
        "--progressIntervalSeconds=0"}, new PrintStream(o, true), new PrintStream(e, true));
    String printed = o.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed + e.toString(StandardCharsets.UTF_8)).isZero();
    runOutputs.add(printed);
  }

  /** A copy of one night's partitions (the three tables) under a root of its own. */
  private static Path snapshot(String date, String name) throws IOException {
    Path root = tmp.resolve("snapshot-" + name);
    for (String t : ParquetOutputs.TABLES) {
      Path from = out.resolve(t + "/load_date=" + date);
      Path to = Files.createDirectories(root.resolve(t + "/load_date=" + date));
      try (Stream<Path> s = Files.list(from)) {
        for (Path f : s.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    return root;
  }

  /** The page without the line that holds this paragraph (and the blank line after it). */
  static String withoutLine(String page, String paragraph) {
    List<String> lines = new ArrayList<>(page.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(paragraph)) {
        lines.remove(i);
        if (i < lines.size() && lines.get(i).isBlank()) {
          lines.remove(i);
        }
        break;
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** The page with one more paragraph after the line that holds this one. */
  static String withLineAfter(String page, String paragraph, String more) {
    List<String> lines = new ArrayList<>(page.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(paragraph)) {
        lines.add(i + 1, "");
        lines.add(i + 2, more);
        break;
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static List<Map<String, Object>> query(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String table(String name, String date) {
    return "read_parquet('" + out + "/" + name + "/load_date=" + date + "/*.parquet')";
  }

  /** File name -> article id, for the documents of one night. */
  private static Map<String, String> idsOf(String date) throws SQLException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Map<String, Object> r : query("SELECT regexp_extract(source_uri, '[^/]+$') AS f, article_id FROM "
        + table("documents", date) + " ORDER BY f")) {
      ids.put((String) r.get("f"), (String) r.get("article_id"));
    }
    return ids;
  }

  @Test
  void pagesSeenBefore_keepTheirFirstNightsId_exactOrNear() throws SQLException {
    Map<String, String> n1 = idsOf(NIGHTS[0]);
    Map<String, String> n2 = idsOf(NIGHTS[1]);
    Map<String, String> n3 = idsOf(NIGHTS[2]);
    assertThat(n1).hasSize(5);
    assertThat(n1.values()).doesNotHaveDuplicates();

    assertThat(n2.get("story-0-syndicated.txt")).isEqualTo(n1.get("story-0.txt"));
    assertThat(n2.get("story-1-paywalled.txt")).isEqualTo(n1.get("story-1.txt"));
    assertThat(n2.get("story-4-updated.txt")).isEqualTo(n1.get("story-4.txt"));
    assertThat(n2.get("story-5.txt")).isNotIn(n1.values());
    assertThat(n2.get("story-6.txt")).isNotIn(n1.values()).isNotEqualTo(n2.get("story-5.txt"));

    assertThat(n3.get("story-1-paywalled.txt")).isEqualTo(n1.get("story-1.txt"));
    assertThat(n3.get("story-1-without-lead.txt")).isEqualTo(n1.get("story-1.txt"));
    assertThat(n3.get("story-2-recrawl.txt")).isEqualTo(n1.get("story-2.txt"));
    assertThat(n3.get("story-4-updated-again.txt")).isEqualTo(n1.get("story-4.txt"));
    assertThat(n3.get("story-5-syndicated.txt")).isEqualTo(n2.get("story-5.txt"));
    assertThat(n3.get("story-7.txt")).isNotIn(n1.values()).isNotIn(n2.values());
  }

  @Test
  void nearDuplicates_gotTheirIdFromTheEarlierNight_notFromTheirOwnContent() throws SQLException {
    // A story's id is the hex of the smallest content hash of its captures: these captures alone
    // would have had other ids; they have the first night's because of the cross-night join.
    for (String date : new String[] {NIGHTS[1], NIGHTS[2]}) {
      for (Map<String, Object> a : query("SELECT a.article_id, a.body, d.f FROM " + table("articles", date) + " a JOIN "
          + "(SELECT article_id, regexp_extract(source_uri, '[^/]+$') AS f FROM " + table("documents", date)
          + " WHERE is_canonical) d USING (article_id)")) {
        String own = Hashes.hex64(MinHasher.sign("x", (String) a.get("body")).contentHash());
        String f = (String) a.get("f");
        if (f.contains("paywalled") || f.contains("updated") || f.contains("without-lead")) {
          assertThat(a.get("article_id")).as(f).isNotEqualTo(own);
        }
      }
    }
  }

  @Test
  void capturesThatOnlyMeetThroughAnEarlierArticle_becomeOneArticleTonight() throws SQLException {
    // The paywall-cut copy and the copy without its lead share almost nothing with each other; both
    // match night 1's full story, and tonight they are one article with two captures.
    List<Map<String, Object>> rows = query("SELECT article_id, duplicate_count FROM " + table("articles", NIGHTS[2])
        + " WHERE article_id = '" + idsOf(NIGHTS[0]).get("story-1.txt") + "'");
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("duplicate_count")).isEqualTo(2));
  }

  @Test
  void eachNightsArticles_holdEveryArticleWithAPageThatNight_onceEach() throws SQLException {
    for (String date : NIGHTS) {
      long rows = (Long) query("SELECT count(*) AS n FROM " + table("articles", date)).get(0).get("n");
      long ids = (Long) query("SELECT count(DISTINCT article_id) AS n FROM " + table("documents", date)).get(0).get("n");
      long orphans = (Long) query("SELECT count(*) AS n FROM " + table("documents", date) + " d ANTI JOIN "
          + table("articles", date) + " a USING (article_id)").get(0).get("n");
      assertThat(rows).as(date).isEqualTo(ids);
      assertThat(orphans).as(date).isZero();
      assertThat((Long) query("SELECT count(DISTINCT article_id) AS n FROM " + table("articles", date)).get(0).get("n"))
          .as(date).isEqualTo(rows);
    }
    // night 2: S0, S1, S4 seen before and S5, S6 new; night 3: S4 carries tonight's text
    assertThat(query("SELECT * FROM " + table("articles", NIGHTS[1]))).hasSize(5);
    String s4 = idsOf(NIGHTS[0]).get("story-4.txt");
    assertThat((String) query("SELECT body FROM " + table("articles", NIGHTS[2]) + " WHERE article_id = '" + s4 + "'")
        .get(0).get("body")).contains(UPDATE_2);
  }

  @Test
  void manifests_nameTheEarlierNightsRead_andCountTheArticlesSeenBefore() throws IOException {
    JsonNode m3 = new ObjectMapper().readTree(out.resolve("_loads/load_date=" + NIGHTS[2] + "/manifest.json").toFile());
    List<String> parts = new ArrayList<>();
    m3.at("/prior/index_partitions").forEach(p -> parts.add(p.asText()));
    assertThat(parts).containsExactly(out + "/_index/load_date=" + NIGHTS[0] + "/", out + "/_index/load_date=" + NIGHTS[1] + "/");
    assertThat(m3.at("/counts/articles_seen_before").asLong()).isEqualTo(4); // S1, S2, S4, S5
    assertThat(m3.at("/counts/articles_written").asLong()).isEqualTo(5); // … and S7
    JsonNode rerun = new ObjectMapper().readTree(out.resolve("_loads/load_date=" + NIGHTS[1] + "/manifest.json").toFile());
    List<String> rerunParts = new ArrayList<>();
    rerun.at("/prior/index_partitions").forEach(p -> rerunParts.add(p.asText()));
    assertThat(rerunParts).as("a re-run never reads its own night or a later one")
        .containsExactly(out + "/_index/load_date=" + NIGHTS[0] + "/");
    assertThat(runOutputs.get(2)).contains("(4 continue an earlier night's article)");
  }

  @Test
  void rerunOfANight_afterLaterNights_replacesItWithTheSameRows() throws Exception {
    assertThat(ParquetOutputs.differences(night2Before.toString(), night2After.toString())).isEmpty();
    assertThat(ParquetOutputs.rows(out.toString(), "documents")).isEqualTo(5 + 5 + 6);
  }
}
