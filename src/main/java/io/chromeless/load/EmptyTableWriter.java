package io.chromeless.load;

import java.io.IOException;
import java.io.Serializable;

/**
 * Writes a table's file with its schema and no rows into the run's staging folder, for a table
 * that got no rows this run: a partition with only {@code _SUCCESS} in it is a glob with no match
 * for DuckDB's {@code read_parquet} and a schema Spark cannot infer, where an empty table is meant.
 */
public interface EmptyTableWriter extends Serializable {
  /** Writes the empty file of {@code table}; returns its full path. */
  String writeEmpty(LoadLayout layout, String table) throws IOException;
}
