package io.chromeless.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stopword lists per language, read from the lists that Apache Lucene's analyzers ship (Snowball
 * lists where Lucene has them, its own elsewhere). The share of stopwords in a line is the main
 * language statistic of the line classifier: running prose has many, menus and teasers few.
 */
public final class Stopwords {
  private static final Map<String, String> RESOURCES = new HashMap<>();

  static {
    String sb = "/org/apache/lucene/analysis/snowball/";
    RESOURCES.put("en", sb + "english_stop.txt");
    RESOURCES.put("de", sb + "german_stop.txt");
    RESOURCES.put("fr", sb + "french_stop.txt");
    RESOURCES.put("es", sb + "spanish_stop.txt");
    RESOURCES.put("it", sb + "italian_stop.txt");
    RESOURCES.put("pt", sb + "portuguese_stop.txt");
    RESOURCES.put("nl", sb + "dutch_stop.txt");
    RESOURCES.put("sv", sb + "swedish_stop.txt");
    RESOURCES.put("da", sb + "danish_stop.txt");
    RESOURCES.put("no", sb + "norwegian_stop.txt");
    RESOURCES.put("nb", sb + "norwegian_stop.txt");
    RESOURCES.put("nn", sb + "norwegian_stop.txt");
    RESOURCES.put("fi", sb + "finnish_stop.txt");
    RESOURCES.put("ru", sb + "russian_stop.txt");
    RESOURCES.put("hu", sb + "hungarian_stop.txt");
    String a = "/org/apache/lucene/analysis/";
    for (String lang :
        new String[] {
          "ar", "bg", "ca", "cz", "el", "et", "eu", "fa", "ga", "gl", "hi", "hy", "lt", "lv", "ro",
          "sr", "tr", "th"
        }) {
      RESOURCES.put(lang, a + lang + "/stopwords.txt");
    }
    RESOURCES.put("cs", a + "cz/stopwords.txt");
    // Lucene's own Indonesian list (355 words) covers the affixed function words ("adalah",
    // "bahwa", "sebagai") that the short Snowball list misses. Malay and Indonesian are two
    // standard forms of one language and share their function words.
    RESOURCES.put("id", a + "id/stopwords.txt");
    RESOURCES.put("ms", a + "id/stopwords.txt");
  }

  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
  private static volatile Set<String> union;

  private Stopwords() {}

  /** The stopwords of a language (lower case), or an empty set if none is known. */
  public static Set<String> forLanguage(String lang) {
    if (lang == null) {
      return Collections.emptySet();
    }
    String code = lang.toLowerCase(Locale.ROOT);
    String res = RESOURCES.get(code);
    if (res == null) {
      return Collections.emptySet();
    }
    return CACHE.computeIfAbsent(code, k -> load(res));
  }

  /** The union of the lists of the most common page languages, for pages of unknown language. */
  public static Set<String> common() {
    Set<String> u = union;
    if (u == null) {
      Set<String> s = new HashSet<>();
      for (String l : new String[] {"en", "de", "fr", "es", "it", "pt", "nl"}) {
        s.addAll(forLanguage(l));
      }
      u = new WordSet(s);
      union = u;
    }
    return u;
  }

  /**
   * The language whose stopword list covers the largest share of {@code words} (lower case), if
   * that share reaches {@code minShare}; null otherwise. A language statistic for pages the n-gram
   * detector is unsure of: running prose is a third to a half stopwords in its own language.
   */
  public static String bestCovering(List<String> words, double minShare) {
    if (words.isEmpty()) {
      return null;
    }
    String best = null;
    double bestShare = minShare;
    for (String lang : new java.util.TreeSet<>(RESOURCES.keySet())) {
      Set<String> list = forLanguage(lang);
      int hit = 0;
      for (String w : words) {
        if (list.contains(w)) {
          hit++;
        }
      }
      double share = (double) hit / words.size();
      if (share > bestShare) {
        bestShare = share;
        best = lang;
      }
    }
    return best;
  }

  /**
   * Whether two languages use the same stopword list (Malay and Indonesian, the Norwegian
   * written forms): a detector torn between them is not unsure of the page's stopwords.
   */
  static boolean sameList(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String ra = RESOURCES.get(a.toLowerCase(Locale.ROOT));
    return ra != null && ra.equals(RESOURCES.get(b.toLowerCase(Locale.ROOT)));
  }

  /** Each distinct list once: its resource, and the first of its language codes in order. */
  static Map<String, String> listsByResource() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (String code : new java.util.TreeSet<>(RESOURCES.keySet())) {
      out.putIfAbsent(RESOURCES.get(code), code);
    }
    return out;
  }

  /** True if Lucene ships a list for the language. */
  public static boolean has(String lang) {
    return lang != null && RESOURCES.containsKey(lang.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    // Snowball lists: "word | comment" with '|' comments; Lucene's own: one word a line, '#' comments.
    Set<String> words = new HashSet<>();
    try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Collections.emptySet();
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        int bar = line.indexOf('|');
        if (bar >= 0) {
          line = line.substring(0, bar);
        }
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        for (String w : line.split("\\s+")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordSet(words);
  }
}
