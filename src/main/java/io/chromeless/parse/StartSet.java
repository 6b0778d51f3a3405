package io.chromeless.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a match of a pattern can start: the case-folded strings of up to {@value #K} characters that
 * every match begins with, read from the pattern's source, kept as bit sets. A position of a
 * (folded) text whose next characters are none of them cannot start a match, so the regex need not
 * be tried there. Each pattern gets the longest start strings (from {@value #K} down to {@value
 * #MIN_K} characters) that stay under {@value #LIMIT}: six characters tell "person" from "perhaps",
 * where three let the regex run at every "per" of a page's prose. That is what makes the
 * lexicon's long alternations cheap: {@code java.util.regex} tries each of a hundred alternatives
 * at each position of a line, where this test is a few array reads.
 *
 * <p>The set is a superset by construction: what cannot be analysed (a class like {@code \p{L}}
 * or {@code .} among the first characters, a back-reference, a pattern that can match the empty
 * string, too many combinations) makes {@link #of} return null, and the caller tries every
 * position as before. Zero-width constructs (look-arounds, anchors, {@code \b}) are skipped, which
 * can only add starts. Characters are folded as {@link Folded#fold} does, so a match in the
 * original text starts where the folded text shows one of the strings, whatever the case flags.
 * The bit sets are hashed, so a few positions pass that start no match; the regex then decides.
 */
final class StartSet {
  /** Length of the longest start strings. */
  static final int K = 6;
  /** The shortest start strings tried, when those of {@link #K} characters are too many. */
  static final int MIN_K = 3;
  /** More start strings than this and the pattern is left unfiltered. */
  private static final int LIMIT = 20_000;

  private static final int BITS = 16;
  private static final int MASK = (1 << BITS) - 1;

  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
  /** By length - 1: hashed start strings of that length. */
  private final long[][] sets = new long[K][];
  /** The length of this pattern's start strings. */
  private final int k;

  private StartSet(Set<String> starts, int k, boolean wordStart) {
    this.wordStart = wordStart;
    this.k = k;
    for (String s : starts) {
      first[s.charAt(0)] = true;
      int len = s.length();
      if (sets[len - 1] == null) {
        sets[len - 1] = new long[(1 << BITS) / 64];
      }
      int h = hash(s, 0, len);
      sets[len - 1][h >>> 6] |= 1L << h;
    }
  }

  /**
   * The look-behind the lexicon's word patterns open with: a match starts only where no letter or
   * digit stands before.
   */
  private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

  /** Matches start only after a character that is no letter or digit (or at the start). */
  private final boolean wordStart;

  /** The start set of {@code p}, or null when it cannot be told (see the class comment). */
  static StartSet of(Pattern p) {
    // the longest start strings that are not too many: the longer, the fewer positions pass
    for (int k = K; k >= MIN_K; k--) {
      Set<String> s = starts(p.pattern(), k);
      if (s != null) {
        return new StartSet(s, k, p.pattern().startsWith(WORD_START) && !hasTopLevelBar(p.pattern()));
      }
    }
    return null;
  }

  /** Whether a "|" outside all groups and classes splits the source into alternatives. */
  private static boolean hasTopLevelBar(String src) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The start strings of {@value #MIN_K} characters of a pattern source, or null; visible for tests. */
  static Set<String> starts(String source) {
    return starts(source, MIN_K);
  }

  /** The start strings of up to {@code k} characters of a pattern source, or null; visible for tests. */
  static Set<String> starts(String source, int k) {
    try {
      Parser parser = new Parser(source);
      List<Item> seq = parser.alternation();
      if (parser.i != source.length()) {
        return null;
      }
      Expansion x = new Expansion(k);
      Set<String> open = x.seq(List.of(new Item(new Alt(List.of(seq)), 1, 1)), Set.of(""));
      x.done.addAll(open);
      return x.done.contains("") ? null : x.done;
    } catch (Unfilterable | RuntimeException e) {
      return null;
    }
  }

  /**
   * The first position at or after {@code from} of the folded text {@code f} where a match may
   * start, or -1.
   */
  int next(String f, int from) {
    int n = f.length();
    for (int p = from; p < n; p++) {
      if (first[f.charAt(p)] && (!wordStart || p == 0 || !isLetterOrNumber(f.charAt(p - 1)))
          && mayStart(f, p, n)) {
        return p;
      }
    }
    return -1;
  }

  /** {@code \\p{L}} or {@code \\p{N}}, for a character that is no surrogate. */
  static boolean isLetterOrNumber(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int t = Character.getType(c);
    return Character.isLetter(c) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /** Whether matches start only where no letter or digit stands before. */
  boolean wordStart() {
    return wordStart;
  }

  /**
   * Whether a match may start at {@code p} of the folded text {@code f}, for a position where the
   * word-start condition (if any) is known to hold: as {@link #next} tests each position.
   */
  boolean mayStartAt(String f, int p) {
    return first[f.charAt(p)] && mayStart(f, p, f.length());
  }

  private boolean mayStart(String f, int p, int n) {
    long h = 0;
    for (int len = 1; len <= k && p + len <= n; len++) {
      h = step(h, f.charAt(p + len - 1));
      long[] set = sets[len - 1];
      if (set != null && has(set, h, len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(long[] set, long key, int len) {
    int h = mix(key, len);
    return (set[h >>> 6] & (1L << h)) != 0;
  }

  /** The bit of a start string: its characters hashed one by one ({@link #step}), and its length. */
  private static int hash(CharSequence s, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      k = step(k, s.charAt(i));
    }
    return mix(k, to - from);
  }

  /** The hash of a string one character longer; exact (the characters packed) up to four characters. */
  private static long step(long k, char c) {
    return (k << 16 | k >>> 48) ^ c;
  }

  private static int mix(long packed, int len) {
    return (int) (((packed + len) * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
  }

  // --- the pattern, as far as starts are concerned ---

  /** Thrown where the pattern has something this analysis does not follow. */
  private static final class Unfilterable extends Exception {
    Unfilterable() {
      super(null, null, false, false);
    }
  }

  private interface Atom {}

  /** One character out of a set; {@code chars == null} is any character. */
  private record Chars(char[] chars) implements Atom {}

  private record Alt(List<List<Item>> branches) implements Atom {}

  /** A look-around, an anchor or a boundary: matches no character. */
  private record Zero() implements Atom {}

  private record Item(Atom atom, int min, int max) {}

  private static final Chars ANY = new Chars(null);
  private static final Zero ZERO = new Zero();
  private static final int INF = Integer.MAX_VALUE;

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    List<Item> alternation() throws Unfilterable {
      List<List<Item>> branches = new ArrayList<>();
      branches.add(sequence());
      while (i < s.length() && s.charAt(i) == '|') {
        i++;
        branches.add(sequence());
      }
      return branches.size() == 1 ? branches.get(0) : List.of(new Item(new Alt(branches), 1, 1));
    }

    private List<Item> sequence() throws Unfilterable {
      List<Item> items = new ArrayList<>();
      while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
        Atom a = atom();
        int min = 1;
        int max = 1;
        if (i < s.length()) {
          char q = s.charAt(i);
          if (q == '?' || q == '*' || q == '+') {
            min = q == '+' ? 1 : 0;
            max = q == '?' ? 1 : INF;
            i++;
          } else if (q == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
              throw new Unfilterable();
            }
            String[] nm = s.substring(i + 1, close).split(",", -1);
            min = Integer.parseInt(nm[0].trim());
            max = nm.length == 1 ? min : nm[1].isBlank() ? INF : Integer.parseInt(nm[1].trim());
            i = close + 1;
          }
          if (min != 1 || max != 1) {
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
              i++; // lazy or possessive: the same strings
            }
          }
        }
        items.add(new Item(a, min, max));
      }
      return items;
    }

    private Atom atom() throws Unfilterable {
      char c = s.charAt(i);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.':
          i++;
          return ANY;
        case '^':
        case '$':
          i++;
          return ZERO;
        case '\\':
          return escape(false);
        default:
          i++;
          return new Chars(new char[] {c});
      }
    }

    private Atom group() throws Unfilterable {
      i++; // (
      boolean zero = false;
      if (i < s.length() && s.charAt(i) == '?') {
        char g = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (g == ':') {
          i += 2;
        } else if (g == '=' || g == '!') {
          zero = true;
          i += 2;
        } else if (g == '<' && i + 2 < s.length() && (s.charAt(i + 2) == '=' || s.charAt(i + 2) == '!')) {
          zero = true;
          i += 3;
        } else if (g == '<') {
          int close = s.indexOf('>', i);
          if (close < 0) {
            throw new Unfilterable();
          }
          i = close + 1; // named group
        } else {
          // inline flags, "(?i)" or "(?-i:...)": folding makes the case flags irrelevant here
          int j = i + 1;
          while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
          }
          if (j >= s.length()) {
            throw new Unfilterable();
          }
          if (s.charAt(j) == ')') {
            i = j + 1;
            return ZERO;
          }
          if (s.charAt(j) != ':') {
            throw new Unfilterable();
          }
          i = j + 1;
        }
      }
      List<Item> inner = alternation();
      if (i >= s.length() || s.charAt(i) != ')') {
        throw new Unfilterable();
      }
      i++;
      return zero ? ZERO : new Alt(List.of(inner));
    }

    /** An escape at {@code i}; inside a class only character escapes are allowed. */
    private Atom escape(boolean inClass) throws Unfilterable {
      char e = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      i += 2;
      switch (e) {
        case 'd':
          return new Chars(range('0', '9'));
        case 's':
          return new Chars(new char[] {' ', '\t', '\n', '\u000b', '\f', '\r'});
        case 'w': {
          StringBuilder b = new StringBuilder("_");
          b.append(range('a', 'z')).append(range('A', 'Z')).append(range('0', '9'));
          return new Chars(b.toString().toCharArray());
        }
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          if (inClass) {
            throw new Unfilterable();
          }
          return ZERO;
        case 'p':
        case 'P':
          if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) {
              throw new Unfilterable();
            }
            i = close + 1;
          } else {
            i++;
          }
          return ANY;
        case 'D':
        case 'S':
        case 'W':
        case 'h':
        case 'H':
        case 'v':
        case 'V':
        case 'R':
        case 'X':
          return ANY;
        case 't':
          return new Chars(new char[] {'\t'});
        case 'n':
          return new Chars(new char[] {'\n'});
        case 'r':
          return new Chars(new char[] {'\r'});
        case 'f':
          return new Chars(new char[] {'\f'});
        case 'u': {
          char u = (char) Integer.parseInt(s.substring(i, i + 4), 16);
          i += 4;
          return new Chars(new char[] {u});
        }
        default:
          if (Character.isLetterOrDigit(e) || e == 0) {
            // back-references, \Q…\E, \x, \c, \k<…> and the like: not followed
            throw new Unfilterable();
          }
          return new Chars(new char[] {e});
      }
    }

    private Atom charClass() throws Unfilterable {
      i++; // [
      if (i < s.length() && s.charAt(i) == '^') {
        int depth = 0;
        for (; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c == '\\') {
            i++;
          } else if (c == '[') {
            depth++;
          } else if (c == ']' && depth-- == 0) {
            i++;
            return ANY;
          }
        }
        throw new Unfilterable();
      }
      StringBuilder b = new StringBuilder();
      boolean any = false;
      boolean firstMember = true;
      while (i < s.length() && (s.charAt(i) != ']' || firstMember)) {
        firstMember = false;
        char c = s.charAt(i);
        if (c == '[' || (c == '&' && i + 1 < s.length() && s.charAt(i + 1) == '&')) {
          throw new Unfilterable(); // unions and intersections
        }
        char lo;
        if (c == '\\') {
          Chars m = (Chars) escape(true);
          if (m.chars == null) {
            any = true;
            continue;
          }
          if (m.chars.length != 1) {
            b.append(m.chars);
            continue;
          }
          lo = m.chars[0];
        } else {
          lo = c;
          i++;
        }
        if (i + 1 < s.length() && s.charAt(i) == '-' && s.charAt(i + 1) != ']') {
          i++;
          char hi = s.charAt(i);
          if (hi == '\\') {
            Chars m = (Chars) escape(true);
            if (m.chars == null || m.chars.length != 1) {
              throw new Unfilterable();
            }
            hi = m.chars[0];
          } else {
            i++;
          }
          if (hi - lo > 512) {
            any = true;
          } else {
            b.append(range(lo, hi));
          }
        } else {
          b.append(lo);
        }
      }
      if (i >= s.length()) {
        throw new Unfilterable();
      }
      i++; // ]
      return any ? ANY : new Chars(b.toString().toCharArray());
    }

    private static char[] range(char lo, char hi) {
      char[] out = new char[Math.max(0, hi - lo + 1)];
      for (int k = 0; k < out.length; k++) {
        out[k] = (char) (lo + k);
      }
      return out;
    }
  }

  /** Expands sequences into start strings: full ones ({@code k} chars) go to {@link #done}. */
  private static final class Expansion {
    final Set<String> done = new HashSet<>();
    /** The length of a full start string. */
    final int k;

    Expansion(int k) {
      this.k = k;
    }

    /** The strings, shorter than k, that {@code open} can grow into through {@code seq}. */
    Set<String> seq(List<Item> seq, Set<String> open) throws Unfilterable {
      Set<String> cur = open;
      for (Item it : seq) {
        if (cur.isEmpty()) {
          break;
        }
        cur = item(it, cur);
      }
      return cur;
    }

    private Set<String> item(Item it, Set<String> open) throws Unfilterable {
      if (it.atom instanceof Zero) {
        return open;
      }
      Set<String> out = new HashSet<>();
      Set<String> cur = open;
      if (it.min == 0) {
        out.addAll(open);
      }
      int maxReps = (int) Math.min(it.max, (long) it.min + k + 1);
      for (int r = 1; r <= maxReps && !cur.isEmpty(); r++) {
        cur = once(it.atom, cur);
        if (r >= it.min) {
          out.addAll(cur);
        }
        check(out.size());
      }
      return out;
    }

    private Set<String> once(Atom a, Set<String> open) throws Unfilterable {
      if (a instanceof Alt alt) {
        Set<String> out = new HashSet<>();
        for (List<Item> b : alt.branches) {
          out.addAll(seq(b, open));
        }
        return out;
      }
      Chars c = (Chars) a;
      if (c.chars == null) {
        throw new Unfilterable();
      }
      Set<String> out = new HashSet<>();
      for (String s : open) {
        for (char ch : c.chars) {
          String t = s + Folded.fold(ch);
          if (t.length() == k) {
            done.add(t);
          } else {
            out.add(t);
          }
        }
      }
      check(out.size());
      return out;
    }

    private void check(int open) throws Unfilterable {
      if (done.size() + open > LIMIT) {
        throw new Unfilterable();
      }
    }
  }
}
