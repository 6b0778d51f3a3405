package io.chromeless.parse;

import java.util.List;
import java.util.Locale;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;

/**
 * Detects the language of a text as an ISO 639-1 code, with Apache Tika's wrapper of the Optimaize
 * n-gram language detector. The detector is stateful (text is added, then detected), so each thread
 * keeps its own; loading the profiles costs a few hundred milliseconds once per thread.
 */
public final class LanguageIdentifier {
  /** Characters of text given to the detector: more adds time, not accuracy. */
  static final int MAX_CHARS = 3000;

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
    OptimaizeLangDetector d = DETECTOR.get();
    d.reset();
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    d.addText(t.toCharArray(), 0, t.length());
    List<LanguageResult> all = d.detectAll();
    if (all.isEmpty()) {
      return null;
    }
    LanguageResult best = all.get(0);
    if (best.getLanguage() == null || best.getLanguage().isEmpty() || best.getRawScore() < 0.5f) {
      return null;
    }
    String code = best.getLanguage().toLowerCase(Locale.ROOT);
    int dash = code.indexOf('-');
    return dash > 0 ? code.substring(0, dash) : code;
  }
}
