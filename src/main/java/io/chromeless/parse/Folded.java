package io.chromeless.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case-insensitive matching made cheap, with the same matches. With {@code CASE_INSENSITIVE |
 * UNICODE_CASE}, {@code java.util.regex} compares a text character {@code c} with a pattern
 * character {@code p} as {@code fold(c) == fold(p)}, where {@code fold(c) =
 * toLowerCase(toUpperCase(c))}, and pays those two calls for every character of every alternative
 * it tries. A pattern whose literals are already folded (lower case) matches a text exactly where
 * the same pattern compiled case-sensitively matches the folded text, character for character,
 * as long as folding keeps every character in the classes the pattern tests ({@code \p{L}},
 * {@code \p{N}}, {@code \w}, {@code \s}, {@code \d}, word boundaries): true of every cased letter
 * except a handful ({@code ſ}, {@code ı}, {@code İ}, the Kelvin sign, {@code U+0345}) that fold
 * into ASCII or into a letter from a mark, and of every character that folding leaves alone.
 * Texts with one of those, or with a surrogate pair, go to the case-insensitive pattern as before.
 *
 * <p>Only for patterns with no case-sensitive-only constructs ({@code \p{Lu}}, {@code \p{Ll}},
 * ranges of letters): {@link #compile} returns null for a pattern it cannot vouch for, and {@link
 * #matcher} then uses the original.
 */
final class Folded {
  private Folded() {}

  /** Characters whose folding would change what the pattern's classes say about them. */
  private static final boolean[] UNSAFE = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char f = fold((char) c);
      if (Character.isSurrogate((char) c)) {
        UNSAFE[c] = true;
      } else if (f != c) {
        int type = Character.getType(c);
        boolean cased = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
            || type == Character.TITLECASE_LETTER;
        UNSAFE[c] = !cased || Character.getType(f) != Character.LOWERCASE_LETTER
            || (c < 0x80) != (f < 0x80) || fold(f) != f;
      }
    }
  }

  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The case-sensitive twin of a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern, or null when
   * its source has a literal that is not folded already or a construct whose meaning depends on
   * case ({@code \p{Lu}}, {@code \p{Ll}}, {@code \p{Lt}}, {@code \p{Upper}}, {@code \p{Lower}},
   * letter ranges, flags inside the pattern).
   */
  static Pattern compile(Pattern ci) {
    int want = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    if (ci.flags() != want) {
      return null;
    }
    String src = ci.pattern();
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        char e = i + 1 < src.length() ? src.charAt(i + 1) : 0;
        if (e == 'p' || e == 'P') {
          int close = src.indexOf('}', i);
          String name = close < 0 ? "" : src.substring(i + 2, close + 1);
          if (!name.equals("{L}") && !name.equals("{N}")) {
            return null;
          }
          i = close;
        } else if ("wWsSdDbB.()[]{}?*+|^$-'\\".indexOf(e) >= 0) {
          i++;
        } else {
          return null;
        }
      } else if (c == '(' && i + 1 < src.length() && src.charAt(i + 1) == '?') {
        // groups: only (?: (?= (?! (?<= (?<!, never inline flags
        String g = src.substring(i, Math.min(src.length(), i + 4));
        if (!(g.startsWith("(?:") || g.startsWith("(?=") || g.startsWith("(?!") || g.startsWith("(?<=")
            || g.startsWith("(?<!"))) {
          return null;
        }
      } else if (c == '-' && i > 0 && i + 1 < src.length() && Character.isLetter(src.charAt(i - 1))
          && Character.isLetter(src.charAt(i + 1)) && inClass(src, i)) {
        return null;
      } else if (fold(c) != c || UNSAFE[c]) {
        return null;
      }
    }
    return Pattern.compile(src);
  }

  /** Whether position {@code i} of a pattern source stands inside a character class (no nesting). */
  private static boolean inClass(String src, int i) {
    boolean in = false;
    for (int j = 0; j < i; j++) {
      char c = src.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        in = true;
      } else if (c == ']') {
        in = false;
      }
    }
    return in;
  }

  /**
   * A matcher over {@code text} that finds what {@code ci} would find, at the same positions:
   * {@code folded} on the folded text when that is safe, {@code ci} on the text otherwise. Take
   * matched text from {@code text} by position, never from the matcher's group.
   */
  static Matcher matcher(Pattern ci, Pattern folded, String text) {
    if (folded == null) {
      return ci.matcher(text);
    }
    String f = fold(text);
    return f == null ? ci.matcher(text) : folded.matcher(f);
  }

  /**
   * {@code text} with every character folded, position for position, or null when it holds a
   * character whose folding is unsafe (see the class comment) or a surrogate.
   */
  static String fold(String text) {
    char[] f = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (UNSAFE[c]) {
        return null;
      }
      char g = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
      if (g != c) {
        if (f == null) {
          f = text.toCharArray();
        }
        f[i] = g;
      }
    }
    return f == null ? text : new String(f);
  }
}
