package io.chromeless.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one page into text, or says why it cannot: {@code empty}, {@code binary} or
 * {@code decode_error}. Plain Java.
 *
 * <p>UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such. Bytes that are not valid
 * UTF-8 are decoded as Windows-1252, the usual legacy encoding of web pages, when they contain
 * no C0 control bytes; otherwise a page with more than {@link #MAX_INVALID_SHARE} invalid
 * sequences is rejected, and fewer are replaced by U+FFFD.
 */
public final class PageDecoder {
  /** Share of control bytes (other than tab, CR, LF, FF) above which content is binary. */
  static final double MAX_CONTROL_SHARE = 0.01;
  /** Share of invalid UTF-8 sequences above which a page is a decode error. */
  static final double MAX_INVALID_SHARE = 0.05;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageDecoder() {}

  /** The outcome: text, or a reason code with a message. */
  public static final class Result {
    public final String text;
    public final String reason;
    public final String message;
    public final int replaced;

    private Result(String text, String reason, String message, int replaced) {
      this.text = text;
      this.reason = reason;
      this.message = message;
      this.replaced = replaced;
    }

    static Result ok(String text, int replaced) {
      return new Result(text, null, null, replaced);
    }

    static Result fail(String reason, String message) {
      return new Result(null, reason, message, 0);
    }

    public boolean ok() {
      return text != null;
    }
  }

  public static Result decode(byte[] b) {
    if (b.length == 0) {
      return Result.fail("empty", "zero bytes");
    }
    String magic = binaryMagic(b);
    if (magic != null) {
      return Result.fail("binary", "content starts like " + magic);
    }
    String text;
    int replaced = 0;
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      text = new String(b, StandardCharsets.UTF_16);
    } else {
      int off = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
      int controls = 0;
      for (int i = off; i < b.length; i++) {
        int c = b[i] & 0xff;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
          controls++;
        }
      }
      if (controls > Math.max(0, (b.length - off) * MAX_CONTROL_SHARE)) {
        return Result.fail("binary", controls + " control bytes in " + b.length);
      }
      try {
        text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
      } catch (CharacterCodingException e) {
        if (controls == 0 && looksSingleByte(b, off)) {
          text = new String(b, off, b.length - off, WINDOWS_1252);
        } else {
          text = new String(b, off, b.length - off, StandardCharsets.UTF_8);
          for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
              replaced++;
            }
          }
          if (replaced > text.length() * MAX_INVALID_SHARE) {
            return Result.fail("decode_error", replaced + " invalid UTF-8 sequences in " + b.length + " bytes");
          }
        }
      }
    }
    if (text.isBlank()) {
      return Result.fail("empty", "only white space");
    }
    return Result.ok(text, replaced);
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Legacy single-byte text: high bytes stand alone between ASCII letters far more often than in
   * the lead/continuation pattern of UTF-8.
   */
  private static boolean looksSingleByte(byte[] b, int off) {
    int high = 0;
    int lone = 0;
    for (int i = off; i < b.length; i++) {
      if ((b[i] & 0x80) != 0) {
        high++;
        boolean prevHigh = i > off && (b[i - 1] & 0x80) != 0;
        boolean nextHigh = i + 1 < b.length && (b[i + 1] & 0x80) != 0;
        if (!prevHigh && !nextHigh) {
          lone++;
        }
      }
    }
    return high > 0 && lone * 2 >= high;
  }

  private static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip (not decompressed: name it .gz)";
    }
    if (startsWith(b, 'P', 'A', 'R', '1')) {
      return "Parquet";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != (prefix[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }
}
