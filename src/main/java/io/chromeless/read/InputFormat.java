package io.chromeless.read;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The container formats of an input file, and their detection from the first decompressed bytes.
 * Plain Java.
 */
public enum InputFormat {
  /** Detect per file: WARC if it starts with a WARC header, JSON Lines if its first line is a JSON object, else PAGE. */
  AUTO,
  /** The whole file is one page of text. */
  PAGE,
  /** WARC or WET: one page per {@code conversion} record, or text {@code resource}/{@code response} record. */
  WARC,
  /** JSON Lines: one page per line. */
  JSONL;

  /** Bytes looked at to tell the format. */
  public static final int SNIFF_BYTES = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parses {@code auto|page|warc|jsonl} (any case). */
  public static InputFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown input format '" + s + "': one of auto, page, warc, jsonl");
    }
  }

  /** The format of a file whose decompressed content starts with {@code head[0..len)}. */
  public static InputFormat sniff(byte[] head, int len) {
    int i = 0;
    if (len >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    if (startsWith(head, len, i, "WARC/")) {
      return WARC;
    }
    while (i < len && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i < len && head[i] == '{') {
      int end = i;
      while (end < len && head[end] != '\n') {
        end++;
      }
      if (end == len && len >= SNIFF_BYTES) {
        return JSONL; // a first line longer than the sniff window that opens like an object
      }
      try {
        JsonNode n = JSON.readTree(new String(head, i, end - i, StandardCharsets.UTF_8));
        if (n != null && n.isObject()) {
          return JSONL;
        }
      } catch (StreamConstraintsException e) {
        return JSONL; // an object nested or sized past the parser's limits: that line is a bad_json reject
      } catch (Exception e) {
        // not JSON: a page that happens to start with a brace
      }
    }
    return PAGE;
  }

  private static boolean startsWith(byte[] b, int len, int off, String prefix) {
    if (len - off < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (b[off + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
