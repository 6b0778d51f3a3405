package io.chromeless.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns the bytes of one page into text, or says why it cannot: {@code empty}, {@code binary} or
 * {@code decode_error}. Plain Java.
 *
 * <p>UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such. Bytes that are not valid
 * UTF-8 and look like legacy single-byte text (no C0 control bytes, and either high bytes standing
 * alone between ASCII letters, as accented Latin letters do, or runs of high bytes that are no
 * UTF-8, as Cyrillic or Greek words are) are decoded in the single-byte charset ICU's
 * CharsetDetector finds (Windows-1252, the usual legacy encoding of web pages, when it is unsure,
 * and in place of ISO-8859-1, as browsers do); otherwise a page with more than {@link
 * #MAX_INVALID_SHARE} invalid sequences is rejected, and fewer are replaced by U+FFFD and counted
 * ({@link Result#replaced}). Text is normalized to NFC.
 */
public final class PageDecoder {
  /** Share of control bytes (other than tab, CR, LF, FF) above which content is binary. */
  static final double MAX_CONTROL_SHARE = 0.01;
  /** Share of invalid UTF-8 sequences above which a page is a decode error. */
  static final double MAX_INVALID_SHARE = 0.05;

  /** ICU confidence a single-byte charset other than Windows-1252 needs to be chosen. */
  static final int MIN_OTHER_CONFIDENCE = 40;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Single-byte charsets ICU's detector may choose for a legacy page. */
  private static final Set<String> SINGLE_BYTE =
      Set.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8", "ISO-8859-9",
          "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255",
          "windows-1256", "KOI8-R");

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
    return decode(b, b.length);
  }

  /** Decodes {@code b[0..len)}. */
  public static Result decode(byte[] b, int len) {
    if (len != b.length) {
      b = java.util.Arrays.copyOf(b, len);
    }
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
        String utf8 = new String(b, off, b.length - off, StandardCharsets.UTF_8);
        int validHigh = 0;
        for (int i = 0; i < utf8.length(); i++) {
          char c = utf8.charAt(i);
          if (c == '\uFFFD') {
            replaced++;
          } else if (c >= 0x80) {
            validHigh++;
          }
        }
        Charset legacy = null;
        if (controls == 0 && looksSingleByte(b, off)) {
          legacy = singleByteCharset(b, off);
        } else if (controls == 0 && validHigh < replaced) {
          // letters of another script are runs of high bytes: only a confident detection says which
          legacy = detectedSingleByte(b, off);
        }
        if (legacy != null) {
          text = new String(b, off, b.length - off, legacy);
          replaced = 0;
        } else {
          text = utf8;
          if (replaced > text.length() * MAX_INVALID_SHARE) {
            return Result.fail("decode_error", replaced + " invalid UTF-8 sequences in " + b.length + " bytes");
          }
        }
      }
    }
    if (text.isBlank()) {
      return Result.fail("empty", "only white space");
    }
    return Result.ok(nfc(text), replaced);
  }

  /**
   * Checks text that came decoded already (a JSON string): empty, binary (control characters),
   * mostly invalid ({@code replaced} U+FFFD from decoding its container); normalizes to NFC.
   */
  public static Result fromText(String text, int replaced) {
    if (text.isEmpty()) {
      return Result.fail("empty", "zero characters");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > text.length() * MAX_CONTROL_SHARE) {
      return Result.fail("binary", controls + " control characters in " + text.length());
    }
    int invalid = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        invalid++;
      }
    }
    if (invalid > text.length() * MAX_INVALID_SHARE) {
      return Result.fail("decode_error", invalid + " replacement characters in " + text.length());
    }
    if (text.isBlank()) {
      return Result.fail("empty", "only white space");
    }
    return Result.ok(nfc(text), replaced);
  }

  /** Text decoded as UTF-8 with invalid sequences replaced, and how many were. */
  public static final class Lenient {
    public final String text;
    public final int replaced;

    Lenient(String text, int replaced) {
      this.text = text;
      this.replaced = replaced;
    }
  }

  /** Decodes {@code b[0..len)} as UTF-8, replacing and counting invalid sequences. */
  public static Lenient utf8Lenient(byte[] b, int len) {
    try {
      return new Lenient(strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, 0, len)).toString(), 0);
    } catch (CharacterCodingException e) {
      String t = new String(b, 0, len, StandardCharsets.UTF_8);
      int replaced = 0;
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) == '\uFFFD') {
          replaced++;
        }
      }
      return new Lenient(t, replaced);
    }
  }

  /** The first bytes of an input, readable whatever they are, for the rejects table. */
  public static String excerpt(byte[] b, int len) {
    return new String(b, 0, Math.min(len, 200), StandardCharsets.ISO_8859_1);
  }

  private static String nfc(String text) {
    String t = capCombiningRuns(text);
    return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  /**
   * Longest run of combining marks kept on one character: 30, the limit of Unicode's stream-safe
   * text format (UAX #15). Longer runs ("Zalgo" text) occur in no writing system, and both NFC
   * normalization and regex word boundaries take time quadratic in a run's length.
   */
  static final int MAX_COMBINING_RUN = 30;

  /** The text with every run of combining marks cut to {@link #MAX_COMBINING_RUN}; the same string if none is longer. */
  static String capCombiningRuns(String s) {
    StringBuilder b = null;
    int run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      run = mark ? run + 1 : 0;
      if (run > MAX_COMBINING_RUN) {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (b != null) {
        b.append(s, i, i + n);
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  /**
   * The single-byte charset of a legacy page, by ICU's detector; Windows-1252 when unsure. Another
   * charset (Central European, Cyrillic, Greek…) needs {@link #MIN_OTHER_CONFIDENCE}: on a short
   * Western page ICU may name windows-1250 at a confidence near 30 (an è read as č), while real
   * Czech, Polish, Russian or Greek paragraphs score 44 to 57.
   */
  static Charset singleByteCharset(byte[] b, int off) {
    Charset c = detectedSingleByte(b, off);
    return c != null ? c : WINDOWS_1252;
  }

  /** The single-byte charset ICU's detector names with enough confidence (see above), or null. */
  static Charset detectedSingleByte(byte[] b, int off) {
    CharsetDetector d = new CharsetDetector();
    d.setText(off == 0 ? b : java.util.Arrays.copyOfRange(b, off, b.length));
    for (CharsetMatch m : d.detectAll()) {
      String name = m.getName();
      if (!SINGLE_BYTE.contains(name)) {
        continue;
      }
      boolean western = "ISO-8859-1".equals(name) || "windows-1252".equals(name);
      if (m.getConfidence() >= (western ? 20 : MIN_OTHER_CONFIDENCE)) {
        // ISO-8859-1 as named by pages means Windows-1252 (its superset) in practice, as browsers read it.
        return western ? WINDOWS_1252 : Charset.forName(name);
      }
    }
    return null;
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
      return "gzip (compressed twice)";
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
