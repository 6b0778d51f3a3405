package io.chromeless.parse;

/**
 * A line's folded text ({@link Folded#fold}) with the positions where its words can start, made
 * once for all the lexicon's patterns that run on the line ({@link FastPattern}). Most of those
 * patterns open with the look-behind of a word start, so they need to look only where no letter or
 * digit stands before: about one position in five of running text, where scanning every position
 * was the largest part of their cost.
 */
final class FoldedText {
  /** The folded text. */
  final String folded;
  private int[] wordStarts;
  private int wordStartCount = -1;

  private FoldedText(String folded) {
    this.folded = folded;
  }

  /** The folded form of {@code text}, or null when {@link Folded#fold} gives none (see there). */
  static FoldedText of(String text) {
    String f = Folded.fold(text);
    return f == null ? null : new FoldedText(f);
  }

  /**
   * The positions {@code p}, in order, with no letter or digit before them ({@code p == 0} or
   * {@code f[p - 1]} neither): where a match of a pattern opening with {@code
   * (?<![\p{L}\p{N}])} can start. The first {@link #wordStartCount()} entries count.
   */
  int[] wordStarts() {
    if (wordStartCount < 0) {
      String f = folded;
      int n = f.length();
      int[] out = new int[n];
      int k = 0;
      boolean afterWord = false;
      for (int p = 0; p < n; p++) {
        if (!afterWord) {
          out[k++] = p;
        }
        afterWord = StartSet.isLetterOrNumber(f.charAt(p));
      }
      wordStarts = out;
      wordStartCount = k;
    }
    return wordStarts;
  }

  int wordStartCount() {
    wordStarts();
    return wordStartCount;
  }
}
