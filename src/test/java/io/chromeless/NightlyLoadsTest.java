package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chromeless.group.MinHasher;
import io.chromeless.model.Hashes;
import io.chromeless.testing.CorpusGenerator;
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
  private static final String UPDATE_1 = "Update: The council said on Friday that the vote would be held again next month,"
      + " after residents asked for more time to read the plan, its costs and the comments of the county engineer.";
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
    Path pool = tmp.resolve("pool");
    CorpusGenerator.write(pool, 8, 7L);
    out = tmp.resolve("out");
    Path[] in = new Path[3];
    for (int i = 0; i < 3; i++) {
      in[i] = Files.createDirectories(tmp.resolve("night-" + (i + 1)));
    }
    for (String s : new String[] {"story-000.txt", "story-001.txt", "story-002.txt", "story-003.txt.gz", "story-004.txt"}) {
      Files.copy(pool.resolve(s), in[0].resolve(s));
    }
    Files.copy(pool.resolve("story-000-syndicated.txt"), in[1].resolve("story-000-syndicated.txt"));
    Files.copy(pool.resolve("story-001-paywalled.txt"), in[1].resolve("story-001-paywalled.txt"));
    String updated = withParagraphAdded(Files.readString(pool.resolve("story-004.txt")), UPDATE_1);
    Files.writeString(in[1].resolve("story-004-updated.txt"), updated);
    Files.copy(pool.resolve("story-005.txt"), in[1].resolve("story-005.txt"));
    Files.copy(pool.resolve("story-006.txt"), in[1].resolve("story-006.txt"));
    Files.copy(pool.resolve("scan-0001.txt"), in[1].resolve("scan-0001.txt")); // a reject

    Files.copy(pool.resolve("story-001-paywalled.txt"), in[2].resolve("story-001-paywalled.txt"));
    Files.writeString(in[2].resolve("story-001-without-lead.txt"), withoutLead(Files.readString(pool.resolve("story-001.txt"))));
    Files.copy(pool.resolve("story-002-recrawl.txt"), in[2].resolve("story-002-recrawl.txt"));
    Files.writeString(in[2].resolve("story-004-updated-again.txt"), withParagraphAdded(updated, UPDATE_2));
    Files.copy(pool.resolve("story-005-syndicated.txt"), in[2].resolve("story-005-syndicated.txt"));
    Files.copy(pool.resolve("story-007.txt"), in[2].resolve("story-007.txt"));

    for (int i = 0; i < 3; i++) {
      runNight(in[i], NIGHTS[i]);
    }
    night2Before = snapshot(NIGHTS[1], "before");
    runNight(in[1], NIGHTS[1]);
    night2After = snapshot(NIGHTS[1], "after");
    db = DriverManager.getConnection("jdbc:duckdb:");
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

  /** The page with one more paragraph after its last one. */
  static String withParagraphAdded(String page, String paragraph) {
    int at = page.indexOf("\nShare this story");
    return page.substring(0, at) + paragraph + "\n\n" + page.substring(at + 1);
  }

  /** The page without the first paragraph of its body (the one that carries the dateline). */
  static String withoutLead(String page) {
    List<String> lines = new ArrayList<>(page.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(" — ") && lines.get(i).length() > 120) {
        lines.remove(i);
        lines.remove(i); // its blank line
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

    assertThat(n2.get("story-000-syndicated.txt")).isEqualTo(n1.get("story-000.txt"));
    assertThat(n2.get("story-001-paywalled.txt")).isEqualTo(n1.get("story-001.txt"));
    assertThat(n2.get("story-004-updated.txt")).isEqualTo(n1.get("story-004.txt"));
    assertThat(n2.get("story-005.txt")).isNotIn(n1.values());
    assertThat(n2.get("story-006.txt")).isNotIn(n1.values()).isNotEqualTo(n2.get("story-005.txt"));

    assertThat(n3.get("story-001-paywalled.txt")).isEqualTo(n1.get("story-001.txt"));
    assertThat(n3.get("story-001-without-lead.txt")).isEqualTo(n1.get("story-001.txt"));
    assertThat(n3.get("story-002-recrawl.txt")).isEqualTo(n1.get("story-002.txt"));
    assertThat(n3.get("story-004-updated-again.txt")).isEqualTo(n1.get("story-004.txt"));
    assertThat(n3.get("story-005-syndicated.txt")).isEqualTo(n2.get("story-005.txt"));
    assertThat(n3.get("story-007.txt")).isNotIn(n1.values()).isNotIn(n2.values());
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
        + " WHERE article_id = '" + idsOf(NIGHTS[0]).get("story-001.txt") + "'");
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
    // night 2: S0, S1, S4 seen before and S5, S6 new; the updated story carries tonight's text
    assertThat(query("SELECT * FROM " + table("articles", NIGHTS[1]))).hasSize(5);
    String s4 = idsOf(NIGHTS[0]).get("story-004.txt");
    assertThat((String) query("SELECT body FROM " + table("articles", NIGHTS[1]) + " WHERE article_id = '" + s4 + "'")
        .get(0).get("body")).contains(UPDATE_1);
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
