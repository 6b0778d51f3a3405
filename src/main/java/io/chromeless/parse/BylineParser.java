package io.chromeless.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from a byline: "By Jane Doe and John Roe", "Von Anna Beispiel", "Jane Doe,
 * John Roe | Reuters", or a line that is only a name. Roles, places and agency suffixes are cut
 * off; what remains must look like person names (capitalised words, name particles allowed).
 */
public final class BylineParser {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|&|\\+|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bog\\b|\\boch\\b|\\ben\\b|\\bi\\b)\\s*", FLAGS);

  /** Where the names end: a separator followed by a role, place, agency or date. */
  private static final Pattern TAIL =
      Pattern.compile("\\s+(?:[|•·–—]|-\\s)\\s*.*$|\\s*\\(.*$|\\s+(?:in|aus|from|en|à|em|a|para|for)\\s+\\p{Lu}.*$");

  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*\\.?");
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
          "al", "el", "dos", "das", "ten", "ter", "zu", "y", "mac", "st.");
  /** Words that are job titles or desks, not names. */
  private static final Pattern ROLE =
      Pattern.compile(
          "^(?:staff|staff writer|correspondent|reporter|editor|redaktion|redakteur\\w*|korrespondent\\w*"
              + "|reporters?|writer|contributor|columnist|news desk|newsdesk|team|desk|agency|agencies"
              + "|agentur\\w*|rédaction|redacción|redazione|redactie|the associated press|associated press)$",
          FLAGS);

  /** A byline word after one or two words that name the kind of piece, then a capital. */
  private static final Pattern LED_PREFIX =
      Pattern.compile("^(?:\\p{L}[\\p{L}-]*\\s+){1,2}(?:by|von|par|por|door|af|av|di)\\s+(?=\\p{Lu})",
          Pattern.UNICODE_CASE);

  /** A byline word alone on its line: the names follow on the next lines. */
  static final Pattern BARE_PREFIX =
      Pattern.compile("^(?:by|von|par|por|door|af|av|di|text|texte|autor|autorin|author|written by)\\s*:?$", FLAGS);

  /** Separators between names in a bare byline, or between the names and the site or date. */
  private static final Pattern SEGMENTS = Pattern.compile("\\s+[|·•]\\s+");

  private BylineParser() {}

  /**
   * Authors named by a line that starts with a byline word ("By", "Von", "Par"…), or null if the
   * line is not such a byline.
   */
  public static List<String> parsePrefixed(String line, Set<String> stopwords) {
    Matcher m = ChromeLexicon.BYLINE_PREFIX.matcher(line);
    if (!m.find()) {
      // "Kommentar von …", "Analysis by …", "Posted by …": a word or two before the byline word
      m = LED_PREFIX.matcher(line);
      if (line.length() > 100 || !m.find()) {
        return null;
      }
    }
    if (line.length() > 200) {
      return null;
    }
    List<String> names = names(line.substring(m.end()), stopwords, 1);
    return names.isEmpty() ? null : names;
  }

  /**
   * Authors if the whole line is one to four person names and nothing else (no byline word), or
   * null. Single-word names are not accepted without a byline word.
   */
  public static List<String> parseBare(String line, Set<String> stopwords) {
    if (line.length() > 120 || line.isEmpty() || !Character.isUpperCase(line.codePointAt(0))) {
      return null;
    }
    String[] segments = SEGMENTS.split(line.strip());
    if (segments.length > 1) {
      // "Jane Doe | John Roe", "Jane Doe · Site · Posted: …": the leading segments that are names
      List<String> out = new ArrayList<>();
      for (String seg : segments) {
        List<String> n = seg.isBlank() ? null : parseBare(seg, stopwords);
        if (n == null) {
          break;
        }
        out.addAll(n);
      }
      return out.isEmpty() || out.size() > 4 ? null : out;
    }
    String[] parts = SPLIT.split(line.strip());
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      String n = name(p.strip(), stopwords, 2);
      if (n == null) {
        return null;
      }
      out.add(n);
    }
    return out.isEmpty() || out.size() > 4 ? null : out;
  }

  private static List<String> names(String rest, Set<String> stopwords, int minTokens) {
    String r = rest.strip();
    DateExtractor.Found d = DateExtractor.find(r, null);
    if (d != null) {
      r = r.substring(0, d.start).strip();
    }
    r = TAIL.matcher(r).replaceFirst("").strip();
    r = r.replaceAll("[,;:]+$", "").strip();
    List<String> out = new ArrayList<>();
    for (String p : SPLIT.split(r)) {
      String s = p.strip();
      if (s.isEmpty() || ROLE.matcher(s).matches() || isAgency(s)) {
        continue;
      }
      // after the first name, a single word ("Reuters", "Frankfurt") is an agency or a place
      String n = name(s, stopwords, out.isEmpty() ? minTokens : Math.max(2, minTokens));
      if (n == null) {
        // Once a part is not a name, the rest is a role or prose: stop there.
        break;
      }
      out.add(n);
    }
    return out.size() > 6 ? new ArrayList<>() : out;
  }

  /** An all-capitals short token (AFP, dpa) or a known wire suffix: an agency, not a person. */
  private static boolean isAgency(String s) {
    return s.length() <= 5 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.contains(" ")
        || s.equalsIgnoreCase("dpa");
  }

  /** The text as a name if it is 1..5 capitalised tokens (particles allowed), else null. */
  static String name(String s, Set<String> stopwords, int minTokens) {
    String[] toks = s.split("\\s+");
    if (toks.length < minTokens || toks.length > 5 || s.length() > 60) {
      return null;
    }
    int caps = 0;
    for (String t : toks) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (PARTICLES.contains(lower)) {
        continue;
      }
      if (!NAME_TOKEN.matcher(t).matches()) {
        return null;
      }
      if (stopwords.contains(lower) && t.length() > 1) {
        return null;
      }
      // ALL-CAPS words longer than 3 letters are headings or agencies, not names; after a byline
      // word ("By JANE DOE") they are a name set in capitals.
      if (minTokens > 1 && t.length() > 3 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.endsWith(".")) {
        return null;
      }
      caps++;
    }
    return caps >= Math.min(minTokens, 2) || (minTokens == 1 && caps == 1) ? s : null;
  }
}
