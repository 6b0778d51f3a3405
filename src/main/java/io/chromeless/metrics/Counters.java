package io.chromeless.metrics;

/**
 * Counter names in one place: namespace = stage, name = snake_case outcome. Rejects are counted
 * per reason as {@code rejected_<reason>} in the namespace of the stage that rejected.
 */
public final class Counters {
  private Counters() {}

  public static final String READ = "read";
  public static final String PARSE = "parse";
  public static final String GROUP = "group";

  /** Pages read from the input (one per one-page file, one per record of a container). */
  public static final String PAGES_READ = "pages_read";
  public static final String FILES_READ = "files_read";
  /** Container records that are no pages (WARC warcinfo, request, metadata, non-text payloads). */
  public static final String RECORDS_SKIPPED = "records_skipped";
  /**
   * Reading a file went on after a checkpoint (the runner passing on what was read so far): with
   * the reader left open in this JVM, or by opening the file again at the last record's place.
   */
  public static final String READS_RESUMED = "reads_resumed";
  public static final String READS_REOPENED = "reads_reopened";
  /** Invalid byte sequences replaced by U+FFFD in pages that were kept. */
  public static final String INVALID_SEQUENCES_REPLACED = "invalid_sequences_replaced";
  public static final String PAGES_PARSED = "pages_parsed";
  public static final String PAGES_PAYWALLED = "pages_paywalled";
  public static final String CHROME_LINES_LEARNED = "chrome_lines_learned";
  public static final String DOCUMENTS = "documents";
  public static final String ARTICLES = "articles";
  public static final String DUPLICATE_EDGES = "duplicate_edges";
  public static final String OVERSIZED_BUCKETS = "oversized_buckets";
  public static final String REJECTED_PREFIX = "rejected_";

  public static String rejected(String reason) {
    return REJECTED_PREFIX + reason;
  }
}
