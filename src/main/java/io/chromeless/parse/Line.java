package io.chromeless.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One non-empty line of a page with the features the classifier reads. */
final class Line {
  final int index;
  final String text;
  /** Lower-cased, punctuation-free form used to find repeated lines. */
  final String key;
  final int words;
  final boolean endsSentence;
  final boolean bullet;
  final boolean cjk;
  double stopRatio;
  boolean chrome;
  boolean paywall;
  boolean credit;
  boolean counter;
  /** Consent, privacy or legal boilerplate, at any length (see {@link ChromeLexicon#isLegal}). */
  boolean legal;
  /** A short label repeated between paragraphs (see {@link PageParser#markSeparators}). */
  boolean separator;
  /** A line of a box the template repeats between paragraphs (see {@link PageParser#markRepeatedBoxes}). */
  boolean repeatedBox;
  /** A teaser: a Title Case headline glued to its blurb ("Ford Recalls TrucksFord is recalling…"). */
  boolean teaser;
  /** The header of a reader-comment section: the article does not go on past it. */
  boolean commentsHeader;
  /** The same text stands on the line right before or after (an image's alt text and caption). */
  boolean adjacentDuplicate;
  /** An item of a numbered list ("1. Home", "2. Sport"): a breadcrumb or a ranking, no heading. */
  boolean numberedItem;
  /** How often the same text stands elsewhere on the page, not adjacent. */
  int repeats;
  /** Seen on other articles' pages of the run (learned chrome). */
  boolean learnedChrome;
  /** Between two parts of the body: a prompt or box that interrupts the article. */
  boolean interruption;
  /** What the text alone tells, worked out on first use; {@link LineMemo} shares it between pages. */
  Facts facts = new Facts();

  /**
   * What a line's text tells the rules, each worked out on first use: it depends on the text alone
   * (the head marker on the text and a stopword set), so lines of the same text may share it.
   */
  static final class Facts {
    /** The folded text (see {@link #folded()}). */
    private FoldedText folded;
    private boolean foldedMade;
    /** The first date of the text (see {@link #date()}). */
    private DateExtractor.Found date;
    private boolean dateFound;
    /** 0: not told yet; 1: names; 2: no names (see {@link #readsAsName()}). */
    private byte name;
    /** {@link PageParser#isHeadMarker} for up to two stopword sets. */
    private Set<String> markerStops1;
    private Set<String> markerStops2;
    private boolean marker1;
    private boolean marker2;
  }

