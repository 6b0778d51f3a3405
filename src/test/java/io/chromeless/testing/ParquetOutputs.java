package io.chromeless.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the three tables of two output roots row for row (all columns, article_id included,
 * as multisets) with DuckDB. Plain JDK + JDBC so that a script can run it with Java's source
 * launcher: {@code java -cp duckdb_jdbc.jar src/test/java/io/chromeless/testing/ParquetOutputs.java A B}.
 */
public final class ParquetOutputs {
  public static final String[] TABLES = {"articles", "documents", "rejects"};

  private ParquetOutputs() {}

  /** The differences found, empty when both roots hold the same rows in every table. */
  public static List<String> differences(String left, String right) throws SQLException {
    List<String> diffs = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String t : TABLES) {
        String l = table(left, t);
        String r = table(right, t);
        long nl = count(db, "SELECT * FROM " + l);
        long nr = count(db, "SELECT * FROM " + r);
        long onlyLeft = count(db, "SELECT * FROM " + l + " EXCEPT ALL SELECT * FROM " + r);
        long onlyRight = count(db, "SELECT * FROM " + r + " EXCEPT ALL SELECT * FROM " + l);
        if (nl != nr || onlyLeft != 0 || onlyRight != 0) {
          diffs.add(t + ": " + nl + " rows vs " + nr + ", " + onlyLeft + " only in the first, " + onlyRight
              + " only in the second");
        }
      }
    }
    return diffs;
  }

  /** Rows of one table under an output root. */
  public static long rows(String root, String table) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      return count(db, "SELECT * FROM " + table(root, table));
    }
  }

  /** The documents table as (file name of source_uri, record_index) -> article_id. */
  public static java.util.Map<String, String> articleOfDocument(String root) throws SQLException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT source_uri, record_index, article_id FROM " + table(root, "documents"))) {
      while (rs.next()) {
        String uri = rs.getString(1);
        out.put(uri.substring(uri.lastIndexOf('/') + 1) + "#" + rs.getInt(2), rs.getString(3));
      }
    }
    return out;
  }

  private static String table(String root, String name) {
    return "read_parquet('" + root.replaceAll("/+$", "") + "/" + name
        + "/**/*.parquet', hive_partitioning = true, union_by_name = true)";
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ParquetOutputs OUTPUT_A OUTPUT_B");
      System.exit(2);
    }
    List<String> d = differences(args[0], args[1]);
    for (String t : TABLES) {
      System.out.println(t + ": " + rows(args[0], t) + " rows");
    }
    if (d.isEmpty()) {
      System.out.println("same rows in every table");
    } else {
      d.forEach(System.err::println);
      System.exit(1);
    }
  }
}
