package io.chromeless.parse;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set of words that can also be asked about a word held in a char buffer, without
 * making a string of it: the parser counts the stopwords of every line of every page, and a string
 * per word was most of that cost. An open-addressing table of the words, probed with the words'
 * {@link String#hashCode}.
 */
final class WordSet extends AbstractSet<String> {
  private final Set<String> words;
  private final String[] table;
  private final int mask;

  WordSet(Set<String> words) {
    this.words = Collections.unmodifiableSet(new HashSet<>(words));
    int size = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    this.table = new String[size];
    this.mask = size - 1;
    for (String w : this.words) {
      int i = spread(w.hashCode()) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
    }
  }

  /** Whether the word {@code buf[0, len)} is in the set. */
  boolean contains(char[] buf, int len) {
    int h = 0;
    for (int k = 0; k < len; k++) {
      h = 31 * h + buf[k];
    }
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) {
        return false;
      }
      if (w.length() == len && sameChars(w, buf, len)) {
        return true;
      }
    }
  }

  static boolean sameChars(String w, char[] buf, int len) {
    for (int k = 0; k < len; k++) {
      if (w.charAt(k) != buf[k]) {
        return false;
      }
    }
    return true;
  }

  static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    return words.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}
