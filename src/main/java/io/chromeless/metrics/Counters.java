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
  public static final String WRITE = "write";
  public static final String PRIOR = "prior";

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
  /** Candidate pairs drawn from buckets (before de-duplication and verification). */
  public static final String CANDIDATE_PAIRS = "candidate_pairs";
  /** Distribution of the sizes of buckets with two members or more (its max: the largest bucket). */
  public static final String BUCKET_SIZE = "bucket_size";
  public static final String REJECTED_PREFIX = "rejected_";
  /** Rows handed to each table's writer (namespace {@link #WRITE}). */
  public static final String ARTICLES_WRITTEN = "articles_written";
  public static final String DOCUMENTS_WRITTEN = "documents_written";
  public static final String REJECTS_WRITTEN = "rejects_written";
  public static final String INDEX_ROWS_WRITTEN = "index_rows_written";
  /** Signatures of earlier nights' articles read from the prior index (namespace {@link #PRIOR}). */
  public static final String INDEX_ROWS_READ = "index_rows_read";
  /** Pages of this night that matched an earlier night's article. */
  public static final String PAGES_MATCHED = "pages_matched";
  /** Articles of this night that took an earlier night's article id. */
  public static final String ARTICLES_SEEN_BEFORE = "articles_seen_before";

  public static String rejected(String reason) {
    return REJECTED_PREFIX + reason;
  }
}
