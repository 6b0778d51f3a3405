package io.chromeless.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Text helpers shared by the parser: normalisation, word counting and tokenising. */
public final class Text {
  private Text() {}

  /**
   * NFC-normalises a page, unifies line ends, turns no-break and other exotic spaces into plain
   * spaces and drops zero-width and control characters (except newline and tab).
   */
  public static String normalize(String s) {
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    if (isClean(t)) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r') {
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          continue;
        }
        b.append('\n');
      } else if (c == '\n' || c == '\t') {
        b.append(c);
      } else if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200a')
          || c == '\u3000' || c == '\u2028' || c == '\u2029') {
        b.append(c == '\u2028' || c == '\u2029' ? '\n' : ' ');
      } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff'
          || c == '\u00ad') {
        // zero-width and soft hyphen: invisible in the browser, noise here
      } else if (Character.isISOControl(c)) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether {@link #normalize} would leave the (NFC) text as it is: one scan, no copy. */
  private static boolean isClean(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 ? c != '\n' && c != '\t'
          : c >= 0x7f && (c <= 0xa0 || c == '\u00ad' || (c >= '\u2000' && c <= '\u200d') || c == '\u2028'
              || c == '\u2029' || c == '\u202f' || c == '\u2060' || c == '\u3000' || c == '\ufeff')) {
        return false;
      }
    }
    return true;
  }

  /** Collapses runs of white space to one space and strips the ends. */
  public static String squeeze(String s) {
    if (isSqueezed(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** No white space but single plain spaces between other characters: {@link #squeeze} keeps it. */
  private static boolean isSqueezed(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? s.charAt(i + 1) == ' ' || Character.isWhitespace(s.charAt(i + 1)) : c > ' ' && c < 0x80 ? false
          : Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** True for characters of scripts written without spaces between words (Han, Kana, Thai…). */
  public static boolean isCjk(int cp) {
    if (cp < 0x0E00) {
      // Latin, Greek, Cyrillic, Arabic, Indic…: none of these scripts starts below Thai (U+0E00)
      return false;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN
        || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA
        || sc == Character.UnicodeScript.THAI
        || sc == Character.UnicodeScript.LAO
        || sc == Character.UnicodeScript.KHMER
        || sc == Character.UnicodeScript.MYANMAR;
  }

  /**
   * Counts words: runs of letters and digits, where each character of a script written without
   * spaces counts as half a word (so a line of 60 Han characters weighs like 30 words).
   */
  public static int countWords(CharSequence s) {
    int words = 0;
    int cjk = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        // ASCII, most characters of most pages: what the tests below say of it
        i++;
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
          if (!in) {
            words++;
            in = true;
          }
        } else if (ch != '\'' && ch != '-') {
          in = false;
        }
        continue;
      }
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        cjk++;
        in = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!in) {
          words++;
          in = true;
        }
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        in = false;
      }
    }
    return words + (cjk + 1) / 2;
  }

  /** Lower-cased runs of letters (with inner apostrophes) of a line, for stopword counting. */
  public static List<String> lowerWords(String s) {
    List<String> out = new ArrayList<>();
    for (long w = nextWord(s, 0, Integer.MAX_VALUE); w >= 0; w = nextWord(s, end(w), Integer.MAX_VALUE)) {
      out.add(lowerWord(s, start(w), end(w)));
    }
    return out;
  }

  /**
   * Adds the words of {@link #lowerWords} of {@code s} that have at least {@code minLength}
   * characters and are not in {@code stops} to {@code out}; returns the number of words of {@code
   * s}. Only the words added are made strings.
   */
  static int addLowerWords(String s, int minLength, Set<String> stops, Set<String> out) {
    char[] buf = new char[64];
    WordSet set = stops instanceof WordSet ws ? ws : null;
    int words = 0;
    for (long w = nextWord(s, 0, Integer.MAX_VALUE); w >= 0; w = nextWord(s, end(w), Integer.MAX_VALUE)) {
      words++;
      int from = start(w);
      int to = end(w);
      if (set != null && lowerInto(s, from, to, buf)) {
        int len = to - from;
        if (len >= minLength && !set.contains(buf, len)) {
          out.add(new String(buf, 0, len));
        }
      } else {
        String word = lowerWord(s, from, to);
        if (word.length() >= minLength && !stops.contains(word)) {
          out.add(word);
        }
      }
    }
    return words;
  }

  /**
   * The first {@code n} words of {@link #lowerWords}, or null when {@code s} has more than {@code
   * max} words; only the words returned are made strings.
   */
  static List<String> firstLowerWords(String s, int n, int max) {
    List<String> out = new ArrayList<>(n);
    int count = 0;
    for (long w = nextWord(s, 0, Integer.MAX_VALUE); w >= 0; w = nextWord(s, end(w), Integer.MAX_VALUE)) {
      if (count++ < n) {
        out.add(lowerWord(s, start(w), end(w)));
      }
    }
    return count > max ? null : out;
  }

  /**
   * The words of {@link #lowerWords} and how many of them {@code stops} holds, as {@code words << 32
   * | stopwords}, without making a string of each word.
   */
  static long countStopwords(String s, WordSet stops) {
    char[] buf = new char[64];
    long counts = 0;
    for (long w = nextWord(s, 0, Integer.MAX_VALUE); w >= 0; w = nextWord(s, end(w), Integer.MAX_VALUE)) {
      counts += (1L << 32) + (isStopword(s, start(w), end(w), stops, buf) ? 1 : 0);
    }
    return counts;
  }

  /**
   * Counts the words of {@code s} that start in its first {@code maxChars} characters, lower-cased
   * as {@link #lowerWords} does, and adds one to {@code hits[k]} for each of them that list {@code
   * k} of {@code lists} holds. Returns the number of words.
   */
  static int countListHits(String s, int maxChars, StopwordCoverage lists, int[] hits) {
    char[] buf = new char[64];
    int words = 0;
    for (long w = nextWord(s, 0, maxChars); w >= 0; w = nextWord(s, end(w), maxChars)) {
      words++;
      long m = listsOf(s, start(w), end(w), lists, buf);
      while (m != 0) {
        hits[Long.numberOfTrailingZeros(m)]++;
        m &= m - 1;
      }
    }
    return words;
  }

  private static long listsOf(String s, int from, int to, StopwordCoverage lists, char[] buf) {
    return lowerInto(s, from, to, buf) ? lists.listsOf(buf, to - from) : lists.listsOf(lowerWord(s, from, to));
  }

  /**
   * The first word of {@code s} at or after {@code from} that starts before {@code limit}, as
   * {@code start << 32 | end}, or -1 when there is none. Words are runs of letters of scripts
   * written with spaces (with the combining marks inside them, as Indic vowel signs), an
   * apostrophe between two letters kept. A caller walks a line's words by asking again from the
   * {@link #end} of the last one: a loop, not a callback per word.
   */
  static long nextWord(String s, int from, int limit) {
    int n = s.length();
    int start = -1;
    for (int i = from; i <= n; i++) {
      if (start < 0 && i >= limit) {
        return -1;
      }
      char c = i < n ? s.charAt(i) : ' ';
      boolean letter;
      if (c < 0x80) {
        letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      } else {
        // combining marks (Devanagari and other Indic vowel signs) belong to their word
        int type = Character.getType(c);
        boolean mark = start >= 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
        letter = (Character.isLetter(c) && !isCjk(c)) || mark;
      }
      if (letter) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
          continue;
        }
        return (long) start << 32 | i;
      }
    }
    return -1;
  }

  /** The start of a word of {@link #nextWord}. */
  static int start(long word) {
    return (int) (word >>> 32);
  }

  /** The end (exclusive) of a word of {@link #nextWord}. */
  static int end(long word) {
    return (int) word;
  }

  /** Whether the word {@code s[from, to)}, lower-cased as {@link #lowerWords} does, is a stopword. */
  private static boolean isStopword(String s, int from, int to, WordSet stops, char[] buf) {
    return lowerInto(s, from, to, buf) ? stops.contains(buf, to - from) : stops.contains(lowerWord(s, from, to));
  }

  /**
   * Writes the word {@code s[from, to)} lower-cased as {@link #lowerWords} does into {@code buf},
   * without making a string; false when it does not fit or holds a character that {@link
   * String#toLowerCase} lowers by its context (final sigma, dotted capital I): then {@link
   * #lowerWord} must do it.
   */
  private static boolean lowerInto(String s, int from, int to, char[] buf) {
    int len = to - from;
    if (len > buf.length) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      char c = s.charAt(from + k);
      if (c < 0x80) {
        buf[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (c == '\u03a3' || c == '\u0130') {
        return false;
      } else {
        buf[k] = c == '’' ? '\'' : Character.toLowerCase(c);
      }
    }
    return true;
  }

  /** The word {@code s[from, to)} as {@link #lowerWords} gives it. */
  private static String lowerWord(String s, int from, int to) {
    return s.substring(from, to).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Share of code points of {@code s} that belong to space-less scripts. */
  public static double cjkShare(CharSequence s) {
    int cjk = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        if (isCjk(cp)) {
          cjk++;
        }
      }
    }
    return letters == 0 ? 0 : (double) cjk / letters;
  }
}
