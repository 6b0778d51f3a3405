package io.chromeless.parse;

import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern the parser runs on every line, made cheap with the same matches as {@link
 * Matcher#find()}: the text is case-folded once ({@link Folded}), the positions where no match can
 * start are skipped ({@link StartSet}), and at each remaining position the regex is tried there
 * only. Patterns that neither helper can vouch for run as before.
 */
final class FastPattern {
  private final Pattern pattern;
  /** The case-sensitive twin for folded text, or null. */
  private final Pattern folded;
  /** Where matches can start, or null (every position). */
  private final StartSet starts;

  private FastPattern(Pattern pattern) {
    this.pattern = pattern;
    this.folded = Folded.compile(pattern);
    this.starts = StartSet.of(pattern);
  }

  static FastPattern of(Pattern p) {
    return new FastPattern(p);
  }

  Pattern pattern() {
    return pattern;
  }

  /** Whether {@code text} has a match, as {@code pattern.matcher(text).find()}. */
  boolean find(String text) {
    boolean[] found = {false};
    forEach(text, m -> {
      found[0] = true;
      return false;
    });
    return found[0];
  }

  /**
   * Calls {@code visit} with each match that repeated {@link Matcher#find()} would give, in order,
   * until it returns false. Positions and groups refer to {@code text}; take matched text from
   * {@code text} by position.
   */
  void forEach(String text, Predicate<MatchResult> visit) {
    forEach(text, starts != null || folded != null ? Folded.fold(text) : null, visit);
  }

  /**
   * As {@link #find(String)}, with {@code ft}: {@code FoldedText.of(text)}, made once by a caller
   * that tries several patterns on the same text (null where folding gives none).
   */
  boolean find(String text, FoldedText ft) {
    boolean[] found = {false};
    forEach(text, ft, m -> {
      found[0] = true;
      return false;
    });
    return found[0];
  }

  /**
   * As {@link #forEach(String, Predicate)}, with {@code ft}: {@code FoldedText.of(text)}. A
   * pattern whose matches start only at word starts is tried at the text's word starts alone.
   */
  void forEach(String text, FoldedText ft, Predicate<MatchResult> visit) {
    if (ft == null || starts == null || !starts.wordStart()) {
      forEach(text, ft == null ? null : ft.folded, visit);
      return;
    }
    String f = ft.folded;
    Matcher m = folded != null ? folded.matcher(f) : pattern.matcher(text);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int[] ws = ft.wordStarts();
    int count = ft.wordStartCount();
    int from = 0;
    for (int k = 0; k < count; k++) {
      int p = ws[k];
      if (p < from || !starts.mayStartAt(f, p)) {
        continue;
      }
      m.region(p, n);
      if (m.lookingAt()) {
        if (!visit.test(m)) {
          return;
        }
        from = m.end() > p ? m.end() : p + 1;
      }
    }
  }

  /** As {@link #forEach(String, Predicate)}, with {@code f}: {@code Folded.fold(text)}. */
  void forEach(String text, String f, Predicate<MatchResult> visit) {
    if (f == null || (starts == null && folded == null)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (!visit.test(m)) {
          return;
        }
      }
      return;
    }
    Matcher m = folded != null ? folded.matcher(f) : pattern.matcher(text);
    if (starts == null) {
      while (m.find()) {
        if (!visit.test(m)) {
          return;
        }
      }
      return;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int from = 0;
    for (int p = starts.next(f, from); p >= 0; p = starts.next(f, from)) {
      m.region(p, n);
      if (m.lookingAt()) {
        if (!visit.test(m)) {
          return;
        }
        from = m.end() > p ? m.end() : p + 1;
      } else {
        from = p + 1;
      }
    }
  }
}