  private Line(int index, String raw) {
    this.index = index;
    String t = raw.strip();
    boolean b = false;
    if (!t.isEmpty()) {
      char c = t.charAt(0);
      if ((c == '•' || c == '·' || c == '▪' || c == '►' || c == '▸' || c == '‣' || c == '◦' || c == '*'
              || c == '–' || c == '-' || c == '»' || c == '>')
          && t.length() > 1
          && Character.isWhitespace(t.charAt(1))) {
        b = true;
        t = t.substring(1).strip();
      }
    }
    this.bullet = b;
    this.text = Text.squeeze(t);
    // Text.countWords, Text.cjkShare > 0.5 and keyOf, in one scan
    String s = this.text;
    char[] key = new char[s.length()];
    int n = 0;
    int w = 0;
    int cjkChars = 0;
    int letters = 0;
    int cjkLetters = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        // ASCII, most characters of most pages: what the Character methods below say of it
        i++;
        boolean letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (letter || (ch >= '0' && ch <= '9')) {
          if (!in) {
            w++;
            in = true;
          }
          letters += letter ? 1 : 0;
        } else if (ch != '\'' && ch != '-') {
          in = false;
        }
        n = keyChar(ch, key, n);
        continue;
      }
      int cp = s.codePointAt(i);
      int count = Character.charCount(cp);
      for (int j = i; j < i + count; j++) {
        n = keyChar(s.charAt(j), key, n);
      }
      i += count;
      boolean isCjk = Text.isCjk(cp);
      boolean letter = Character.isLetter(cp);
      if (isCjk) {
        cjkChars++;
        in = false;
      } else if (letter || Character.isDigit(cp)) {
        if (!in) {
          w++;
          in = true;
        }
      } else if (cp != '\'' && cp != '’' && cp != '-') {
        in = false;
      }
      if (letter) {
        letters++;
        if (isCjk) {
          cjkLetters++;
        }
      }
    }
    this.key = keyString(key, n);
    this.words = w + (cjkChars + 1) / 2;
    this.cjk = letters > 0 && (double) cjkLetters / letters > 0.5;
    this.endsSentence = endsSentence(this.text);
  }

  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s");

  /**
   * The key of a line: its letters and digits lower-cased, every other run of characters one space,
   * none at the ends. White space being such a run, the key of a line does not depend on how its
   * spaces were squeezed.
   */
  static String keyOf(String text) {
    char[] b = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n = keyChar(text.charAt(i), b, n);
    }
    return keyString(b, n);
  }

  /** Adds the character {@code c} of a text to its key {@code b[0, n)}; returns the key's new length. */
  private static int keyChar(char c, char[] b, int n) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      b[n++] = c;
    } else if (c >= 'A' && c <= 'Z') {
      b[n++] = (char) (c + ('a' - 'A'));
    } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
      b[n++] = Character.toLowerCase(c);
    } else if (n > 0 && b[n - 1] != ' ') {
      b[n++] = ' ';
    }
    return n;
  }

  /** The key {@code b[0, n)} without the space at its end. */
  private static String keyString(char[] b, int n) {
    if (n > 0 && b[n - 1] == ' ') {
      n--;
    }
    return new String(b, 0, n);
  }

  static boolean endsSentence(String t) {
    int i = t.length() - 1;
    while (i >= 0 && "\"'”’»)]*".indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…。！？:".indexOf(t.charAt(i)) >= 0;
  }

  /** Splits a normalised page into its non-empty lines and computes the page-level features. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int idx = 0;
    for (String raw : text.split("\n")) {
      if (!raw.isBlank()) {
        Line l = new Line(idx++, raw);
        if (!l.text.isEmpty()) {
          lines.add(l);
        }
      }
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (Line l : lines) {
      counts.merge(l.key, 1, Integer::sum);
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean adj = (i > 0 && lines.get(i - 1).key.equals(l.key))
          || (i + 1 < lines.size() && lines.get(i + 1).key.equals(l.key));
      l.adjacentDuplicate = adj && !l.key.isEmpty();
      l.repeats = counts.get(l.key) - 1;
      l.numberedItem = NUMBERED.matcher(l.text).find()
          && ((i > 0 && NUMBERED.matcher(lines.get(i - 1).text).find())
              || (i + 1 < lines.size() && NUMBERED.matcher(lines.get(i + 1).text).find()));
    }
    return lines;
  }

  void classify(Set<String> stopwords, boolean hasStopwords) {
    long counts = hasStopwords ? stopwordCounts(stopwords) : 0;
    int n = (int) (counts >>> 32);
    // a line in Chinese, Japanese or Korean script: the Latin words in it (names, brands) say nothing
    // of how much of it is running text
    stopRatio = cjk ? 0.5 : n > 0 ? (double) (int) counts / n : 0.3;
    // the lexicon's patterns all run on the line's folded text: fold it once (null: see Folded)
    FoldedText f = words <= 150 ? folded() : null;
    paywall = words <= 60 && ChromeLexicon.isPaywall(text, f);
    chrome = words <= 20 && ChromeLexicon.hasChromeWord(text, f);
    credit = words <= 12 && ChromeLexicon.hasCredit(text, f);
    // COUNTER opens with a digit ([0-9]): most lines fail on their first character
    char c0 = text.isEmpty() ? ' ' : text.charAt(0);
    counter = c0 >= '0' && c0 <= '9' && ChromeLexicon.COUNTER.matcher(text).matches();
    teaser = words >= 9 && gluedHeadline(text);
    legal = words <= 150 && ChromeLexicon.isLegal(text, f);
    // A bulleted "Comments" is a menu or share-bar item, not the header of the comments.
    commentsHeader = !bullet && ((words <= 6 && ChromeLexicon.COMMENTS_HEADER.matcher(text).matches())
        || (words <= 20 && !text.isEmpty() && Character.isDigit(text.charAt(0))
            && ChromeLexicon.COMMENTS_HEADER.matcher(text).lookingAt())
        || (words <= 16 && ChromeLexicon.hasCommentSignature(text, f)));
  }

  /** What {@link #classify} set, for {@link LineMemo}. */
  LineMemo.Classes classes() {
    int f = (paywall ? LineMemo.Classes.PAYWALL : 0) | (chrome ? LineMemo.Classes.CHROME : 0)
        | (credit ? LineMemo.Classes.CREDIT : 0) | (counter ? LineMemo.Classes.COUNTER : 0)
        | (teaser ? LineMemo.Classes.TEASER : 0) | (legal ? LineMemo.Classes.LEGAL : 0)
        | (commentsHeader ? LineMemo.Classes.COMMENTS_HEADER : 0);
    return new LineMemo.Classes(stopRatio, f);
  }

  /** Sets what {@link #classify} would, from a line of the same text, bullet and stopwords. */
  void set(LineMemo.Classes c) {
    int f = c.flags();
    stopRatio = c.stopRatio();
    paywall = (f & LineMemo.Classes.PAYWALL) != 0;
    chrome = (f & LineMemo.Classes.CHROME) != 0;
    credit = (f & LineMemo.Classes.CREDIT) != 0;
    counter = (f & LineMemo.Classes.COUNTER) != 0;
    teaser = (f & LineMemo.Classes.TEASER) != 0;
    legal = (f & LineMemo.Classes.LEGAL) != 0;
    commentsHeader = (f & LineMemo.Classes.COMMENTS_HEADER) != 0;
  }

  /**
   * The folded text and its word starts ({@link FoldedText}; null where folding is unsafe), made
   * once: the lexicon's patterns ({@link FastPattern}) run on it, many of them on the same line.
   */
  FoldedText folded() {
    Facts f = facts;
    if (!f.foldedMade) {
      f.folded = FoldedText.of(text);
      f.foldedMade = true;
    }
    return f.folded;
  }

  /**
   * {@code DateExtractor.find(text, null)}, found once: the rules on bylines, head blocks and
   * captions ask it of the same lines.
   */
  DateExtractor.Found date() {
    Facts f = facts;
    if (!f.dateFound) {
      f.date = DateExtractor.find(text, null);
      f.dateFound = true;
    }
    return f.date;
  }

  /**
   * Whether the line reads as names with no stopwords ({@code BylineParser.parseBare(text,
   * Set.of()) != null}), told once: the title rules ask it of each line of the head block, some
   * of them several times.
   */
  boolean readsAsName() {
    Facts f = facts;
    if (f.name == 0) {
      f.name = BylineParser.parseBare(text, java.util.Collections.emptySet()) != null ? (byte) 1 : (byte) 2;
    }
    return f.name == 1;
  }

  /**
   * {@code test(this)}, for the stopword set {@code stops}, worked out once for each of the first
   * two sets asked about (a page reads its lines with its language's stopwords and with {@link
   * Stopwords#common()}); {@code test} must depend on nothing but the line and {@code stops}.
   */
  boolean headMarker(Set<String> stops, java.util.function.Predicate<Line> test) {
    Facts f = facts;
    if (stops == f.markerStops1) {
      return f.marker1;
    }
    if (stops == f.markerStops2) {
      return f.marker2;
    }
    boolean v = test.test(this);
    if (f.markerStops1 == null) {
      f.markerStops1 = stops;
      f.marker1 = v;
    } else if (f.markerStops2 == null) {
      f.markerStops2 = stops;
      f.marker2 = v;
    }
    return v;
  }

  /** The words of the line and how many are stopwords, as {@code words << 32 | stopwords}. */
  private long stopwordCounts(Set<String> stopwords) {
    if (stopwords instanceof WordSet set) {
      return Text.countStopwords(text, set);
    }
    List<String> ws = Text.lowerWords(text);
    int s = 0;
    for (String w : ws) {
      if (stopwords.contains(w)) {
        s++;
      }
    }
    return ((long) ws.size() << 32) | s;
  }

  /** Long, sentence-like, and with the stopword share of running prose. */
  boolean isProse(double minStopRatio) {
    if (paywall || counter || legal || teaser) {
      return false;
    }
    if (cjk) {
      return words >= 20 && (endsSentence || words >= 40);
    }
    if (chrome && words < 20) {
      return false;
    }
    return words >= 10 && (endsSentence || words >= 25) && stopRatio >= minStopRatio;
  }

  /**
   * A text dump writes a teaser's headline and blurb with nothing between them when they were
   * separate inline elements: "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's run was…". Seen as
   * a lower-case run (or ?/!) directly followed by a capital, after at least four words of which
   * nearly all are capitalised, with a sentence following. CamelCase names (iPhone, YouTube,
   * LinkedIn) inside ordinary sentences fail the Title Case test of the words before them.
   */
  static boolean gluedHeadline(String t) {
    if (!mayGlue(t)) {
      return false;
    }
    Matcher m = GLUE.matcher(t);
    while (m.find()) {
      String[] head = t.substring(0, m.start(1)).split("\\s+");
      if (head.length < 4 || head.length > 20) {
        if (head.length > 20) {
          return false;
        }
        continue;
      }
      int caps = 0;
      for (String w : head) {
        if (!w.isEmpty() && (!Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0)))) {
          caps++;
        }
      }
      if (caps >= 0.8 * head.length && Text.countWords(t.substring(m.start(1))) >= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #GLUE} can match at all: an upper-case letter after a lower-case one (or ? !)
   * and before another. A plain scan, much cheaper than the regex, which most lines fail.
   */
  private static boolean mayGlue(String t) {
    for (int i = 1; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (Character.getType(c) == Character.UPPERCASE_LETTER) {
        char before = t.charAt(i - 1);
        if (before == '?' || before == '!' || Character.isSurrogate(before)
            || Character.getType(before) == Character.LOWERCASE_LETTER) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Pattern GLUE = Pattern.compile("(?:\\p{Ll}{3}|[?!])(\\p{Lu}\\p{Ll})");

  boolean isAllCaps() {
    String u = text.toUpperCase(Locale.ROOT);
    return text.equals(u) && !text.toLowerCase(Locale.ROOT).equals(u);
  }

  @Override
  public String toString() {
    return index + ":" + text;
  }
}
