package io.chromeless.options;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the job's options together and reports every problem at once, before the graph is built. */
public final class OptionsValidator {
  static final List<String> FORMATS = List.of("auto", "page", "warc", "jsonl");
  static final Set<String> CODECS = Set.of("SNAPPY", "ZSTD", "GZIP", "UNCOMPRESSED");

  private OptionsValidator() {}

  /** All problems found, empty if the options are usable. */
  public static List<String> problems(ArticlesOptions o) {
    List<String> errors = new ArrayList<>();
    if (o.getInputs() == null || o.getInputs().stream().allMatch(s -> s == null || s.isBlank())) {
      errors.add("--inputs: give at least one glob or URI");
    }
    if (o.getOutput() == null || o.getOutput().isBlank()) {
      errors.add("--output: give the output root folder or bucket URI");
    }
    if (o.getLoadDate() != null) {
      try {
        LocalDate.parse(o.getLoadDate());
      } catch (DateTimeParseException e) {
        errors.add("--loadDate: expected YYYY-MM-DD, got '" + o.getLoadDate() + "'");
      }
    }
    if (o.getMaxRecordBytes() <= 0) {
      errors.add("--maxRecordBytes: must be positive, got " + o.getMaxRecordBytes());
    }
    if (o.getChromeMinArticles() < 0) {
      errors.add("--chromeMinArticles: must be 0 (off) or more, got " + o.getChromeMinArticles());
    }
    if (o.getInputFormat() == null || !FORMATS.contains(o.getInputFormat().trim().toLowerCase(java.util.Locale.ROOT))) {
      errors.add("--inputFormat: one of " + FORMATS + ", got '" + o.getInputFormat() + "'");
    }
    for (String[] f : new String[][] {
        {"--jsonTextField", o.getJsonTextField()}, {"--jsonUrlField", o.getJsonUrlField()},
        {"--jsonCrawledAtField", o.getJsonCrawledAtField()}}) {
      if (f[1] == null || f[1].isBlank()) {
        errors.add(f[0] + ": give a field name");
      }
    }
    if (o.getParquetCodec() == null || !CODECS.contains(o.getParquetCodec())) {
      errors.add("--parquetCodec: one of " + CODECS + ", got '" + o.getParquetCodec() + "'");
    }
    if (o.getProgressIntervalSeconds() < 0) {
      errors.add("--progressIntervalSeconds: 0 (off) or more, got " + o.getProgressIntervalSeconds());
    }
    return errors;
  }

  /** Throws one IllegalArgumentException listing every problem. */
  public static void validate(ArticlesOptions o) {
    List<String> p = problems(o);
    if (!p.isEmpty()) {
      throw new IllegalArgumentException("Invalid options:\n  " + String.join("\n  ", p));
    }
  }
}
