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

  static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|&|\\+|/|\\band\\b|\\bund\\b|\\bet\\b|\\bog\\b|\\boch\\b|\\ben\\b"
          // one-letter conjunctions only in lower case and standing alone: "Bruce Y. Lee" has an initial
          + "|(?-i:(?<=\\s)[yei](?=\\s)))\\s*", FLAGS);

  /** Where the names end: a separator followed by a role, place, agency or date. */
  private static final Pattern TAIL =
      Pattern.compile("\\s+(?:[|•·–—]|-\\s)\\s*.*$|\\s*\\(.*$|\\s+(?:in|aus|from|en|à|em|a|para|for|For|From)\\s+\\p{Lu}.*$"
          // "By Jane Doe with agencies", "Von Jane Doe mit AP": the help of others is no authorship
          + "|\\s+(?:with|mit|avec|con|com|met|med)\\s+\\S.*$");

  private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*\\.?");
  private static final Set<String> PARTICLES =
      Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
          "al", "el", "dos", "das", "ten", "ter", "zu", "y", "mac", "st.");
  /** Articles that lead an outlet's name ("Les Echos", "Die Zeit", "El País"); not "the" ("By The Numbers"). */
  private static final Set<String> OUTLET_ARTICLES =
      Set.of("le", "la", "les", "l'", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "het", "o", "a", "os");

  /**
   * News agencies: kept as authors of the pieces they wrote, as publishers credit them. Short
   * all-capitals tokens after a name ("AFP", "SDA") count as agencies too.
   */
  private static final Set<String> AGENCIES =
      Set.of("ap", "afp", "dpa", "reuters", "associated press", "the associated press", "sda", "keystone-sda",
          "kna", "epd", "apa", "ansa", "efe", "upi", "pa media", "bloomberg", "xinhua", "tass", "anp",
          "belga", "ntb", "ritzau", "anadolu", "yonhap", "kyodo", "jiji", "pti", "ians", "ani",
          "dpa-afx", "europa press", "agence france-presse", "deutsche presse-agentur");

  /** A role glued to the name before it, as dumps join inline elements: "Meg JamesStaff Writer". */
  private static final Pattern GLUED_ROLE =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");

  /**
   * Status words a byline runs on into: "Jane Doe Updated", "NP Posted"; and the author box's
   * buttons set on the name's line: "Jane Doe Follow", "Ola Nordmann Tips meg" (tip me off).
   */
  static final Pattern STATUS_TAIL =
      Pattern.compile("(?:^|\\s+|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))(?:updated|posted|published|aktualisiert|veröffentlicht"
          + "|follow|folgen|suivre|seguir|volg|følg|följ|tips (?:meg|oss)|tipsa (?:mig|oss)|tip (?:me|us)"
          + "|publié|publicado|pubblicato|actualizado|actualizada|aggiornato|atualizado"
          + "|bijgewerkt|gepubliceerd|oppdatert|publisert|opdateret|publiceret|uppdaterad|publicerad"
          + "|aktualizováno|publikováno|zaktualizowano|opublikowano|güncelleme|güncellendi|yayınlanma)\\b.*$", FLAGS);

  /** {@link #STATUS_TAIL}, tried only where one of its words can start (see {@link FastPattern}). */
  private static final FastPattern STATUS_TAIL_FAST = FastPattern.of(STATUS_TAIL);

  /** The line without its first {@link #STATUS_TAIL} match, as {@code replaceFirst("")} gives it. */
  static String cutStatusTail(String line) {
    int[] at = {-1, -1};
    STATUS_TAIL_FAST.forEach(line, m -> {
      at[0] = m.start();
      at[1] = m.end();
      return false;
    });
    return at[0] < 0 ? line : line.substring(0, at[0]) + line.substring(at[1]);
  }

  /** The last word of a job title: "Travel News Reporter", "Landespolitische Korrespondentin". */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?:staff|writers?|correspondent|reporter|editor|columnist|contributor|producer|journalist"
              + "|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|reporter(?:in)?|journalist(?:in)?"
              + "|rédacteur|rédactrice|journaliste|correspon[ds]al|periodista|redattore|redattrice|giornalista"
              + "|verslaggever|journalist|follow"
              + "|director|directora|directeur|directrice|direttore|direttrice|direktor(?:in)?|leiter(?:in)?"
              + "|chefredakteur(?:in)?|redaktør|redaktor|toimittaja)",
          FLAGS);

  /** Words that are job titles or desks, not names. */
  private static final Pattern ROLE =
      Pattern.compile(
          "^(?:staff|staff writer|correspondent|reporter|editor|redaktion|redakteur\\w*|korrespondent\\w*"
              + "|reporters?|writer|contributor|columnist|news desk|newsdesk|team|desk|agency|agencies"
              + "|agentur\\w*|rédaction|redacción|redazione|redactie)$",
          FLAGS);

  /** A byline word after one or two words that name the kind of piece, then a capital. */
  private static final Pattern LED_PREFIX =
      Pattern.compile("^(?:\\p{L}[\\p{L}-]*\\s+){1,2}(?:by|von|par|por|door|af|av|di)\\s+(?=\\p{Lu})",
          Pattern.UNICODE_CASE);

  /** A verb of publishing before the byline word: "Posted by", "Written by", "Publié par", "Geschrieben von". */
  private static final Pattern PUBLISHING_VERB =
      Pattern.compile("^(?:posted|written|published|submitted|geschrieben|verfasst|veröffentlicht|gepostet|publié|écrit"
          + "|posté|publicado|escrito|pubblicato|scritto|postato|geplaatst|geschreven|skrevet|skriven|publicerad)\\s",
          FLAGS);

  /** Words of a link to a section or a start page, before "von" / "of": no byline's lead. */
  private static final Pattern NAVIGATION_LEAD =
      Pattern.compile("(?<![\\p{L}])(?:übersicht|overview|startseite|homepage|accueil|sommaire|portada|inicio|panoramica"
          + "|overzicht|oversikt|översikt|oversigt)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A kind of piece and the byline word on a line of their own ("Kommentar von", "Analysis by"). */
  private static final Pattern LED_BARE_PREFIX =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s+(?:by|von|par|por|door|af|av|di)\\s*:?$",
          Pattern.UNICODE_CASE);

  /**
   * Whether {@code line} is a kind of piece and the byline word alone ("Kommentar von", "Ein
   * Gastbeitrag von", "Analysis by"): the names follow on the next line. A link to a section
   * ("Zur Übersicht von") or a control is not one.
   */
  public static boolean isLedBarePrefix(String line) {
    String t = line.strip();
    return t.length() <= 40 && LED_BARE_PREFIX.matcher(t).matches() && !NAVIGATION_LEAD.matcher(t).find()
        && !ChromeLexicon.hasUiControl(t);
  }

  /** A byline word alone on its line: the names follow on the next lines. */
  static final Pattern BARE_PREFIX =
      Pattern.compile("^(?:by|von|par|por|door|af|av|di|text|texte|autor|autorin|author|written by"
          + "|(?:authors?|autor(?:in|en)?|auteurs?|autore|autori)\\b[^.!?]{0,30}:)\\s*:?$", FLAGS);

  /** Separators between names in a bare byline, or between the names and the site or date. */
  private static final Pattern SEGMENTS = Pattern.compile("\\s*\\|\\s*|\\s+[·•/]\\s+");

  /** A relative time after the names, maybe glued to them: "Jane Doe5 hours ago", "Jane Doe 7 hours". */
  private static final Pattern RELATIVE_TAIL =
      Pattern.compile("\\s*\\d+\\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?|minuten|stunden|tagen?"
          + "|heures?|jours?|horas?|días|dias|ore|giorni|uur|dagen|timer|dager|dagar|timmar)\\b.*$", FLAGS);

  /** What may stand between a date and the names after it: a time, its label, separators. */
  private static final Pattern AFTER_DATE =
      Pattern.compile("^(?:[\\s,;:|•·–—/-]|um|at|à|a las|alle|às|kl\\.?|uhr|h\\b|\\d{1,2}[:.h]\\d{2}|[ap]\\.?m\\.?)*", FLAGS);

  private BylineParser() {}

  /**
   * Authors named by a line that starts with a byline word ("By", "Von", "Par"…), or null if the
   * line is not such a byline.
   */
  public static List<String> parsePrefixed(String line, Set<String> stopwords) {
    Matcher m = ChromeLexicon.BYLINE_PREFIX.matcher(line);
    boolean led = false;
    if (!m.find()) {
      // "Kommentar von …", "Analysis by …", "Posted by …": a word or two before the byline word
      m = LED_PREFIX.matcher(line);
      if (line.length() > 100 || !m.find() || NAVIGATION_LEAD.matcher(line.substring(0, m.end())).find()
          || ChromeLexicon.hasUiControl(line.substring(0, m.end()))) {
        // "Zur Übersicht von Play SRF", "Back to overview of …": a link to a section, not a byline
        return null;
      }
      // "Posted by Harbourcat": a verb of publishing leads the byline word, a one-word name may follow
      led = !PUBLISHING_VERB.matcher(line.substring(0, m.end())).lookingAt();
    }
    if (line.length() > 200) {
      return null;
    }
    // after words that lead the byline word ("Kommentar von Jane Doe"), a name of two words at
    // least: a single capitalised word there is rather a noun of a sentence or a subheading
    // ("Anwohner berichten von Lärm", "Zunahme von Stürmen", "Le strade di Napoli")
    List<String> names = names(line.substring(m.end()), stopwords, led ? 2 : 1);
    if (names.isEmpty()) {
      // "By admin - 2018-09-16", "von redaktion | 3. Mai 2024": a user name in lower case, then
      // the date ("By subject" alone is a menu's item)
      Matcher h = HANDLE_BYLINE.matcher(line.substring(m.end()));
      if (h.matches() && !stopwords.contains(h.group(1)) && !ROLE.matcher(h.group(1)).matches()
          && DateExtractor.find(line, null) != null) {
        return List.of(h.group(1));
      }
    }
    return names.isEmpty() ? null : names;
  }

  /** A user name in lower case after the byline word, then the date (maybe after a separator). */
  private static final Pattern HANDLE_BYLINE =
      Pattern.compile("\\s*([\\p{Ll}][\\p{Ll}\\d_.-]{2,19})\\s*[-|•·–—,]?\\s*\\d.*$");

  /**
   * Authors if the whole line is one to four person names and nothing else (no byline word), or
   * null. Single-word names are not accepted without a byline word.
   */
  public static List<String> parseBare(String line, Set<String> stopwords) {
    if (line.length() > 120 || line.isEmpty()) {
      return null;
    }
    DateExtractor.Found d = DateExtractor.find(line, null);
    if (d != null) {
      // "Chris Davies - Nov 19, 2019, 10:31 pm CST": the name before the date; "9. Mai 2025 um
      // 15:46 Uhr / Jane Doe": the name after it
      String head = line.substring(0, d.start).replaceAll("[\\s,;:|•·–—/-]+$", "").strip();
      List<String> names = head.isEmpty() ? null : parseBare(head, stopwords);
      if (names == null) {
        String tail = AFTER_DATE.matcher(line.substring(d.end)).replaceFirst("").strip();
        if (!tail.isEmpty() && tail.length() < line.strip().length()) {
          names = parsePrefixed(tail, stopwords);
          if (names == null) {
            names = parseBare(tail, stopwords);
          }
        }
      }
      return names;
    }
    if (!Character.isUpperCase(line.codePointAt(0))) {
      return null;
    }
    line = cutHandle(line.strip());
    String[] segments = mayHold(line, "|·•/") ? SEGMENTS.split(line) : new String[] {line};
    if (segments.length > 1) {
      // "Jane Doe | John Roe", "Jane Doe · Site · Posted: …": the leading segments that are names
      List<String> out = new ArrayList<>();
      for (String seg : segments) {
        if (out.isEmpty() && isDateOrTime(seg)) {
          // "Do 25.04.24 | 14:07 Uhr | Von Jane Doe": the date segments before the byline
          continue;
        }
        List<String> n = seg.isBlank() ? null : parsePrefixed(seg, stopwords);
        if (n == null && !seg.isBlank()) {
          n = parseBare(seg, stopwords);
        }
        if (n == null) {
          break;
        }
        out.addAll(n);
      }
      return out.isEmpty() || out.size() > 4 ? null : out;
    }
    // "Jane Doe, John Roe (special envoy)": a role or place in brackets after the names
    if (line.indexOf(')') >= 0) {
      line = ROLE_IN_BRACKETS.matcher(line).replaceFirst("");
    }
    if (line.isEmpty()) {
      return null;
    }
    String rest = cutStatusTail(cutGluedRole(line.strip()));
    String[] parts = split(mayHold(rest, "0123456789") ? RELATIVE_TAIL.matcher(rest).replaceFirst("") : rest);
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      String[] words = p.strip().split("\\s+");
      if (!out.isEmpty() && words.length >= 2 && ROLE_WORD.matcher(words[words.length - 1]).matches()) {
        // "Jane Doe, AP Science Writer": the job title of the names before it, as after a byline word
        break;
      }
      String n = name(p.strip(), stopwords, 2);
      if (n == null && !out.isEmpty() && isAgency(p.strip())) {
        // "Adam Vidler and AP"
        n = p.strip();
      }
      if (n == null) {
        return null;
      }
      out.add(n);
    }
    return out.isEmpty() || out.size() > 4 ? null : out;
  }

  /** Capitalised words, maybe led by an article or joined by a short word: a desk's or a site's name. */
  private static final Pattern LABELLED_AUTHOR =
      Pattern.compile("^\\p{Lu}[\\p{L}'’&.-]*(?:\\s+[\\p{L}'’&.-]+){0,4}$");

  /**
   * The line as an author's name when a label on the line above says it is one ("Author:"): up to
   * five words, the first capitalised, no digits and no sentence ("The Harbour Desk"); else null.
   */
  public static String labelledAuthor(String line) {
    String t = line.strip();
    if (t.length() > 60 || !LABELLED_AUTHOR.matcher(t).matches() || t.endsWith(".")) {
      return null;
    }
    int caps = 0;
    for (String w : t.split("\\s+")) {
      caps += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
    }
    return 2 * caps >= t.split("\\s+").length ? t : null;
  }

  /** Brackets that close the line, after some text: "(Enviado especial)", "(Reuters)". */
  private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("(?<=\\S)\\s*\\([^()]{1,40}\\)\\s*$");

  /**
   * Names after a byline word that stood alone on the line above ("By" / "Al Root"): the word
   * says the line is a byline, so a name of a particle and one word counts as it does after "By
   * Al Root". A line of one word needs the usual test (it may be a section label). Null if the
   * line is not names.
   */
  public static List<String> parseAfterBylineWord(String line, Set<String> stopwords) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 120 || t.split("\\s+").length < 2 || !Character.isUpperCase(t.codePointAt(0))) {
      return parseBare(line, stopwords);
    }
    List<String> names = names(t, stopwords, 1);
    return names.isEmpty() ? null : names;
  }

  /**
   * Names set in capitals on a line of their own ("JANE DOE", "JANE DOE, SITE NAME"), for a line
   * the layout shows is a byline (the date line under it): as after a byline word. Null unless
   * every letter is a capital and the first name has two words or more (a one-word line in
   * capitals is rather a section's label).
   */
  public static List<String> parseCapitals(String line, Set<String> stopwords) {
    String t = line.strip();
    if (t.isEmpty() || !t.equals(t.toUpperCase(Locale.ROOT)) || t.equals(t.toLowerCase(Locale.ROOT))) {
      return null;
    }
    List<String> n = parseAfterBylineWord(t, stopwords);
    return n == null || n.get(0).split("\\s+").length < 2 ? null : n;
  }

  /**
   * Authors from a meta line of segments ("News, Top Story | Published: 5 hours ago | Written by
   * Jane Doe"): the first segment that is a byline with its byline word. Null when none is.
   */
  public static List<String> parsePrefixedSegment(String line, Set<String> stopwords) {
    if (line.length() > 300 || line.indexOf('|') < 0) {
      return null;
    }
    for (String seg : line.split("\\s*\\|\\s*")) {
      if (!seg.isBlank() && ChromeLexicon.BYLINE_PREFIX.matcher(seg.strip()).lookingAt()) {
        List<String> n = parsePrefixed(seg.strip(), stopwords);
        if (n != null) {
          return n;
        }
      }
    }
    return null;
  }

  /** A line between names set one a line that only separates them: ",", "&", "…", "and", "und". */
  private static final Pattern NAME_LIST_SEPARATOR =
      Pattern.compile("^[\\s,;&+/…·.]*(?:and|und|et|y|e|en|og|och|i|a)?[\\s,;&+/…·.]*$", FLAGS);
  /**
   * What follows the name on a line of a name list: the separator to the next name, and a note
   * number glued to the name ("Jane Doe1,", "John Roe &", "Ann Poe and").
   */
  private static final Pattern NAME_LIST_TAIL =
      Pattern.compile("(?:(?<=\\p{L})\\d{1,2})?\\s*(?:[,;&+]|\\s(?:and|und|et|y|en|og|och))?\\s*$", FLAGS);

  /** Whether the line only separates the names of a list set one a line. */
  public static boolean isNameListSeparator(String line) {
    return NAME_LIST_SEPARATOR.matcher(line).matches();
  }

  /** A line of a name list set one a line without its separator and glued note number. */
  public static String nameListItem(String line) {
    return NAME_LIST_TAIL.matcher(line.strip()).replaceFirst("");
  }

  /** A label that names the text's source: "Quelle:", "Source:", "Fuente:". */
  private static final Pattern SOURCE_LABEL =
      Pattern.compile("^(?:quelle|source|fuente|fonte|bron|kilde|källa|lähde|źródło)\\s*:\\s*", FLAGS);

  /** An editor's initials after an agency's credit: "jr", "sep", "red". */
  private static final Pattern EDITOR_INITIALS = Pattern.compile("\\p{Ll}{2,4}");

  /** Separators between an agency and the place or names after it. */
  private static final Pattern AGENCY_PARTS = Pattern.compile("\\s*,\\s*");

  /**
   * A line that credits a news agency as the author: the agency's name alone or with the place it
   * reported from, a date, or a reporter's name ("REUTERS", "Reuters, Washington,", "AFP November
   * 18, 2019 11:03 PM", "dpa, Jane Doe"). The agency, then the names of persons; places (one word)
   * are dropped. Null when the line does not start with a known agency or holds anything else.
   */
  public static List<String> agencyByline(String line, Set<String> stopwords) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 80) {
      return null;
    }
    DateExtractor.Found d = DateExtractor.find(t, null);
    if (d != null) {
      if (d.start == 0) {
        return null;
      }
      t = t.substring(0, d.start);
    }
    t = t.replaceAll("[\\s,;:|•·–—-]+$", "").strip();
    if (t.indexOf(':') > 0) {
      // "Quelle: dpa", "Source: Reuters", "Bron: Belga": the text's source, maybe with the
      // agency's service after it ("dpa Sport")
      Matcher m = SOURCE_LABEL.matcher(t);
      if (m.lookingAt()) {
        String[] w = t.substring(m.end()).strip().split("\\s+");
        for (int k = Math.min(3, w.length); k >= 1 && w.length - k <= 1; k--) {
          String a = String.join(" ", java.util.Arrays.copyOf(w, k));
          if (AGENCIES.contains(a.toLowerCase(Locale.ROOT))) {
            return List.of(a);
          }
        }
        return null;
      }
    }
    if (t.indexOf('/') > 0 && t.indexOf(' ') < 0) {
      // "dpa/jr", "SDA/sep", "dpa/AFP/red": agencies and the editor's initials in small letters
      List<String> out = new ArrayList<>();
      for (String p : t.split("/")) {
        if (AGENCIES.contains(p.toLowerCase(Locale.ROOT))) {
          out.add(p);
        } else if (out.isEmpty() || !EDITOR_INITIALS.matcher(p).matches()) {
          return null;
        }
      }
      return out;
    }
    String[] parts = AGENCY_PARTS.split(t);
    if (parts.length == 0 || !AGENCIES.contains(parts[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      String[] toks = p.split("\\s+");
      if (toks.length == 1 && NAME_TOKEN.matcher(p).matches()) {
        // the dateline's place
        continue;
      }
      String n = name(p, stopwords, 2);
      if (n == null) {
        return null;
      }
      out.add(n);
    }
    return out;
  }

  private static final Pattern TIME_ONLY =
      Pattern.compile("^\\p{L}{0,3}\\.?\\s*\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h|[ap]\\.?m\\.?)?$", FLAGS);

  /** A segment that is only a date (with a weekday or time) or only a clock time. */
  private static boolean isDateOrTime(String seg) {
    String t = seg.strip();
    if (TIME_ONLY.matcher(t).matches()) {
      return true;
    }
    DateExtractor.Found d = DateExtractor.find(t, null);
    return d != null && PageParser.letterWords(t.substring(0, d.start) + " " + t.substring(d.end)) <= 1;
  }

  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern MAIL_TAIL = Pattern.compile("\\s+\\S+@\\S+\\.\\S+.*$");
  private static final Pattern HANDLE_TAIL = Pattern.compile("\\s*@.*$");

  /**
   * The text without a social media handle or a mail address after the names: "Jane Doe@janedoe
   * Nov 18", "Jane Doe jdoe@paper.com (555) 123".
   */
  /** A social network's name glued to the name before it: "Jane DoeTwitter", "Jo RoeLinkedIn". */
  private static final Pattern GLUED_SOCIAL =
      Pattern.compile("(?<=\\p{Ll})(?:Twitter|Facebook|Instagram|LinkedIn|Bluesky|Threads|Mastodon|Email|E-Mail)(?![\\p{Ll}]).*$");

  /** An outlet's name glued to the name before it: "Jane DoeThe Harbor Ledger", "Jane DoeHLBusiness". */
  private static final Pattern GLUED_OUTLET = Pattern.compile("(?<=\\p{Ll})(?:The\\s+\\p{Lu}|\\p{Lu}{2,}\\p{Ll}).*$");

  static String cutHandle(String s) {
    boolean glued = hasGlue(s);
    if (glued) {
      s = GLUED_OUTLET.matcher(s).replaceFirst("");
    }
    if (s.indexOf('@') < 0) {
      return (glued ? GLUED_SOCIAL.matcher(s).replaceFirst("") : s).strip();
    }
    return HANDLE_TAIL.matcher(MAIL_TAIL.matcher(s).replaceFirst("")).replaceFirst("").strip();
  }

  /** The text without stopwords at its end: "Jane Doe on" (before "on 11/13/19") gives "Jane Doe". */
  private static String cutTrailingStopwords(String s, Set<String> stopwords) {
    String r = s;
    while (true) {
      int sp = r.lastIndexOf(' ');
      if (sp < 0 || !stopwords.contains(r.substring(sp + 1).toLowerCase(Locale.ROOT))) {
        return r;
      }
      r = r.substring(0, sp).strip();
    }
  }

  private static List<String> names(String rest, Set<String> stopwords, int minTokens) {
    String r = cutHandle(rest.strip());
    DateExtractor.Found d = DateExtractor.find(r, null);
    if (d != null) {
      r = cutTrailingStopwords(r.substring(0, d.start).strip(), stopwords);
    }
    r = TAIL.matcher(r).replaceFirst("").strip();
    r = cutStatusTail(cutGluedRole(r)).strip();
    r = r.replaceAll("[\\s,;:|•·–—-]+$", "").strip();
    List<String> out = new ArrayList<>();
    for (String p : split(r)) {
      String s = p.strip();
      if (s.isEmpty() || ROLE.matcher(s).matches()) {
        continue;
      }
      if (isAgency(s)) {
        out.add(s);
        continue;
      }
      String[] words = s.split("\\s+");
      if (!out.isEmpty() && words.length >= 2 && ROLE_WORD.matcher(words[words.length - 1]).matches()) {
        // "Jane Doe, AP Science Writer": the job title of the names before it
        break;
      }
      String agency = trailingAgency(s);
      if (agency != null && !out.isEmpty()) {
        // "By Jane Doe and John Roe The Associated Press": the agency's credit glued to the last
        // name, as the publisher's label, not a further author
        s = s.substring(0, s.length() - agency.length()).strip();
      }
      // after the first name, a single word ("Reuters", "Frankfurt") is an agency or a place;
      // after the byline word a later name may be set in capitals as the first one ("By JANE DOE
      // and JOHN ROE", "Von: Jana PETERSEN, Karl MUSTER")
      String n = name(s, stopwords, out.isEmpty() ? minTokens : Math.max(2, minTokens), true);
      if (n == null && out.isEmpty() && DESK.matcher(s).matches()) {
        // "Von Welle24 Redaktion", "Por Redacción Canal9": after the byline word, a newsroom's
        // desk, the outlet's name maybe with digits, which no person's name has
        n = s;
      }
      if (n == null) {
        // Once a part is not a name, the rest is a role or prose: stop there.
        break;
      }
      out.add(n);
    }
    return out.size() > 6 ? new ArrayList<>() : out;
  }

  /** A word of an outlet's name: a capital or a digit first, letters and digits ("Welle24", "9Live"). */
  private static final String OUTLET_WORD = "[\\p{Lu}\\d][\\p{L}\\d.&'’-]*";

  /**
   * A newsroom's desk as the byline names it: the outlet's name (up to three words) and the desk
   * word, or the desk word and the outlet's name: "Welle24 Redaktion", "Redazione Cronaca24",
   * "Redacción Canal9", "Metro Desk".
   */
  private static final Pattern DESK =
      Pattern.compile("^(?:(?:" + OUTLET_WORD + "\\s+){1,3}(?i:redaktion|newsroom|newsdesk|desk|staff|team)"
          + "|(?i:redaktion|redazione|redacción|redação|rédaction|redactie|redaksjon|newsroom)(?:\\s+" + OUTLET_WORD + "){1,3})$");

  /** An all-capitals short token (AFP, SDA) or a known agency: not a person, but kept. */
  static boolean isAgency(String s) {
    return s.length() >= 2 && s.length() <= 5 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.contains(" ")
        && s.chars().allMatch(Character::isLetter)
        || AGENCIES.contains(s.toLowerCase(Locale.ROOT));
  }

  /** The dash or bar between a name and the job title after it: "Jane Doe – Reporter". */
  private static final Pattern NAME_ROLE_DASH = Pattern.compile("\\s+[–—|-]\\s+");

  /**
   * The person's name of a line that is the name, a dash and the job title ("Jane Doe –
   * Reporter", "Jana Petersen – Redakteurin Politik", "Ola Nordmann – Journalist i Oslo"), as an
   * author's card sets it: the title says the name is the writer's. The first or second word after
   * the dash is a job title's word. Null for any other line.
   */
  public static String nameWithRole(String line, Set<String> stopwords) {
    String t = line.strip();
    if (t.length() > 100 || t.indexOf(' ') < 0) {
      return null;
    }
    Matcher d = NAME_ROLE_DASH.matcher(t);
    if (!d.find()) {
      return null;
    }
    String[] after = t.substring(d.end()).split("\\s+");
    if (!ROLE_WORD.matcher(after[0]).matches() && !(after.length > 1 && ROLE_WORD.matcher(after[1]).matches())) {
      return null;
    }
    return name(t.substring(0, d.start()), stopwords, 2);
  }

  /** A line that is only a known agency's name ("AFP", "The Associated Press"), or null. */
  public static String bareAgency(String line) {
    String t = line.strip();
    return AGENCIES.contains(t.toLowerCase(Locale.ROOT)) ? t : null;
  }

  /** The text without a role glued to its last name: "Meg JamesStaff Writer" gives "Meg James". */
  /**
   * Words for a reporter or editor that follow the name in Korean, Japanese and Chinese bylines
   * ("홍길동 기자", "山田太郎記者", "李明 记者"), or precede the names with a colon ("记者：张三",
   * "责编：李四、王五", "文／山田").
   */
  private static final String CJK_ROLES =
      "기자|특파원|선임기자|전문기자|객원기자|통신원|논설위원|앵커|記者|特派員|编辑|編集委員|論説委員|记者|特派员|通讯员|撰稿人";

  private static final Pattern CJK_ROLE_AFTER =
      Pattern.compile(
          "(?:^|[\\s,，、·=(（\\[【])((?:\\p{IsHangul}{2,4})|(?:\\p{IsHan}{2,4})|(?:\\p{IsHan}{1,3} \\p{IsHan}{1,3}))"
              + " ?(?:" + CJK_ROLES + ")(?=$|[\\s,，、·)）\\]】=]|\\S+@)");
  private static final Pattern CJK_ROLE_BEFORE =
      Pattern.compile(
          "(?:责任编辑|责编|编辑|记者|作者|撰文|文|取材|執筆|글|기자|사진)\\s*[：:／/]\\s*"
              + "((?:\\p{IsHan}|\\p{IsHangul}){2,4}(?:\\s*[、，,/／ ]\\s*(?:\\p{IsHan}|\\p{IsHangul}){2,4}){0,5})");
  /** Last characters of Chinese and Japanese names of organisations: agency, station, paper, site. */
  private static final String ORGANISATION_END = "社台报報网網部局院会會团團";
  private static final Pattern CJK_NAME_SPLIT = Pattern.compile("\\s*[、，,/／ ]\\s*");

  /** A label alone on its line that says the next line is the writer: "この記事の筆者", "作者：", "글쓴이". */
  private static final Pattern CJK_AUTHOR_LABEL =
      Pattern.compile("^(?:(?:この記事の)?(?:筆者|執筆者|著者)|本文作者|作者|글쓴이|필자|작성자)\\s*[:：]?$");
  /** A Korean, Chinese or Japanese person's name alone: "松岡大地", "大渡 美咲", "김민준". */
  private static final Pattern CJK_NAME =
      Pattern.compile("^(?:\\p{IsHangul}{2,4}|\\p{IsHan}{2,4}|\\p{IsHan}{1,3} \\p{IsHan}{1,3})$");

  /**
   * The name on {@code next} when {@code label} is a writer's label of its own ("この記事の筆者" /
   * "松岡大地", "作者" / "王小明", "글쓴이" / "김민준"), as an author's box sets them; else null.
   */
  public static String cjkLabelledName(String label, String next) {
    String l = label.strip();
    if (l.isEmpty() || l.length() > 8 || !CJK_AUTHOR_LABEL.matcher(l).matches()) {
      return null;
    }
    String n = next.strip();
    return n.length() <= 9 && CJK_NAME.matcher(n).matches()
        && ORGANISATION_END.indexOf(n.charAt(n.length() - 1)) < 0 ? n : null;
  }

  /**
   * Names from a Korean, Japanese or Chinese byline with its role word: "순천 홍길동 기자
   * gildong@paper.kr" gives [홍길동]; "(责编：李明、王芳)" gives [李明, 王芳]. Only short lines (a
   * byline, not a sentence that names a reporter); null when the line holds none.
   */
  public static List<String> parseCjkRole(String line) {
    if (line.length() > 80) {
      return null;
    }
    List<String> out = new ArrayList<>();
    Matcher b = CJK_ROLE_BEFORE.matcher(line);
    if (b.find()) {
      for (String n : CJK_NAME_SPLIT.split(b.group(1).strip())) {
        if (n.codePointCount(0, n.length()) >= 2 && !out.contains(n)) {
          out.add(n);
        }
      }
      return out.isEmpty() ? null : out;
    }
    Matcher a = CJK_ROLE_AFTER.matcher(line);
    while (a.find()) {
      String n = a.group(1).strip();
      // "新华社记者", "本报记者": an agency or paper's reporter, not a name
      if (ORGANISATION_END.indexOf(n.charAt(n.length() - 1)) >= 0 || n.startsWith("本")) {
        continue;
      }
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    // a byline holds little besides names, roles, places and an address
    return out.isEmpty() || line.replaceAll("\\S+@\\S+", "").length() > 12 * out.size() + 24 ? null : out;
  }

  static String cutGluedRole(String s) {
    if (!hasGlue(s)) {
      return s;
    }
    String[] parts = GLUED_ROLE.split(s, -1);
    if (parts.length < 2) {
      return s;
    }
    StringBuilder head = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String rest = String.join("", java.util.Arrays.copyOfRange(parts, i, parts.length)).strip();
      String[] restWords = rest.split("\\s+");
      if (ROLE.matcher(rest).matches() || ROLE.matcher(restWords[0]).matches()
          || (restWords.length <= 3 && ROLE_WORD.matcher(restWords[restWords.length - 1]).matches())) {
        return head.toString().strip();
      }
      head.append(parts[i]);
    }
    return s;
  }

  /**
   * Whether a small letter stands right before a capital somewhere in {@code s}: what {@link
   * #GLUED_OUTLET}, {@link #GLUED_SOCIAL} and {@link #GLUED_ROLE} all need to match, so most lines
   * skip those three regexes (each a look-behind tried at every position).
   */
  static boolean hasGlue(String s) {
    int prev = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int type = Character.getType(c);
      if (prev == Character.LOWERCASE_LETTER && type == Character.UPPERCASE_LETTER) {
        return true;
      }
      prev = type;
      i += Character.charCount(c);
    }
    return false;
  }

  /** The words {@link #SPLIT} splits at. */
  private static final String[] SPLIT_WORDS = {"and", "und", "et", "og", "och", "en"};

  /** {@code SPLIT.split(s)}, without running the regex over a line it cannot split. */
  static String[] split(String s) {
    return maySplit(s) ? SPLIT.split(s) : new String[] {s};
  }

  /**
   * Whether {@link #SPLIT} may match in {@code s}: a separator character, a lower-case y, e or i
   * between spaces, or one of {@link #SPLIT_WORDS} (any case) with no ASCII letter, digit or
   * underscore on either side. Never false where the regex matches; true at a few places where it
   * does not (a word beside a non-ASCII letter), and then the regex decides.
   */
  static boolean maySplit(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == '&' || c == '+' || c == '/') {
        return true;
      }
      if ((c == 'y' || c == 'e' || c == 'i') && i > 0 && i + 1 < n && Character.isWhitespace(s.charAt(i - 1))
          && Character.isWhitespace(s.charAt(i + 1))) {
        return true;
      }
      if (i == 0 || !asciiWordChar(s.charAt(i - 1))) {
        for (String w : SPLIT_WORDS) {
          int end = i + w.length();
          if (s.regionMatches(true, i, w, 0, w.length()) && (end == n || !asciiWordChar(s.charAt(end)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean asciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Whether {@code s} holds one of {@code chars}: a pattern that needs one is not tried without. */
  private static boolean mayHold(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Two capitals and a small letter inside a token: a word in capitals glued to the next. */
  private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Lu}{2}\\p{Ll}");

  /**
   * The known agency's name that ends {@code s} after at least two other words ("Jo Roe The
   * Associated Press" gives "The Associated Press"), or null.
   */
  static String trailingAgency(String s) {
    String[] w = s.split("\\s+");
    for (int k = Math.min(3, w.length - 2); k >= 1; k--) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - k, w.length));
      if (AGENCIES.contains(tail.toLowerCase(Locale.ROOT))) {
        return tail;
      }
    }
    return null;
  }

  /** The text as a name if it is 1..5 capitalised tokens (particles allowed), else null. */
  static String name(String s, Set<String> stopwords, int minTokens) {
    return name(s, stopwords, minTokens, false);
  }

  /**
   * As {@link #name(String, Set, int)}; {@code afterBylineWord}: the text follows a byline word,
   * so words in capitals are a name set in capitals, not a heading.
   */
  static String name(String s, Set<String> stopwords, int minTokens, boolean afterBylineWord) {
    String[] toks = s.split("\\s+");
    if (toks.length >= 3 && ROLE_WORD.matcher(toks[toks.length - 1]).matches()
        && !toks[toks.length - 1].equalsIgnoreCase("staff")) {
      // "Amy Gibbons Political Correspondent": the name is the first two words, three after an
      // initial or a particle ("Bruce Y. Lee Senior Contributor"); "Harbour Press Editorial
      // Staff" is how a site signs its pieces, kept whole
      int keep = toks.length >= 4 && (INITIAL.matcher(toks[1]).matches()
          || PARTICLES.contains(toks[1].toLowerCase(Locale.ROOT))) ? 3 : 2;
      toks = java.util.Arrays.copyOf(toks, keep);
      s = String.join(" ", toks);
    }
    if (toks.length >= 4 && toks.length % 2 == 0) {
      // "Jane Doe Jane Doe": the portrait's alt text glued to the name
      String half = String.join(" ", java.util.Arrays.copyOf(toks, toks.length / 2));
      if (half.equals(String.join(" ", java.util.Arrays.copyOfRange(toks, toks.length / 2, toks.length)))) {
        toks = half.split(" ");
        s = half;
      }
    }
    if (toks.length < minTokens || toks.length > 5 || s.length() > 60
        || (toks.length >= 2 && ROLE_WORD.matcher(toks[toks.length - 1]).matches()
            && !toks[toks.length - 1].equalsIgnoreCase("staff"))) {
      // "News Reporter" is a job title, not a name ("Site Staff" is how sites sign their pieces)
      return null;
    }
    int caps = 0;
    for (String t : toks) {
      String lower = t.toLowerCase(Locale.ROOT);
      if (PARTICLES.contains(lower)
          || afterBylineWord && t == toks[0] && toks.length >= 2 && OUTLET_ARTICLES.contains(lower)) {
        // "Par Les Echos", "Von Die Zeit": after a byline word, an article leads an outlet's name
        continue;
      }
      if (!NAME_TOKEN.matcher(t).matches() || GLUED_WORDS.matcher(t).find()) {
        // "ESTUpdated": two words glued by the dump, not a name
        return null;
      }
      if (stopwords.contains(lower) && t.length() > 1
          && !(afterBylineWord && t == toks[toks.length - 1] && toks.length >= 2
              && !stopwords.contains(toks[0].toLowerCase(Locale.ROOT)))) {
        // after a byline word, a family name that is also a common word ends the name: "By
        // Xiaoying You", "Par Anh Ma"
        return null;
      }
      // ALL-CAPS words longer than 3 letters are headings or agencies, not names; after a byline
      // word ("By JANE DOE") they are a name set in capitals.
      if (minTokens > 1 && !afterBylineWord && t.length() > 3 && t.equals(t.toUpperCase(Locale.ROOT))
          && !t.endsWith(".")) {
        return null;
      }
      caps++;
    }
    boolean word = false;
    for (String t : toks) {
      word |= t.codePoints().filter(Character::isLetter).count() >= 2;
    }
    // "A- A+" (the font size control) has no word
    return word && (caps >= Math.min(minTokens, 2) || (minTokens == 1 && caps == 1)) ? s : null;
  }
}
