package io.chromeless.load;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one load (one run for one load date) writes, under the output root:
 *
 * <pre>
 *   articles/load_date=D/part-RUN-SSSSS-of-NNNNN.parquet, _SUCCESS     (the tables analysts read)
 *   documents/load_date=D/…, rejects/load_date=D/…
 *   _index/load_date=D/…                                                (article signatures, for --priorOutput)
 *   _loads/load_date=D/manifest.json, _SUCCESS                          (what the committed load holds)
 *   _staging/load_date=D/RUN/{articles,documents,rejects,_index}/…      (a run's files until its commit)
 *   _staging/load_date=D/RUN/_tmp/, launch.json
 * </pre>
 *
 * <p>{@code RUN} is the run id, {@code yyyyMMdd'T'HHmmss'Z'-xxxxxx} (launch time in UTC and six random
 * hex digits); it is in every file name a run writes, so the files of two runs of one date never
 * share a name. Folders starting with {@code _} are skipped by Hive-style readers (Spark, Hive).
 */
public final class LoadLayout implements Serializable {
  public static final String ARTICLES = "articles";
  public static final String DOCUMENTS = "documents";
  public static final String REJECTS = "rejects";
  public static final String INDEX = "_index";
  /** The tables a load commits, in the order they are committed. */
  public static final List<String> TABLES = List.of(ARTICLES, DOCUMENTS, REJECTS, INDEX);
  public static final String SUCCESS = "_SUCCESS";
  public static final String MANIFEST = "manifest.json";

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern RUN_IN_NAME = Pattern.compile("^part-(\\d{8}T\\d{6}Z-[0-9a-f]{6})-");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String output;
  private final String loadDate;
  private final String runId;

  public LoadLayout(String output, String loadDate, String runId) {
    this.output = Objects.requireNonNull(output, "output").replaceAll("/+$", "");
    this.loadDate = Objects.requireNonNull(loadDate, "loadDate");
    this.runId = Objects.requireNonNull(runId, "runId");
  }

  /** A new run id for a run launched at {@code now}. */
  public static String newRunId(Instant now) {
    return RUN_TIME.format(now) + "-" + String.format("%06x", RANDOM.nextInt(1 << 24));
  }

  /** The run id in a file name this job wrote ({@code part-RUN-…}), or null. */
  public static String runIdOf(String fileName) {
    Matcher m = RUN_IN_NAME.matcher(fileName);
    return m.find() ? m.group(1) : null;
  }

  public String output() {
    return output;
  }

  public String loadDate() {
    return loadDate;
  }

  public String runId() {
    return runId;
  }

  /** The manifest of the load of {@code loadDate} under {@code output}. */
  public static String manifest(String output, String loadDate) {
    return output.replaceAll("/+$", "") + "/_loads/load_date=" + loadDate + "/" + MANIFEST;
  }

  /** The partition folder of a table for this load date (with a trailing slash). */
  public static String partition(String output, String table, String loadDate) {
    return output.replaceAll("/+$", "") + "/" + table + "/load_date=" + loadDate + "/";
  }

  public String partition(String table) {
    return partition(output, table, loadDate);
  }

  /** Folder of this load date's manifest and load-level {@code _SUCCESS}. */
  public String loadDir() {
    return output + "/_loads/load_date=" + loadDate + "/";
  }

  public String manifest() {
    return loadDir() + MANIFEST;
  }

  /** Folder holding the staging folders of every run of this load date. */
  public String stagingDate() {
    return output + "/_staging/load_date=" + loadDate + "/";
  }

  public String stagingRun() {
    return stagingDate() + runId + "/";
  }

  public String stagingTable(String table) {
    return stagingRun() + table + "/";
  }

  /** FileIO's temporary files (never in a partition). */
  public String stagingTemp() {
    return stagingRun() + "_tmp/";
  }

  /** What the launcher knew (inputs, options, versions), written before the pipeline starts. */
  public String launchFile() {
    return stagingRun() + "launch.json";
  }

  /** The prefix of this run's file names. */
  public String filePrefix() {
    return "part-" + runId;
  }

  @Override
  public String toString() {
    return "load " + loadDate + " run " + runId + " at " + output;
  }
}
