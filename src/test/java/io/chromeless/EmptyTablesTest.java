package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with no rows in a load is still a table: its partition holds one Parquet file with the
 * schema and no rows, so that a query over it (DuckDB's read_parquet, Spark, a BigQuery external
 * table) returns nothing instead of failing on a folder without data files.
 */
class EmptyTablesTest {
  @TempDir Path tmp;

  @Test
  void noRejects_givesAnEmptyRejectsFile_withTheSchema() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Paths.get("sample-input", "harbor-ledger_ferry-fares.txt"), in.resolve("page.txt"));
    Path out = tmp.resolve("out");
    ArticlesPipeline.main(new String[] {"--inputs=" + in + "/*", "--output=" + out, "--loadDate=2026-11-23"});

    assertThat(count(out, "documents")).isEqualTo(1);
    assertThat(count(out, "rejects")).isZero();
    assertThat(columns(out, "rejects")).contains("source_uri", "record_index", "stage", "reason", "record_id");
  }

  @Test
  void noInputAtAll_everyTableIsEmpty_andReadable() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("nothing"));
    Path out = tmp.resolve("out");
    ArticlesPipeline.main(new String[] {
        "--inputs=" + in + "/*.txt", "--output=" + out, "--loadDate=2026-11-23", "--allowEmptyInput"});

    for (String table : List.of("articles", "documents", "rejects", "_index")) {
      assertThat(count(out, table)).as(table).isZero();
    }
    assertThat(columns(out, "articles")).contains("article_id", "title", "body");
  }

  private static long count(Path out, String table) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + out + "/" + table
            + "/load_date=2026-11-23/*.parquet')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> columns(Path out, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out + "/" + table
            + "/load_date=2026-11-23/*.parquet')")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
