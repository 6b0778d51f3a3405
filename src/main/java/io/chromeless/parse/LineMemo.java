package io.chromeless.parse;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Line#classify} found for short lines already seen by this parser, so that a
 * template's lines (menus, sign-in prompts, footers), which stand on every page of a site, are
 * classified once per parser instead of once per page. A line's classes depend on its text, its
 * bullet, and the stopword set the page is read with, nothing else (see {@link Line#classify}),
 * so a remembered line gets exactly what classifying it again would give.
 *
 * <p>The lines of the same text share their {@link Line.Facts} too (folded text, first date,
 * whether they read as names or as a byline or date line), which the title and byline rules ask
 * of the head block's lines: a template's lines around the headline are worked out once.
 *
 * <p>Only short lines are remembered ({@value #MAX_WORDS} words and {@value #MAX_CHARS} characters
 * at most): chrome is short, and a paragraph of an article seldom stands on two pages. Memory is
 * bounded: the memo forgets everything once it holds {@value #MAX_LINES} lines (about 12 MB with
 * their facts).
 * Not thread-safe: one per parser, one parser per thread (as {@code ParsePages}' DoFn holds it).
 */
final class LineMemo {
  static final int MAX_WORDS = 24;
  static final int MAX_CHARS = 200;
  static final int MAX_LINES = 30_000;

  /** The classes of one line, as {@link Line#classify} sets them. */
  record Classes(double stopRatio, int flags) {
    static final int PAYWALL = 1;
    static final int CHROME = 2;
    static final int CREDIT = 4;
    static final int COUNTER = 8;
    static final int TEASER = 16;
    static final int LEGAL = 32;
    static final int COMMENTS_HEADER = 64;
  }

  /** A remembered line: its classes, and the facts its text told so far (filled in as rules ask). */
  private record Entry(Classes classes, Line.Facts facts) {}

  /** Per stopword set (by identity: the sets are the language lists' constants) and stopword flag. */
  private final Map<Set<String>, Map<String, Entry>> withStops = new IdentityHashMap<>();
  private final Map<Set<String>, Map<String, Entry>> withoutStops = new IdentityHashMap<>();
  private int size;
  private long hits;
  private long misses;

  /** Classifies {@code line}, from memory when its text was classified before with these stopwords. */
  void classify(Line line, Set<String> stopwords, boolean hasStopwords) {
    if (line.words > MAX_WORDS || line.text.length() > MAX_CHARS) {
      line.classify(stopwords, hasStopwords);
      return;
    }
    Map<String, Entry> seen = (hasStopwords ? withStops : withoutStops).computeIfAbsent(stopwords, s -> new HashMap<>());
    String key = line.bullet ? "\u0000" + line.text : line.text;
    Entry e = seen.get(key);
    if (e != null) {
      hits++;
      line.set(e.classes());
      line.facts = e.facts();
      return;
    }
    misses++;
    line.classify(stopwords, hasStopwords);
    if (size >= MAX_LINES) {
      withStops.clear();
      withoutStops.clear();
      size = 0;
      seen = (hasStopwords ? withStops : withoutStops).computeIfAbsent(stopwords, s -> new HashMap<>());
    }
    seen.put(key, new Entry(line.classes(), line.facts));
    size++;
  }

  long hits() {
    return hits;
  }

  long misses() {
    return misses;
  }
}
