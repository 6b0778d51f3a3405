package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job's entry point on sample-input/ into a temporary folder and reads the Parquet back
 * with DuckDB, as an analyst would.
 */
class ArticlesPipelineEndToEndTest {
  private static final String SEED_NO_TITLE = "000_c309b08081cb848a.txt";
  private static final String SEED_WITH_TITLE = "001_2194d98cbc84be92.txt";

  @TempDir static Path tmp;
  private static Path out;
  private static Connection db;
  private static long inputRecords;

  @BeforeAll
  static void runJob() throws Exception {
    out = tmp.resolve("out");
    Path sample = Paths.get("sample-input").toAbsolutePath();
    inputRecords = countRecords(sample);
    ArticlesPipeline.main(
        new String[] {
          "--inputs=" + sample + "/*", "--output=" + out, "--loadDate=2026-11-23",
        });
    db = DriverManager.getConnection("jdbc:duckdb:");
  }

  /**
   * Records in sample-input, counted without the job's readers: one per one-page file, one per
   * WET conversion record, one per non-blank JSON line.
   */
  private static long countRecords(Path dir) throws Exception {
    long n = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".wet.gz") || name.endsWith(".jsonl.gz")) {
          String text;
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          n += name.endsWith(".wet.gz")
              ? text.split("WARC-Type: conversion\r\n", -1).length - 1
              : text.lines().filter(l -> !l.isBlank()).count();
        } else {
          n++;
        }
      }
    }
    return n;
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static String table(String name) {
    return "read_parquet('" + out + "/" + name + "/**/*.parquet', hive_partitioning = true)";
  }

  private static List<Map<String, Object>> query(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          if (v instanceof Array) {
            v = Arrays.asList((Object[]) ((Array) v).getArray());
          }
          row.put(rs.getMetaData().getColumnLabel(i), v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void seedPages_twoDocuments_oneArticle() throws SQLException {
    List<Map<String, Object>> docs =
        query("SELECT doc_id, article_id, source_uri, record_index, is_canonical FROM " + table("documents")
            + " WHERE source_uri LIKE '%" + SEED_NO_TITLE + "' OR source_uri LIKE '%" + SEED_WITH_TITLE + "'");
    assertThat(docs).hasSize(2);
    assertThat(docs.stream().map(r -> r.get("article_id")).distinct()).hasSize(1);
    assertThat(docs).allSatisfy(r -> assertThat(r.get("record_index")).isEqualTo(0));
    assertThat(docs).allSatisfy(r -> assertThat((String) r.get("source_uri")).startsWith("/"));
    // The capture with a title is the canonical one.
    assertThat(docs.stream().filter(r -> (Boolean) r.get("is_canonical")).map(r -> (String) r.get("source_uri")))
        .singleElement().asString().endsWith(SEED_WITH_TITLE);
  }

  @Test
  @SuppressWarnings("unchecked")
  void seedArticle_fieldsMergedAndBodyClean() throws SQLException {
    List<Map<String, Object>> rows =
        query("SELECT a.* FROM " + table("articles") + " a JOIN " + table("documents")
            + " d ON a.article_id = d.article_id WHERE d.source_uri LIKE '%" + SEED_NO_TITLE + "'");
    assertThat(rows).hasSize(1);
    Map<String, Object> a = rows.get(0);
    assertThat(a.get("title")).isEqualTo("Pakistan And Russia - Another Tricky 'Reset' With Global Consequences");
    assertThat(a.get("authors")).isEqualTo(List.of("Sergei Strokan"));
    assertThat(a.get("dateline")).isEqualTo("MOSCOW");
    assertThat((List<Object>) a.get("captions")).contains((Object) "Pakistani soldiers");
    assertThat(a.get("paywalled")).isEqualTo(true);
    assertThat(a.get("duplicate_count")).isEqualTo(2);
    assertThat(a.get("language")).isEqualTo("en");
    String body = (String) a.get("body");
    assertThat(body).startsWith("While much has been made of a “reset”");
    assertThat(body).endsWith("will certainly limit the scope of weapons sales.");
    assertThat(body.toLowerCase())
        .doesNotContain("sign up", "subscribe", "subscriber", "log in", "reached your", "free article", "keep reading", "free trial",
            "newsletter", "chiapas", "orchid", "kharkiv", "worldcrunch", "pakistani soldiers");
    assertThat(body).doesNotContain("\n\n\n");
    assertThat((Integer) a.get("word_count")).isBetween(540, 580);
  }

  @Test
  void syndicatedCopy_joinsItsArticle_andOtherArticlesStayApart() throws SQLException {
    List<Map<String, Object>> rows =
        query("SELECT d.article_id, count(*) AS n, any_value(a.duplicate_count) AS dup FROM " + table("documents")
            + " d JOIN " + table("articles") + " a ON a.article_id = d.article_id"
            + " WHERE d.source_uri LIKE '%ferry-fares%' GROUP BY d.article_id");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("n")).isEqualTo(2L);
    assertThat(rows.get(0).get("dup")).isEqualTo(2);
    // seeds (1) + ferry (1) + German (1) + Spanish (1) + WET/JSON Lines: library (1, in both), cherries (1), bridge (1)
    assertThat(query("SELECT count(*) AS n FROM " + table("articles")).get(0).get("n")).isEqualTo(7L);
  }

  @Test
  void binaryFile_isRejectedWithReason() throws SQLException {
    List<Map<String, Object>> rows = query("SELECT * FROM " + table("rejects"));
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).get("source_uri")).endsWith("scanner-output.txt");
    assertThat(rows.get(0).get("reason")).isEqualTo("binary");
    assertThat(rows.get(0).get("stage")).isEqualTo("read");
    assertThat(rows.get(0).get("record_index")).isEqualTo(0);
  }

  @Test
  void everyPageRead_endsInDocumentsOrRejects() throws SQLException {
    long docs = (Long) query("SELECT count(*) AS n FROM " + table("documents")).get(0).get("n");
    long rejects = (Long) query("SELECT count(*) AS n FROM " + table("rejects")).get(0).get("n");
    assertThat(inputRecords).isEqualTo(11); // 7 one-page files, 2 WET conversion records, 2 JSON lines
    assertThat(docs + rejects).isEqualTo(inputRecords);
    assertThat(query("SELECT count(DISTINCT doc_id) AS n FROM " + table("documents")).get(0).get("n")).isEqualTo(docs);
  }

  @Test
  void wetAndJsonLines_recordsKeepTheirUrlTimeAndIndex_andGroupAcrossFormats() throws SQLException {
    List<Map<String, Object>> docs =
        query("SELECT regexp_extract(d.source_uri, '[^/]+$') AS f, d.record_index AS i, d.url AS url, d.record_id AS id,"
            + " strftime(d.crawled_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS t, a.duplicate_count AS dup"
            + " FROM " + table("documents") + " d JOIN " + table("articles") + " a USING (article_id)"
            + " WHERE d.source_uri LIKE '%-sample.%' ORDER BY f, i");
    assertThat(docs).hasSize(4);
    assertThat(docs.get(0)).containsEntry("f", "crawl-sample.warc.wet.gz").containsEntry("i", 1)
        .containsEntry("url", "https://millbrook-observer.example/news/library-evening-hours")
        .containsEntry("t", "2025-03-06 08:15").containsEntry("dup", 2)
        .containsEntry("id", "<urn:uuid:3376e85e-a48a-538c-999f-9f90edd738fe>");
    assertThat(docs.get(1)).containsEntry("i", 2).containsEntry("dup", 1)
        .containsEntry("id", "<urn:uuid:3d881e09-5bcf-5d71-9b4e-91cf29a1f5b9>");
    assertThat(docs.get(2)).containsEntry("f", "feed-sample.jsonl.gz").containsEntry("i", 0)
        .containsEntry("t", "2025-03-07 11:02").containsEntry("dup", 2).containsEntry("id", null);
    assertThat(docs.get(3)).containsEntry("i", 1).containsEntry("t", "2025-03-07 11:00").containsEntry("id", null);
    // one-page files carry no record id
    assertThat(query("SELECT count(*) AS n FROM " + table("documents")
        + " WHERE record_id IS NOT NULL AND source_uri NOT LIKE '%.warc.wet.gz'").get(0).get("n")).isEqualTo(0L);
  }

  @Test
  void columns_haveTheContractTypes() throws SQLException {
    Map<String, String> articles = types("articles");
    assertThat(articles)
        .containsEntry("article_id", "VARCHAR")
        .containsEntry("title", "VARCHAR")
        .containsEntry("subtitle", "VARCHAR")
        .containsEntry("authors", "VARCHAR[]")
        .containsEntry("published_at", "TIMESTAMP WITH TIME ZONE")
        .containsEntry("dateline", "VARCHAR")
        .containsEntry("language", "VARCHAR")
        .containsEntry("site", "VARCHAR")
        .containsEntry("url", "VARCHAR")
        .containsEntry("body", "VARCHAR")
        .containsEntry("word_count", "INTEGER")
        .containsEntry("captions", "VARCHAR[]")
        .containsEntry("paywalled", "BOOLEAN")
        .containsEntry("duplicate_count", "INTEGER");
    assertThat(types("documents"))
        .containsEntry("doc_id", "VARCHAR")
        .containsEntry("article_id", "VARCHAR")
        .containsEntry("source_uri", "VARCHAR")
        .containsEntry("record_index", "INTEGER")
        .containsEntry("record_id", "VARCHAR")
        .containsEntry("url", "VARCHAR")
        .containsEntry("is_canonical", "BOOLEAN");
    assertThat(types("rejects"))
        .containsEntry("source_uri", "VARCHAR")
        .containsEntry("record_index", "INTEGER")
        .containsEntry("reason", "VARCHAR")
        .containsEntry("message", "VARCHAR")
        .containsEntry("excerpt", "VARCHAR")
        .containsEntry("record_id", "VARCHAR");
    // Hive partition column, from the folder name
    assertThat(articles).containsKey("load_date");
  }

  @Test
  void lists_useTheStandardThreeLevelLayout() throws SQLException {
    List<Map<String, Object>> names =
        query("SELECT name FROM parquet_schema('" + out + "/articles/**/*.parquet')");
    List<Object> n = names.stream().map(r -> r.get("name")).distinct().toList();
    assertThat(n).contains("authors", "list", "element").doesNotContain("array");
  }

  @Test
  void publishedDate_isParsedToUtc() throws SQLException {
    List<Map<String, Object>> rows =
        query("SELECT strftime(a.published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') AS p FROM " + table("articles")
            + " a JOIN " + table("documents") + " d ON a.article_id = d.article_id"
            + " WHERE d.source_uri LIKE '%harbor-ledger%'");
    // "March 4, 2025, 6:15 p.m. EST" is 23:15 UTC
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("p")).isEqualTo("2025-03-04 23:15"));
  }

  @Test
  void load_isCommitted_withManifestAndMarkers_andNothingElseInThePartitions() throws Exception {
    JsonNode m = new ObjectMapper().readTree(out.resolve("_loads/load_date=2026-11-23/manifest.json").toFile());
    assertThat(m.path("load_date").asText()).isEqualTo("2026-11-23");
    assertThat(m.at("/versions/beam").asText()).isEqualTo("2.62.0");
    assertThat(m.at("/versions/chromeless").asText()).isNotBlank().isNotEqualTo("unknown");
    assertThat(m.path("runner").asText()).isEqualTo("DirectRunner");
    assertThat(m.at("/inputs/file_count").asInt()).isEqualTo(9);
    assertThat(m.at("/inputs/files")).allSatisfy(f -> assertThat(f.path("bytes").asLong()).isPositive());
    assertThat(m.at("/counts/pages_read").asLong()).isEqualTo(inputRecords);
    assertThat(m.at("/counts/rejected_by_reason/binary").asLong()).isEqualTo(1);
    // every page the parse stage got became a document (the one reject is the read stage's)
    assertThat(m.at("/counts/pages_parsed").asLong()).isEqualTo(inputRecords - 1)
        .isEqualTo(m.at("/counts/documents_written").asLong());
    assertThat(m.at("/counts/articles_written").asLong()).isEqualTo(7);
    assertThat(m.at("/accounting/balanced").asBoolean()).isTrue();
    assertThat(m.at("/options/maxRecordBytes").asLong()).isEqualTo(10L << 20);
    assertThat(Instant.parse(m.path("ended_at").asText())).isAfter(Instant.parse(m.path("started_at").asText()));
    assertThat(out.resolve("_loads/load_date=2026-11-23/_SUCCESS")).exists();
    for (String t : new String[] {"articles", "documents", "rejects", "_index"}) {
      Path partition = out.resolve(t + "/load_date=2026-11-23");
      List<String> names;
      try (Stream<Path> s = Files.list(partition)) {
        names = s.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
      }
      List<String> listed = new ArrayList<>();
      m.at("/tables/" + t + "/files").forEach(f -> listed.add(f.asText()));
      // exactly the manifest's files and the marker: no FileIO temp folders, nothing of another run
      assertThat(names).containsExactlyInAnyOrderElementsOf(
          Stream.concat(listed.stream(), Stream.of("_SUCCESS")).toList());
    }
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  private static Map<String, String> types(String name) throws SQLException {
    Map<String, String> t = new HashMap<>();
    for (Map<String, Object> r : query("DESCRIBE SELECT * FROM " + table(name))) {
      t.put((String) r.get("column_name"), (String) r.get("column_type"));
    }
    return t;
  }
}
