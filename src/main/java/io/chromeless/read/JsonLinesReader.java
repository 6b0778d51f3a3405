package io.chromeless.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The pages of a JSON Lines file: one JSON object per line, the page's text in one field
 * ({@code text} by default), optionally its url and crawl time in others. The record index is
 * the line number (from 0); blank lines are no records. A line that is not a JSON object is
 * rejected as {@code bad_json}, one without a string text field as {@code no_text}, one longer
 * than {@code maxRecordBytes} as {@code too_large} (read past without being held).
 *
 * <p>Crawl time: epoch seconds or milliseconds (numbers), ISO-8601 with or without offset (no
 * offset = UTC), a date alone, or the 14-digit WARC form {@code yyyyMMddHHmmss}; anything else
 * leaves it unset.
 *
 * <p>Each record carries where its line starts in the stream; lines before {@code decodeFrom} are
 * passed over without being parsed.
 */
final class JsonLinesReader implements RecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DIGITS14 = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final InputStream in;
  private final RecordReader.Config config;
  private final byte[] line;
  private final long decodeFrom;
  private int lineNo;
  /** Offset in the stream of the next byte to read. */
  private long position;
  private boolean done;

  JsonLinesReader(InputStream in, RecordReader.Config config) {
    this(in, config, 0, 0);
  }

  JsonLinesReader(InputStream in, RecordReader.Config config, int firstIndex, long decodeFrom) {
    this.in = in;
    this.config = config;
    this.line = new byte[(int) Math.min(Integer.MAX_VALUE - 8, config.maxRecordBytes + 1)];
    this.lineNo = firstIndex - 1;
    this.decodeFrom = decodeFrom;
  }

  @Override
  public SourceRecord next() {
    while (!done) {
      int len;
      boolean over;
      lineNo++;
      long start = position;
      try {
        len = 0;
        over = false;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
          position++;
          any = true;
          if (b == '\n') {
            break;
          }
          if (len < line.length) {
            line[len++] = (byte) b;
          } else {
            over = true;
          }
        }
        if (b < 0) {
          done = true;
          if (!any) {
            return null;
          }
        }
      } catch (IOException | RuntimeException e) {
        done = true;
        return SourceRecord.reject(lineNo, RecordReader.reasonOf(e), RecordReader.describe(e), null).at(start);
      }
      if (over || len > config.maxRecordBytes) {
        return (lineNo < decodeFrom ? SourceRecord.passed(lineNo)
            : SourceRecord.reject(lineNo, "too_large", "line is longer than " + config.maxRecordBytes + " bytes", null))
            .at(start);
      }
      if (isBlank(line, len)) {
        continue;
      }
      return (lineNo < decodeFrom ? SourceRecord.passed(lineNo) : record(lineNo, line, len)).at(start);
    }
    return null;
  }

  private SourceRecord record(int idx, byte[] bytes, int len) {
    PageDecoder.Lenient decoded = PageDecoder.utf8Lenient(bytes, len);
    JsonNode node;
    try {
      node = JSON.readTree(decoded.text);
    } catch (IOException e) {
      return SourceRecord.reject(idx, "bad_json", "line " + idx + " is not JSON: " + firstLine(e.getMessage()),
          PageDecoder.excerpt(bytes, Math.min(len, 200)));
    }
    if (node == null || !node.isObject()) {
      return SourceRecord.reject(idx, "bad_json", "line " + idx + " is not a JSON object",
          PageDecoder.excerpt(bytes, Math.min(len, 200)));
    }
    JsonNode text = node.get(config.jsonTextField);
    if (text == null || !text.isTextual()) {
      return SourceRecord.reject(idx, "no_text",
          "line " + idx + " has no string field '" + config.jsonTextField + "'", PageDecoder.excerpt(bytes, Math.min(len, 200)));
    }
    JsonNode url = node.get(config.jsonUrlField);
    String u = url != null && url.isTextual() && !url.asText().isBlank() ? url.asText().trim() : null;
    Long crawled = crawlTime(node.get(config.jsonCrawledAtField));
    PageDecoder.Result r = PageDecoder.fromText(text.asText(), decoded.replaced);
    if (!r.ok()) {
      return SourceRecord.reject(idx, r.reason, r.message, "binary".equals(r.reason) ? null : text.asText());
    }
    return SourceRecord.page(idx, u, crawled, null, r.text, r.replaced);
  }

  static Long crawlTime(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber()) {
      long v = n.asLong();
      return Math.abs(v) < 100_000_000_000L ? v * 1000 : v; // seconds up to year 5138, else millis
    }
    if (!n.isTextual()) {
      return null;
    }
    String s = n.asText().trim();
    try {
      return OffsetDateTime.parse(s).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return Instant.parse(s).toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(s, DIGITS14).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean isBlank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
