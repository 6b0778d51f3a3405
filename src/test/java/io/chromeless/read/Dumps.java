package io.chromeless.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

/** Builds input files in the formats the job reads, for tests. */
public final class Dumps {
  private Dumps() {}

  /** A WARC record with the given type, headers and body; {@code contentLength} < 0 = the true length. */
  public static byte[] warcRecord(String type, String url, String date, byte[] body, String contentType, long contentLength) {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    if (url != null) {
      h.append("WARC-Target-URI: ").append(url).append("\r\n");
    }
    h.append("WARC-Date: ").append(date).append("\r\n");
    h.append("WARC-Record-ID: ").append(recordId(type, url, date)).append("\r\n");
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(contentLength < 0 ? body.length : contentLength).append("\r\n\r\n");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    o.writeBytes(body);
    o.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return o.toByteArray();
  }

  /** The WARC-Record-ID of the record {@link #warcRecord} writes for these fields. */
  public static String recordId(String type, String url, String date) {
    return "<urn:uuid:" + UUID.nameUUIDFromBytes((type + url + date).getBytes(StandardCharsets.UTF_8)) + ">";
  }

  public static byte[] warcinfo() {
    return warcRecord("warcinfo", null, "2025-03-05T00:00:00Z",
        "software: chromeless-tests\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.UTF_8),
        "application/warc-fields", -1);
  }

  public static byte[] conversion(String url, String date, String text) {
    return warcRecord("conversion", url, date, text.getBytes(StandardCharsets.UTF_8), "text/plain", -1);
  }

  public static String jsonLine(String url, String crawledAt, String text) {
    return "{\"url\":" + quote(url) + ",\"crawled_at\":" + quote(crawledAt) + ",\"text\":" + quote(text) + "}\n";
  }

  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.writeBytes(p);
    }
    return o.toByteArray();
  }

  /** One gzip member. */
  public static byte[] gzip(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(o)) {
      z.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return o.toByteArray();
  }

  /** One gzip member per part, concatenated, as WET files are written. */
  public static byte[] gzipMembers(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.writeBytes(gzip(p));
    }
    return o.toByteArray();
  }

  /** One gzip member per {@code size} bytes, whatever the records (as block-gzip tools write). */
  public static byte[] gzipBlocks(byte[] b, int size) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (int i = 0; i < b.length; i += size) {
      o.writeBytes(gzip(java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + size))));
    }
    return o.toByteArray();
  }

  public static byte[] bzip2(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(o)) {
      z.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return o.toByteArray();
  }

  public static byte[] zstd(byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdCompressorOutputStream(o)) {
      z.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return o.toByteArray();
  }
}
