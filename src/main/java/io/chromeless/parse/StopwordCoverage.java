package io.chromeless.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Language from the stopword lists alone, for the pages where they leave no doubt: running prose
 * is a third to a half stopwords of its own language, and far fewer of any other. One table maps
 * each word of every list to the set of lists that hold it (a bit per list), so a word costs one
 * probe whatever the number of lists.
 *
 * <p>It decides only for {@link #DECIDES}, languages whose close relatives either have a list of
 * their own (Catalan and Galician beside Spanish and Portuguese) or are rare on news pages, and
 * only when the page's prose gives at least {@link #MIN_WORDS} words, at least {@link #MIN_SHARE}
 * of them in the best list and at least {@link #MIN_RATIO} times the share of the next list.
 * Dutch is left to the n-gram detector (Afrikaans shares its commonest words and has no list),
 * and so are Czech (Slovak), Russian (Ukrainian, Belarusian), and the Scandinavian languages,
 * whose lists overlap each other. Everything else goes to the n-gram detector too.
 */
final class StopwordCoverage {
  static final Set<String> DECIDES = Set.of("en", "de", "fr", "es", "it", "pt");
  static final int MIN_WORDS = 40;
  static final double MIN_SHARE = 0.2;
  static final double MIN_RATIO = 1.5;

  private static final StopwordCoverage INSTANCE = new StopwordCoverage();

  /** Code of each list, by bit. */
  private final String[] codes;
  private final String[] table;
  private final long[] masks;
  private final int mask;

  private StopwordCoverage() {
    Map<String, String> byList = Stopwords.listsByResource();
    List<String> c = new ArrayList<>(byList.values());
    if (c.size() > 64) {
      throw new IllegalStateException("more than 64 stopword lists");
    }
    codes = c.toArray(new String[0]);
    Map<String, Long> words = new HashMap<>();
    for (int bit = 0; bit < codes.length; bit++) {
      for (String w : Stopwords.forLanguage(codes[bit])) {
        words.merge(w, 1L << bit, (a, b) -> a | b);
      }
    }
    int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    table = new String[size];
    masks = new long[size];
    mask = size - 1;
    for (Map.Entry<String, Long> e : words.entrySet()) {
      int i = WordSet.spread(e.getKey().hashCode()) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = e.getKey();
      masks[i] = e.getValue();
    }
  }

  /**
   * The language of {@code text} when its stopwords alone settle it (see the class comment), else
   * null. Reads the words that start in the first {@code maxChars} characters.
   */
  static String decide(String text, int maxChars) {
    return INSTANCE.best(text, maxChars);
  }

  private String best(String text, int maxChars) {
    int[] hits = new int[codes.length];
    int words = Text.countListHits(text, maxChars, this, hits);
    if (words < MIN_WORDS) {
      return null;
    }
    int first = -1;
    int second = 0;
    for (int i = 0; i < hits.length; i++) {
      if (first < 0 || hits[i] > hits[first]) {
        second = first < 0 ? 0 : hits[first];
        first = i;
      } else if (hits[i] > second) {
        second = hits[i];
      }
    }
    int best = hits[first];
    if (best < MIN_SHARE * words || best < MIN_RATIO * second || !DECIDES.contains(codes[first])) {
      return null;
    }
    return codes[first];
  }

  /** The lists (bits) that hold the word {@code buf[0, len)}, lower case; 0 if none. */
  long listsOf(char[] buf, int len) {
    int h = 0;
    for (int k = 0; k < len; k++) {
      h = 31 * h + buf[k];
    }
    for (int i = WordSet.spread(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) {
        return 0;
      }
      if (w.length() == len && WordSet.sameChars(w, buf, len)) {
        return masks[i];
      }
    }
  }

  /** The lists (bits) that hold the lower-case word {@code w}; 0 if none. */
  long listsOf(String w) {
    for (int i = WordSet.spread(w.hashCode()) & mask; ; i = (i + 1) & mask) {
      String t = table[i];
      if (t == null) {
        return 0;
      }
      if (t.equals(w)) {
        return masks[i];
      }
    }
  }
}
