package io.chromeless.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in a line of text, in the formats and languages pages use: ISO 8601,
 * "November 20, 2019", "20 November 2019", "3. Mai 2024, 17:47", "20 de noviembre de 2019",
 * "20.11.2019", "11/20/2019", "2019年11月20日".
 *
 * <p>The rule for the timestamp: when the text gives a time with a zone or offset, the instant is
 * converted to UTC; a time without a zone is taken as UTC as written (the page's local time zone
 * is not known from the text); a date alone becomes midnight UTC of that day. Years outside
 * 1990–2100 are ignored.
 *
 * <p>Day or month first: a numeric date whose first or second number is above 12 says its order
 * itself. Otherwise "03/04/2024" with slashes is month first on English pages whose language tag
 * has no region or the US region ("en", "en-US") unless the time after it gives a zone east of
 * UTC ("06/01/2026 - 13:55 GMT+1"), and day first everywhere else, as are dates with dots or
 * dashes. The caller decides the region for the page: {@link #numericOrder} counts the
 * page's unambiguous slash dates, and a page whose own dates are day first (or whose site is in a
 * country that writes day first) reads its ambiguous ones day first too.
 *
 * <p>Relative dates ("3 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "today,
 * 10:30", "gestern, 18:00 Uhr") are read only against the time the page was crawled
 * ({@link #findRelative}): so many seconds, minutes or hours before that instant; so many days or
 * weeks before it, or today or yesterday, as that UTC day (with the clock time given, as written,
 * taken as UTC like any other time without a zone). Without a crawl time they are not read.
 *
 * <p>The page's URL: a day in its path ("/2024/05/17/", "/2024-05-17/", "/20240517/") is read by
 * {@link #fromUrl} as midnight UTC of that day; the parser takes it only when the text's head and
 * lead give no date.
 */
public final class DateExtractor {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  private static void months(String names) {
    String[] parts = names.split(",");
    for (int i = 0; i < parts.length; i++) {
      for (String n : parts[i].split("/")) {
        MONTHS.put(n.strip().toLowerCase(Locale.ROOT), i + 1);
      }
    }
  }

  static {
    // en, de, fr, es, it, pt, nl, sv/da/no, pl, cs, tr, fi: full names and usual abbreviations
    months("january/jan,february/feb,march/mar,april/apr,may,june/jun,july/jul,august/aug,"
        + "september/sep/sept,october/oct,november/nov,december/dec");
    months("januar/jänner/jän,februar/feber,märz/mär,april,mai,juni,juli,august,september,oktober/okt,"
        + "november,dezember/dez");
    months("janvier/janv,février/févr/fevrier,mars,avril/avr,mai,juin,juillet/juil,août/aout,"
        + "septembre,octobre,novembre,décembre/déc/decembre");
    months("enero/ene,febrero,marzo,abril/abr,mayo,junio,julio,agosto/ago,septiembre/setiembre,"
        + "octubre,noviembre,diciembre/dic");
    months("gennaio/gen,febbraio,marzo,aprile,maggio/mag,giugno/giu,luglio/lug,agosto,settembre/set,"
        + "ottobre/ott,novembre,dicembre");
    months("janeiro,fevereiro/fev,março/marco,abril,maio,junho,julho,agosto,setembro,outubro/out,"
        + "novembro,dezembro");
    months("januari,februari,maart/mrt,april,mei,juni,juli,augustus,september,oktober,november,december");
    months("januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december");
    months("januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december");
    months("stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia");
    months("ledna,února,března,dubna,května,června,července,srpna,září,října,listopadu,prosince");
    months("ocak,şubat,mart,nisan,mayıs,haziran,temmuz,ağustos,eylül,ekim,kasım,aralık");
    months("tammikuuta,helmikuuta,maaliskuuta,huhtikuuta,toukokuuta,kesäkuuta,heinäkuuta,elokuuta,"
        + "syyskuuta,lokakuuta,marraskuuta,joulukuuta");
    // ru and uk (genitive, as dates write them), id and ms
    months("января,февраля,марта,апреля,мая,июня,июля,августа,сентября,октября,ноября,декабря");
    months("січня,лютого,березня,квітня,травня,червня,липня,серпня,вересня,жовтня,листопада,грудня");
    months("januari,februari,maret/mac,april,mei,juni,juli,agustus/ogos,september,oktober,november,"
        + "desember/disember");
  }

  private static final String MONTH_RE;

  static {
    StringBuilder b = new StringBuilder();
    MONTHS.keySet().stream()
        .sorted((x, y) -> y.length() - x.length())
        .forEach(m -> b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(m)));
    MONTH_RE = "(" + b + ")";
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NB = "(?<![\\p{L}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{N}])";
  /** Before a leading day number only digits matter: dumps glue labels to dates ("Publiziert17. Mai"). */
  private static final String NB_DIGIT = "(?<![\\p{N}.])";
  /** After a trailing year only digits matter: "18.11.2019Get short URL". */
  private static final String NA_DIGIT = "(?![\\p{N}])";

  /**
   * A clock time glued to the year, as dumps join inline elements: "April 25, 20232:26 PM" is the
   * year 2023 and the time 2:26.
   */
  private static final String GLUED_TIME = "(?=\\d{1,2}:\\d{2}(?!\\d))";
  /** Before a month name: no letter, or a lower-case one glued to it ("2 min readApril 25, 2023"). */
  private static final String NB_MONTH = "(?:" + NB + "|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))";
  /**
   * The page's age glued to the year, as dumps join inline elements: "April 10, 20233 years" is the
   * year 2023 and "3 years" (ago). A year has four digits, so the digits after it are a count when a
   * unit of time follows them.
   */
  private static final String GLUED_AGE =
      "(?=\\d{1,3}\\s?(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|jahren?|monaten?|wochen|tagen?"
          + "|stunden|minuten|ans?|mois|semaines?|jours?|heures?|años?|meses|semanas?|días?|horas?|anni|mesi"
          + "|settimane|giorni|ore|jaar|maanden|weken|dagen|uur)(?![\\p{L}]))";
  private static final String YEAR_END = "(?:" + NA + "|" + GLUED_TIME + "|" + GLUED_AGE + ")";
  private static final String YEAR_END_DIGIT = "(?:" + NA_DIGIT + "|" + GLUED_TIME + "|" + GLUED_AGE + ")";

  private static final Pattern ISO =
      Pattern.compile(
          NB + "((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?" + NA);
  private static final Pattern MDY =
      Pattern.compile(NB_MONTH + MONTH_RE + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})" + YEAR_END, FLAGS);
  private static final Pattern DMY =
      Pattern.compile(
          NB_DIGIT + "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:de\\s+)?" + MONTH_RE + "\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})" + YEAR_END_DIGIT,
          FLAGS);
  private static final Pattern NUMERIC =
      Pattern.compile(NB_DIGIT + "(\\d{1,2})([./-]) ?(\\d{1,2})\\2 ?((?:19|20)\\d{2})" + YEAR_END_DIGIT);
  /**
   * "25.4.24", "05.08.24 kl. 14:47", "11/19/19 06:56 AM": day and month (month first with slashes
   * on English pages, as in {@link #NUMERIC}) and a two-digit year of this century.
   */
  private static final Pattern NUMERIC_SHORT_YEAR =
      Pattern.compile(NB_DIGIT + "(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})(?![\\p{N}./])");
  private static final Pattern YMD =
      Pattern.compile(NB + "((?:19|20)\\d{2})[./](\\d{1,2})[./](\\d{1,2})\\.?" + NA);
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
  private static final Pattern TIME =
      Pattern.compile(
          "^[^\\d]{0,12}?(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:uhr|h(?!\\p{L}))?\\s*"
              + "(?:(utc|gmt|z)\\s*([+-]\\d{1,2}(?::?\\d{2})?)?|([+-]\\d{2}:?\\d{2})|(est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt|akst|akdt|hst|hdt|cet|cest|bst|mez|mesz|wet|west|eet|eest|msk|sast|cat|eat|wat|jst|kst|ist|pkt|wib|hkt|sgt|pht|awst|acst|acdt|aest|aedt|nzst|nzdt)\\b)?",
          FLAGS);

  private static final Map<String, Integer> ZONES = new HashMap<>();

  static {
    String[] z = {
      "est:-300", "edt:-240", "cst:-360", "cdt:-300", "mst:-420", "mdt:-360", "pst:-480", "pdt:-420",
      "et:-300", "ct:-360", "mt:-420", "pt:-480", "akst:-540", "akdt:-480", "hst:-600", "hdt:-540",
      "cet:60", "cest:120", "bst:60", "mez:60", "mesz:120", "wet:0", "west:60", "eet:120", "eest:180", "msk:180",
      "sast:120", "cat:120", "eat:180", "wat:60", "jst:540", "kst:540", "ist:330", "pkt:300", "wib:420", "hkt:480",
      "sgt:480", "pht:480", "awst:480", "acst:570", "acdt:630", "aest:600", "aedt:660", "nzst:720", "nzdt:780"
    };
    for (String s : z) {
      String[] kv = s.split(":");
      ZONES.put(kv[0], Integer.parseInt(kv[1]));
    }
  }

  private DateExtractor() {}

  /** A found date: the instant (epoch microseconds, UTC) and where the match ended in the text. */
  public static final class Found {
    public final long epochMicros;
    public final int start;
    public final int end;

    Found(long epochMicros, int start, int end) {
      this.epochMicros = epochMicros;
      this.start = start;
      this.end = end;
    }
  }

  /** The first date in {@code text}, or null. {@code lang} decides 03/04 (en: month first). */
  public static Found find(String text, String lang) {
    // Every pattern below needs four ASCII digits, and all but the short-year one a year of four
    // ("19xx", "20xx"): most lines have neither, and are passed over without running a regex.
    if (!hasDigits(text, 4)) {
      return null;
    }
    boolean year = hasCenturyYear(text);
    Found best = null;
    best = year ? earliest(best, matchIso(text)) : best;
    best = year ? earliest(best, matchNamed(MDY.matcher(text), 2, 1, 3, text)) : best;
    best = year ? earliest(best, matchNamed(DMY.matcher(text), 1, 2, 3, text)) : best;
    best = year ? earliest(best, matchNumeric(text, lang)) : best;
    best = year ? earliest(best, matchYmd(YMD.matcher(text), text)) : best;
    best = earliest(best, matchNumeric(NUMERIC_SHORT_YEAR.matcher(text), 2000, text, lang));
    best = year ? earliest(best, matchYmd(CJK.matcher(text), text)) : best;
    return best;
  }

  /** Whether {@code text} has at least {@code n} ASCII digits (what {@code \\d} matches). */
  static boolean hasDigits(String text, int n) {
    int k = 0;
    for (int i = 0; i < text.length() && k < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        k++;
      }
    }
    return k >= n;
  }

  /** Whether {@code text} has "19" or "20" followed by two more ASCII digits. */
  static boolean hasCenturyYear(String text) {
    for (int i = 0; i + 3 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '1' || c == '2') && text.charAt(i + 1) == (c == '1' ? '9' : '0')
          && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Found earliest(Found a, Found b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.start < a.start ? b : a;
  }

  private static Found matchIso(String text) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        if (m.group(4) != null) {
          LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
          ZoneOffset off = ZoneOffset.UTC;
          if (m.group(7) != null && !m.group(7).equalsIgnoreCase("Z")) {
            off = ZoneOffset.of(m.group(7).length() == 5 ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7));
          }
          return new Found(micros(LocalDateTime.of(d, t), off), m.start(), m.end());
        }
        return withTime(d, text, m.start(), m.end());
      } catch (DateTimeException | NumberFormatException e) {
        // not a date: keep looking
      }
    }
    return null;
  }

  private static Found matchNamed(Matcher m, int dayGroup, int monthGroup, int yearGroup, String text) {
    while (m.find()) {
      Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month == null) {
        continue;
      }
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(yearGroup)), month,
            Integer.parseInt(m.group(dayGroup)));
        return withTime(d, text, m.start(), m.end());
      } catch (DateTimeException e) {
        // impossible day: keep looking
      }
    }
    return null;
  }

  private static Found matchNumeric(String text, String lang) {
    return matchNumeric(NUMERIC.matcher(text), 0, text, lang);
  }

  /** Day, separator, month, year in groups 1-4 (or month first: see {@link #NUMERIC}). */
  private static Found matchNumeric(Matcher m, int century, String text, String lang) {
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int y = century + Integer.parseInt(m.group(4));
      int day;
      int month;
      if (a > 12) {
        day = a;
        month = b;
      } else if (b > 12) {
        day = b;
        month = a;
      } else if (m.group(2).equals("/") && monthFirst(lang) && !eastOfUtc(text, m.end())) {
        day = b;
        month = a;
      } else {
        day = a;
        month = b;
      }
      try {
        return withTime(LocalDate.of(y, month, day), text, m.start(), m.end());
      } catch (DateTimeException e) {
        // keep looking
      }
    }
    return null;
  }

  private static final Pattern MD_NO_YEAR =
      Pattern.compile(NB_MONTH + MONTH_RE + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}:.])(?!,?\\s*(?:19|20)\\d{2})", FLAGS);
  private static final Pattern DM_NO_YEAR =
      Pattern.compile(NB_DIGIT + "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:de\\s+)?" + MONTH_RE + NA
          + "(?!\\.?,?\\s*(?:de\\s+|del\\s+)?(?:19|20)\\d{2})", FLAGS);
  private static final Pattern COPYRIGHT_YEAR =
      Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})", FLAGS);

  /**
   * A date without its year ("Updated Nov 19, 6:55 AM", "8 января, 17:46") in {@code year}, or
   * null. Only for meta lines near the headline: the caller knows the year from the page.
   */
  public static Found findWithoutYear(String text, int year) {
    Found best = null;
    best = earliest(best, matchNoYear(MD_NO_YEAR.matcher(text), 2, 1, year, text));
    best = earliest(best, matchNoYear(DM_NO_YEAR.matcher(text), 1, 2, year, text));
    return best;
  }

  private static Found matchNoYear(Matcher m, int dayGroup, int monthGroup, int year, String text) {
    while (m.find()) {
      Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
      if (month == null || "may".equalsIgnoreCase(m.group(monthGroup)) && dayGroup == 2) {
        // "May 5" alone is too often a verb and a number
        continue;
      }
      try {
        return withTime(LocalDate.of(year, month, Integer.parseInt(m.group(dayGroup))), text, m.start(), m.end());
      } catch (DateTimeException e) {
        // keep looking
      }
    }
    return null;
  }

  /** The latest copyright year the page states ("© 2019 Paper Inc."), or -1. */
  public static int copyrightYear(Iterable<String> lines) {
    int year = -1;
    for (String l : lines) {
      if (l.length() > 300) {
        continue;
      }
      Matcher m = COPYRIGHT_YEAR.matcher(l);
      while (m.find()) {
        year = Math.max(year, Integer.parseInt(m.group(1)));
      }
    }
    return year;
  }

  /** A label saying the date after it is a later revision, not the first publication. */
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?:updated|last updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|actualizada"
              + "|aggiornato|atualizado|bijgewerkt|oppdatert|opdateret|uppdaterad|zaktualizowano|aktualizováno"
              + "|päivitetty|güncelleme|güncellendi)(?:\\W{1,3}\\p{L}+){0,2}\\W*$",
          FLAGS);

  /** A label saying the date after it is the first publication ("Published", "Veröffentlicht am"). */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?:published|posted|first published|veröffentlicht|erschienen|publiziert|publié|publicado|publicada"
              + "|pubblicato|gepubliceerd|publisert|publiceret|publicerad|opublikowano|publikováno|julkaistu"
              + "|yayınlanma|yayımlanma)(?:\\W{1,3}\\p{L}+){0,2}\\W*$",
          FLAGS);

  /** Whether the date found at {@code f} in {@code text} is labelled as the publication date. */
  public static boolean isPublished(String text, Found f) {
    String before = text.substring(Math.max(0, f.start - 40), f.start).strip();
    return PUBLISHED.matcher(before).find() && !UPDATED.matcher(before).find();
  }

  private static final Pattern GLUED_BEFORE_DATE = Pattern.compile("(?<=\\p{L})(?=\\d)");
  private static final Pattern GLUED_AFTER_YEAR = Pattern.compile("(?<=\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?=\\d)");
  /**
   * A date with the month's name whose year the dump glued to a counter after it ("November 21,
   * 202501747": the year, then the views and comments of the post), in the two orders.
   */
  private static final Pattern GLUED_AFTER_NAMED_YEAR =
      Pattern.compile("(" + MONTH_RE + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}"
          + "|(?<![\\p{N}.])\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH_RE + "\\.?,?\\s+(?:de\\s+)?(?:19|20)\\d{2})(?=\\d)", FLAGS);

  /**
   * The text with a space where a dump glued a date to the word or the date before it
   * ("Opinion2024.03.31 19:59", "30.01.202430. Januar 2024") or glued a counter to the year
   * ("November 21, 202501747"), so that it can be read. The caller
   * tries this only on a short meta line where no date was found as it stands.
   */
  public static String unglue(String text) {
    String t = GLUED_BEFORE_DATE.matcher(text).replaceAll(" ");
    if (!hasDigitRun(t, 5)) {
      // both patterns below need a year with a digit glued after it: five digits in a row
      return t;
    }
    t = GLUED_AFTER_YEAR.matcher(t).replaceAll(" ");
    return GLUED_AFTER_NAMED_YEAR.matcher(t).replaceAll("$1 ");
  }

  /** Whether {@code s} holds {@code n} ASCII digits in a row. */
  static boolean hasDigitRun(String s, int n) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= n) {
        return true;
      }
    }
    return false;
  }

  /** Whether the date found at {@code f} in {@code text} is labelled as an update ("Updated: …"). */
  public static boolean isUpdate(String text, Found f) {
    String before = text.substring(Math.max(0, f.start - 40), f.start).strip();
    return UPDATED.matcher(before).find();
  }

  private static Found matchYmd(Matcher m, String text) {
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return withTime(d, text, m.start(), m.end());
      } catch (DateTimeException e) {
        // keep looking
      }
    }
    return null;
  }

  private static Found withTime(LocalDate d, String text, int start, int end) {
    if (d.getYear() < 1990 || d.getYear() > 2100) {
      return null;
    }
    String rest = text.substring(end, Math.min(text.length(), end + 40));
    Matcher t = TIME.matcher(rest);
    if (t.find()) {
      int h = Integer.parseInt(t.group(1));
      int min = Integer.parseInt(t.group(2));
      String ampm = t.group(4);
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (h == 12) {
          h = pm ? 12 : 0;
        } else if (pm) {
          h += 12;
        }
      }
      if (h < 24 && min < 60) {
        ZoneOffset off = ZoneOffset.UTC;
        try {
          if (t.group(6) != null) {
            off = offset(t.group(6));
          } else if (t.group(7) != null) {
            off = offset(t.group(7));
          } else if (t.group(8) != null) {
            off = ZoneOffset.ofTotalSeconds(60 * ZONES.getOrDefault(t.group(8).toLowerCase(Locale.ROOT), 0));
          }
        } catch (DateTimeException | NumberFormatException e) {
          off = ZoneOffset.UTC;
        }
        int sec = t.group(3) == null ? 0 : Math.min(59, Integer.parseInt(t.group(3)));
        return new Found(micros(LocalDateTime.of(d, LocalTime.of(h, min, sec)), off), start, end + t.end());
      }
    }
    return new Found(micros(d.atStartOfDay(), ZoneOffset.UTC), start, end);
  }

  /** Whether an ambiguous slash date is month first for this language tag: "en" or "en-US". */
  static boolean monthFirst(String lang) {
    return lang != null && (lang.equals("en") || lang.equalsIgnoreCase("en-US"));
  }

  /** Unambiguous slash dates of a page that should outvote the other order. */
  static final int MIN_ORDER_VOTES = 1;

  /**
   * The order the page's own slash dates use, from those whose first or second number is above 12:
   * true for day first, false for month first, null when the page has none or as many of each.
   */
  public static Boolean numericOrder(Iterable<String> texts) {
    int dayFirst = 0;
    int monthFirst = 0;
    for (String t : texts) {
      if (t.indexOf('/') < 0 || t.length() > 300) {
        continue;
      }
      Matcher m = NUMERIC.matcher(t);
      while (m.find()) {
        if (!m.group(2).equals("/")) {
          continue;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        if (a > 12 && a <= 31 && b <= 12) {
          dayFirst++;
        } else if (b > 12 && b <= 31 && a <= 12) {
          monthFirst++;
        }
      }
    }
    if (dayFirst >= MIN_ORDER_VOTES && dayFirst > monthFirst) {
      return true;
    }
    if (monthFirst >= MIN_ORDER_VOTES && monthFirst > dayFirst) {
      return false;
    }
    return null;
  }

  private static final String REL_N = "(\\d{1,3}|an?|one|ein(?:e[rm]?)?|une?|un[ao]?)";

  /** "3 hours ago", "an hour ago": a number and a unit before "ago" and its kin. */
  private static final Pattern REL_AFTER =
      Pattern.compile(
          NB + REL_N + "\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?"
              + "|secondi|minuti|ore|giorni|settimane|seconden|minuten|uur|dagen|weken"
              + "|sekunder|minuter|timmar|dagar|veckor|sekunder|minutter|timer|dage|dager|uger|uker"
              + "|секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*"
              + "|sekund\\p{L}*|minut\\p{L}*|godzin\\p{L}*|dni|dzie\\p{L}*|tygodn\\p{L}*"
              + "|saniye|dakika|saat|gün|hafta)"
              + "\\s+(ago|fa|geleden|sedan|siden|назад|temu|önce)" + NA,
          FLAGS);
  /** "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos", "há 2 horas", "před 3 hodinami". */
  private static final Pattern REL_BEFORE =
      Pattern.compile(
          NB + "(vor|il y a|hace|há|před)\\s+" + REL_N + "\\s*(sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
              + "|secondes?|minutes?|heures?|jours?|semaines?"
              + "|segundos?|minutos?|horas?|días?|dias?|semanas?"
              + "|sekund\\p{L}*|minut\\p{L}*|hodin\\p{L}*|dn\\p{L}*|dny|týdn\\p{L}*)" + NA,
          FLAGS);
  /** "today, 10:30", "heute um 12:19 Uhr", "hier à 18h05", "ayer 20:15": a day word and a time. */
  private static final Pattern REL_DAY =
      Pattern.compile(
          NB + "(today|yesterday|heute|gestern|aujourd'hui|aujourd’hui|hier|hoy|ayer|oggi|ieri|hoje|ontem"
              + "|vandaag|gisteren|idag|igår|i dag|i går|dzisiaj|wczoraj|dnes|včera|bugün|dün|сегодня|вчера)"
              + "\\b[^\\d]{0,12}?(\\d{1,2})[:h.](\\d{2})" + NA_DIGIT,
          FLAGS);

  /**
   * A relative date in {@code text} read against the crawl time, or null: see the class comment
   * for the rule. Counts above a year are no publication date and are ignored.
   */
  public static Found findRelative(String text, long crawledAtMillis) {
    Matcher m = REL_AFTER.matcher(text);
    if (m.find()) {
      return relative(m.group(1), m.group(2), crawledAtMillis, m.start(), m.end());
    }
    m = REL_BEFORE.matcher(text);
    if (m.find()) {
      return relative(m.group(2), m.group(3), crawledAtMillis, m.start(), m.end());
    }
    m = REL_DAY.matcher(text);
    if (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      boolean yesterday = w.equals("yesterday") || w.equals("gestern") || w.equals("hier") || w.equals("ayer")
          || w.equals("ieri") || w.equals("ontem") || w.equals("gisteren") || w.equals("igår")
          || w.equals("i går") || w.equals("wczoraj") || w.equals("včera") || w.equals("dün") || w.equals("вчера");
      int h = Integer.parseInt(m.group(2));
      int min = Integer.parseInt(m.group(3));
      if (h > 23 || min > 59) {
        return null;
      }
      LocalDate day = java.time.Instant.ofEpochMilli(crawledAtMillis).atZone(ZoneOffset.UTC).toLocalDate()
          .minusDays(yesterday ? 1 : 0);
      return new Found(micros(LocalDateTime.of(day, LocalTime.of(h, min)), ZoneOffset.UTC), m.start(), m.end());
    }
    return null;
  }

  private static Found relative(String count, String unit, long crawledAtMillis, int start, int end) {
    int n = Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : 1;
    String u = unit.toLowerCase(Locale.ROOT);
    long seconds;
    boolean days = false;
    if (u.startsWith("sec") || u.startsWith("sek") || u.startsWith("seg") || u.startsWith("san") || u.startsWith("секунд")) {
      seconds = n;
    } else if (u.startsWith("min") || u.startsWith("dak") || u.startsWith("минут")) {
      seconds = 60L * n;
    } else if (u.startsWith("h") || u.startsWith("st") || u.startsWith("ore") || u.startsWith("uur")
        || u.startsWith("tim") || u.startsWith("godz") || u.startsWith("saat") || u.startsWith("час")) {
      seconds = 3600L * n;
    } else if (u.startsWith("w") || u.startsWith("sem") || u.startsWith("sett") || u.startsWith("vec")
        || u.startsWith("uge") || u.startsWith("uke") || u.startsWith("tyg") || u.startsWith("týd")
        || u.startsWith("haf") || u.startsWith("недел")) {
      seconds = 7L * 86400 * n;
      days = true;
    } else {
      seconds = 86400L * n;
      days = true;
    }
    if (seconds > 366L * 86400) {
      return null;
    }
    long at = crawledAtMillis / 1000 - seconds;
    if (days) {
      LocalDate d = java.time.Instant.ofEpochSecond(at).atZone(ZoneOffset.UTC).toLocalDate();
      return new Found(micros(d.atStartOfDay(), ZoneOffset.UTC), start, end);
    }
    return new Found(at * 1_000_000L, start, end);
  }

  /** A day in a URL's path with separators: "/2024/05/17/", "/2024-05-17/", "/2023-04/28/", "/2019/11/8/". */
  private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");
  /** A day in a URL's path as eight digits or the year and four digits: "/20240517/", "/2024/0517/". */
  private static final Pattern URL_DAY_DIGITS = Pattern.compile("/((?:19|20)\\d{2})/?(\\d{2})(\\d{2})(?!\\d)");

  /**
   * The day the URL's path gives, as midnight UTC of that day, or null: publishers put the day of
   * publication into the path ("https://paper.example/2024/05/17/slug", ".../news/20240517/123.html",
   * ".../2024-05-17/slug"). Only the path is read, not the host or the query; a path with only a
   * year and a month ("/2024/05/slug") gives no day, and neither does an impossible date or a year
   * outside 1990–2100. The caller uses it only when the page's text gives no date of its own.
   */
  public static Long fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String path;
    try {
      path = java.net.URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null || !hasCenturyYear(path)) {
      return null;
    }
    for (Pattern p : new Pattern[] {URL_DAY, URL_DAY_DIGITS}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        try {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (d.getYear() >= 1990 && d.getYear() <= 2100) {
            return micros(d.atStartOfDay(), ZoneOffset.UTC);
          }
        } catch (DateTimeException e) {
          // not a day: keep looking
        }
      }
    }
    return null;
  }

  /**
   * Whether the clock time right after a date ({@code end}) gives a zone east of UTC ("06/01/2026 -
   * 13:55 GMT+1", "CET", "IST"): a page from Europe, Africa, Asia or Oceania, where a numeric date
   * with slashes is day first, though its language is English. The Philippines, east of UTC and
   * month first, are the exception.
   */
  private static boolean eastOfUtc(String text, int end) {
    Matcher t = TIME.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!t.find()) {
      return false;
    }
    try {
      if (t.group(6) != null) {
        return offset(t.group(6)).getTotalSeconds() > 0;
      } else if (t.group(7) != null) {
        return offset(t.group(7)).getTotalSeconds() > 0;
      } else if (t.group(8) != null) {
        String z = t.group(8).toLowerCase(Locale.ROOT);
        return !z.equals("pht") && ZONES.getOrDefault(z, 0) > 0;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return false;
    }
    return false;
  }

  private static ZoneOffset offset(String s) {
    String x = s.replace(":", "");
    int sign = x.startsWith("-") ? -1 : 1;
    x = x.substring(1);
    int h = x.length() <= 2 ? Integer.parseInt(x) : Integer.parseInt(x.substring(0, x.length() - 2));
    int m = x.length() <= 2 ? 0 : Integer.parseInt(x.substring(x.length() - 2));
    return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
  }

  private static long micros(LocalDateTime t, ZoneOffset off) {
    return t.toEpochSecond(off) * 1_000_000L;
  }
}
