package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Published 2024-05-03T15:47:42+02:00 | en | 2024-05-03T13:47:42Z",
        "2019-11-19T13:03:00.000Z | en | 2019-11-19T13:03:00Z",
        "November 20, 2019 | en | 2019-11-20T00:00:00Z",
        "Updated Nov. 3, 2021 5:47 p.m. EST | en | 2021-11-03T22:47:00Z",
        "3. Mai 2024, 17:47 | de | 2024-05-03T17:47:00Z",
        "12. Juni 2024, 08:30 Uhr | de | 2024-06-12T08:30:00Z",
        "le 7 février 2023 à 10h15 | fr | 2023-02-07T10:15:00Z",
        // the page's age glued to the year by the dump
        "April 10, 20233 years Harbour Desk | en | 2023-04-10T00:00:00Z",
        "10. April 20232 Jahren | de | 2023-04-10T00:00:00Z",
        "10 de abril de 202311 meses | es | 2023-04-10T00:00:00Z",
        "8 de septiembre de 2023 | es | 2023-09-08T00:00:00Z",
        "21 gennaio 2022 | it | 2022-01-21T00:00:00Z",
        "03.02.2020 | de | 2020-02-03T00:00:00Z",
        "03/05/2025 | en | 2025-03-05T00:00:00Z",
        "03/05/2025 | fr | 2025-05-03T00:00:00Z",
        "2024年5月3日 | ja | 2024-05-03T00:00:00Z",
        "2023.07.14 | ko | 2023-07-14T00:00:00Z",
        "Publiziert17. Dezember 2024, 12:17 | de | 2024-12-17T12:17:00Z",
        "06. 01. 2026, 14:59 Uhr | de | 2026-01-06T14:59:00Z",
        "Nov 18, 2019 at 9:24 pm ET | en | 2019-11-19T02:24:00Z",
        "21:17 18.11.2019Get short URL | en | 2019-11-18T00:00:00Z",
        "Publisert: 05.08.24 kl. 14:47 | no | 2024-08-05T14:47:00Z",
        "25.4.24 | de | 2024-04-25T00:00:00Z",
        "By Jo Doe - 11/19/19 06:56 AM EST | en | 2019-11-19T11:56:00Z",
        "Текст: Анна Петрова·24 сентября 2018 | ru | 2018-09-24T00:00:00Z",
        "Posted on Maret 30, 2015 by Admin | id | 2015-03-30T00:00:00Z",
        "3 minute readMarch 9, 20214:05 PM UTC | en | 2021-03-09T16:05:00Z",
        "Published 07.10.20219:30 | de | 2021-10-07T09:30:00Z",
        "By Jo Doe - November 18, 2019 at 2:26 PM HST - Updated | en | 2019-11-19T00:26:00Z",
        "Veröffentlicht am 19.11.2019, 01:30 EET | de | 2019-11-18T23:30:00Z",
        "Publié le 19 novembre 2019 à 01h30 WAT | fr | 2019-11-19T00:30:00Z",
        "Publicado el 19 de noviembre de 2019, 08:15 AEDT | es | 2019-11-18T21:15:00Z",
        // month first on an English page, unless the time's zone is east of UTC (Europe, Africa, Asia)
        "Published on 06/01/2026 - 13:55 GMT+1 | en | 2026-01-06T12:55:00Z",
        "Updated 04/11/2024 09:30 CET | en | 2024-11-04T08:30:00Z",
        "Posted 03/02/2025 at 10:00 +05:30 | en | 2025-02-03T04:30:00Z",
        "Published 06/01/2026 1:55 PM EST | en | 2026-06-01T18:55:00Z",
        "Posted 03/02/2025 10:00 PHT | en | 2025-03-02T02:00:00Z",
      })
  void find_knownFormats_giveUtcInstant(String text, String lang, String expected) {
    DateExtractor.Found f = DateExtractor.find(text, lang);
    assertThat(f).isNotNull();
    assertThat(Instant.ofEpochSecond(f.epochMicros / 1_000_000L)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no date in this line | en",
        "31/31/2020 | en",
        "Call 555-1234 today | en",
        "In 1850, the town was founded | en",
        "May we have a word | en",
        "version 1.2.3 is out | en",
        "call 12.34.567 now | de",
      })
  void find_noDate_returnsNull(String text, String lang) {
    assertThat(DateExtractor.find(text, lang)).isNull();
  }

  @ParameterizedTest(name = "{0} -> update {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Updated: 12 May 2024 | true",
        "Aktualisiert am 3. Mai 2024, 17:47 Uhr | true",
        "Mis à jour le 18 juil. 2024 | true",
        "Published 12 May 2024 | false",
        "Veröffentlicht am 3. Mai 2024 | false",
      })
  void isUpdate_readsTheLabelBeforeTheDate(String text, boolean update) {
    DateExtractor.Found f = DateExtractor.find(text, null);
    assertThat(f).isNotNull();
    assertThat(DateExtractor.isUpdate(text, f)).isEqualTo(update);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Posted Nov 18, 8:19 PM | 2019-11-18T20:19:00Z",
        "8 января, 17:46 | 2019-01-08T17:46:00Z",
        "Mis à jour le 3 mars | 2019-03-03T00:00:00Z",
        "November 18, 2019 | ",
        "May 5 | ",
        "Page 12 of 30 | ",
      })
  void findWithoutYear_takesTheGivenYear(String text, String expected) {
    DateExtractor.Found f = DateExtractor.findWithoutYear(text, 2019);
    if (expected == null) {
      assertThat(f).isNull();
    } else {
      assertThat(Instant.ofEpochSecond(f.epochMicros / 1_000_000L)).isEqualTo(Instant.parse(expected));
    }
  }

  @org.junit.jupiter.api.Test
  void copyrightYear_latestStatedYear() {
    assertThat(DateExtractor.copyrightYear(java.util.List.of("Home", "© 2017-2019 Paper Inc.", "Copyright 2018")))
        .isEqualTo(2019);
    assertThat(DateExtractor.copyrightYear(java.util.List.of("Home", "In 2019 the town grew"))).isEqualTo(-1);
  }

  /** The crawl time the relative dates below are read against: 2025-03-10 14:00 UTC. */
  private static final long CRAWLED = Instant.parse("2025-03-10T14:00:00Z").toEpochMilli();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Published 3 hours ago | 2025-03-10T11:00:00Z",
        "Updated an hour ago | 2025-03-10T13:00:00Z",
        "45 seconds ago | 2025-03-10T13:59:15Z",
        "2 days ago | 2025-03-08T00:00:00Z",
        "vor 20 Minuten | 2025-03-10T13:40:00Z",
        "Aktualisiert vor 2 Stunden | 2025-03-10T12:00:00Z",
        "vor 3 Tagen | 2025-03-07T00:00:00Z",
        "Publié il y a 5 heures | 2025-03-10T09:00:00Z",
        "il y a 2 jours | 2025-03-08T00:00:00Z",
        "hace 10 minutos | 2025-03-10T13:50:00Z",
        "Actualizado hace 1 semana | 2025-03-03T00:00:00Z",
        "6 ore fa | 2025-03-10T08:00:00Z",
        "3 uur geleden | 2025-03-10T11:00:00Z",
        "2 часа назад | 2025-03-10T12:00:00Z",
        "Publiziert heute um 12:19 Uhr | 2025-03-10T12:19:00Z",
        "Yesterday, 18:05 | 2025-03-09T18:05:00Z",
        "ayer 20:15 | 2025-03-09T20:15:00Z",
      })
  void findRelative_readsAgainstTheCrawlTime(String text, String expected) {
    DateExtractor.Found f = DateExtractor.findRelative(text, CRAWLED);
    assertThat(f).isNotNull();
    assertThat(Instant.ofEpochSecond(f.epochMicros / 1_000_000)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Fußball heute live",
        "Today's top stories",
        "Read it again in 3 hours",
        "The school was built 400 years ago",
        "vor dem Rathaus",
      })
  void findRelative_noRelativeDate_returnsNull(String text) {
    assertThat(DateExtractor.findRelative(text, CRAWLED)).isNull();
  }

  @org.junit.jupiter.api.Test
  void numericOrder_fromThePagesUnambiguousSlashDates() {
    assertThat(DateExtractor.numericOrder(java.util.List.of("Home", "Published 25/10/2024", "04/11/2024")))
        .isTrue();
    assertThat(DateExtractor.numericOrder(java.util.List.of("10/25/2024 9:00 AM", "04/11/2024"))).isFalse();
    assertThat(DateExtractor.numericOrder(java.util.List.of("04/11/2024", "Menu"))).isNull();
    // the page's order decides the ambiguous date: English reads it day first under "en-GB"
    assertThat(Instant.ofEpochSecond(DateExtractor.find("04/11/2024", "en-GB").epochMicros / 1_000_000))
        .isEqualTo(Instant.parse("2024-11-04T00:00:00Z"));
    assertThat(Instant.ofEpochSecond(DateExtractor.find("04/11/2024", "en").epochMicros / 1_000_000))
        .isEqualTo(Instant.parse("2024-04-11T00:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://paper.example/2024/05/17/ferry-keeps-running/ | 2024-05-17",
        "https://paper.example/politik/2019/11/8/12345/ | 2019-11-08",
        "https://zeitung.example/lokales/2024-05-17/brand-in-lagerhalle | 2024-05-17",
        "https://zeitung.example/news/2023-04/28/brand-in-lagerhalle | 2023-04-28",
        "https://diario.example/local/20260710/11588570/arboles-en-el-sur.html | 2026-07-10",
        "https://paper.example/n1/2024/0424/c1001-40223222.html | 2024-04-24",
        // no day: a month alone, an impossible date, a number that is no date, the host or the query
        "https://paper.example/2024/05/ferry-keeps-running.html | ",
        "https://paper.example/2024/13/45/ferry | ",
        "https://paper.example/story/20241399/ferry | ",
        "https://2024-05-17.paper.example/ferry | ",
        "https://paper.example/ferry?date=2024-05-17 | ",
        "not a url at all | ",
      })
  void fromUrl_theDayInThePath(String url, String day) {
    Long at = DateExtractor.fromUrl(url);
    if (day == null) {
      assertThat(at).isNull();
    } else {
      assertThat(at).isNotNull();
      assertThat(Instant.ofEpochSecond(at / 1_000_000L)).isEqualTo(Instant.parse(day + "T00:00:00Z"));
    }
  }
}
