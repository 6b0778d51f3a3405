package io.chromeless.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The folded twins of the lexicon's patterns find exactly what the case-insensitive ones find, and
 * so does {@link FastPattern} (folding plus {@link StartSet}) for every pattern the parser runs
 * through it.
 */
class FoldedTest {
  private static final Pattern[] PATTERNS = {ChromeLexicon.PAYWALL, ChromeLexicon.CHROME_WORDS, ChromeLexicon.LEGAL};
  private static final Pattern[] FAST = {ChromeLexicon.PAYWALL, ChromeLexicon.CHROME_WORDS, ChromeLexicon.LEGAL,
      ChromeLexicon.CREDIT, ChromeLexicon.COMMENT_SIGNATURE, ChromeLexicon.UI_CONTROL, ChromeLexicon.COMMENTS_HEADER,
      ChromeLexicon.COUNTER, ChromeLexicon.PROMO, ChromeLexicon.NOTICE, PageParser.INLINE_CREDIT, PageParser.TIME_OF_DAY,
      PageParser.TRAILING_CREDIT, ChromeLexicon.SIGNUP_FORM, PageParser.CAPTION_POSITION, BylineParser.STATUS_TAIL,
      Pattern.compile("(?:\\d{1,2}[./-]|(?<!\\p{L})von |(?-i:By) )\\w+", Pattern.CASE_INSENSITIVE)};
  private static final FastPattern[] FAST_PATTERNS =
      java.util.Arrays.stream(FAST).map(FastPattern::of).toArray(FastPattern[]::new);

  @Test
  void theLexiconPatternsHaveAFoldedTwin() {
    for (Pattern p : PATTERNS) {
      assertNotNull(Folded.compile(p), p.pattern());
    }
  }

  @Test
  void patternsWhoseMeaningDependsOnCaseHaveNone() {
    int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    assertNull(Folded.compile(Pattern.compile("\\p{Lu}\\w+", ci)));
    assertNull(Folded.compile(Pattern.compile("Reuters", ci)));
    assertNull(Folded.compile(Pattern.compile("[a-f]x", ci)));
    assertNull(Folded.compile(Pattern.compile("(?-i)abc", ci)));
    assertNull(Folded.compile(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)));
  }

  @Test
  void sameMatchesOnGeneratedPagesAndSamples() throws IOException {
    List<String> lines = new ArrayList<>();
    for (GeneratedPage p : new CorpusGenerator(new CorpusGenerator.Config().pages(150).seed(7)).generate()) {
      lines.addAll(p.text().lines().toList());
    }
    try (Stream<Path> files = Files.list(Path.of("sample-input"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        lines.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
      }
    }
    for (String line : lines) {
      assertSameMatches(line);
    }
  }

  @Test
  void sameMatchesOnMixedCaseAndExoticCharacters() {
    String[] words = {"Subscribe", "SUBSCRIBERS", "Continue Reading", "COOKIES", "Privacy", "Datenschutzerklärung",
        "RÉSERVÉE AUX ABONNÉS", "Läs Mer", "Teilen", "ſubscribe", "İnstagram", "\u212Aommentare", "cooK\u212Aie",
        "Abo", "ABO", "third-party", "Third Party", "Opt-Out", "e-Mail", "Σ", "ß", "ẞ", "ǅ", "\u0345", "😀", "x",
        "1", " ", "  ", "-", "'", "’", ".", ",", "Weiterlesen mit", "für Abonnenten", "Nur für Plus-Kunden",
        "Photo:", "(c)", "© AFP", "Getty Images", "jdoe says:", "12 Comments", "3 min read", "Share", "PRINT",
        "12/05/", "By", "by", "VON", "\t", "AND", "und", "Et", "y", "och", "En", "og",
        "AP", "Reuters", "Getty Images", "Getty", "AFP", "Photo", "photo by", "Image caption", "File", ", file", "/",
        "(", ")", "Jane Doe", "\u2028", "Mehr", "read more", "» Weiterlesen", "| MÁS", "les mer", "Læs mere"};
    SplittableRandom r = new SplittableRandom(11);
    for (int n = 0; n < 3_000; n++) {
      StringBuilder b = new StringBuilder();
      int k = 1 + r.nextInt(12);
      for (int i = 0; i < k; i++) {
        String w = words[r.nextInt(words.length)];
        b.append(r.nextBoolean() ? w : w.toLowerCase()).append(r.nextInt(4) == 0 ? "" : " ");
      }
      assertSameMatches(b.toString());
    }
    // every character that folding changes or that is kept from it, and all of Latin, next to keywords
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c >= 0x250 && Folded.fold((char) c) == c && !Character.isSurrogate((char) c)) {
        continue;
      }
      String ch = String.valueOf((char) c);
      assertSameMatches(ch + "cookie" + ch + " privacy subscribers" + ch + "only " + ch + "Menu" + ch);
    }
  }

  private static void assertSameMatches(String line) {
    for (Pattern p : PATTERNS) {
      Pattern f = Folded.compile(p);
      assertEquals(matches(p.matcher(line)), matches(Folded.matcher(p, f, line)), () -> p.pattern() + " on: " + line);
    }
    for (FastPattern fp : FAST_PATTERNS) {
      Pattern p = fp.pattern();
      List<String> fast = new ArrayList<>();
      fp.forEach(line, m -> fast.add(describe(m)));
      assertEquals(matches(p.matcher(line)), fast, () -> "FastPattern " + p.pattern() + " on: " + line);
      assertEquals(p.matcher(line).find(), fp.find(line), () -> p.pattern() + " on: " + line);
      // a caller that folds the line once for several patterns gets the same matches
      List<String> prefolded = new ArrayList<>();
      fp.forEach(line, Folded.fold(line), m -> prefolded.add(describe(m)));
      assertEquals(fast, prefolded, () -> "pre-folded " + p.pattern() + " on: " + line);
      // and one that also hands over the line's word starts (FoldedText) gets them too
      List<String> fromWordStarts = new ArrayList<>();
      fp.forEach(line, FoldedText.of(line), m -> fromWordStarts.add(describe(m)));
      assertEquals(fast, fromWordStarts, () -> "word starts " + p.pattern() + " on: " + line);
      assertEquals(p.matcher(line).find(), fp.find(line, FoldedText.of(line)), () -> p.pattern() + " on: " + line);
    }
    // nor do the closing credits' pre-tests refuse a line their regexes match
    if (PageParser.CLOSING_CREDIT.matcher(line).find()) {
      assertEquals(true, PageParser.mayCloseWithCredit(line), () -> "mayCloseWithCredit on: " + line);
    }
    if (PageParser.TRAILING_CREDIT.matcher(line).find()) {
      assertEquals(true, line.indexOf(':') >= 0, () -> "trailing credit without a colon: " + line);
    }
    if (PageParser.MORE_LINK.matcher(line).find()) {
      assertEquals(true, PageParser.endsInWordOf(line, PageParser.MORE_LINK_LAST_WORDS), () -> "more link: " + line);
    }
    // the byline splitter's pre-test never refuses a line its regex splits
    if (BylineParser.SPLIT.matcher(line).find()) {
      assertEquals(true, BylineParser.maySplit(line), () -> "maySplit on: " + line);
    }
  }

  @Test
  void theParsersFastPatternsAreFiltered() {
    for (Pattern p : FAST) {
      assertNotNull(StartSet.of(p), p.pattern());
    }
  }

  private static List<String> matches(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static String describe(java.util.regex.MatchResult m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('/').append(m.start(g));
    }
    return b.toString();
  }
}
