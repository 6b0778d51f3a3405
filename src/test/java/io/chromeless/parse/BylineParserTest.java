package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "By Jane Doe | en | Jane Doe",
        "By Jane Doe and John Roe | en | Jane Doe;John Roe",
        "BY MARY ANN SMITH-JONES, Reuters | en | MARY ANN SMITH-JONES;Reuters",
        "Von Karl Muster und dpa | de | Karl Muster;dpa",
        "By Associated Press | en | Associated Press",
        "By Tom Hale - 11/19/19 06:56 AM EST | en | Tom Hale",
        "By Meg JamesStaff Writer | en | Meg James",
        "Von Lena Brandt Landespolitische Korrespondentin | de | Lena Brandt",
        "By Ana Lima, Staff Writer | en | Ana Lima",
        "Von Anna Beispiel und Karl Muster | de | Anna Beispiel;Karl Muster",
        "Par Claire Dubois | fr | Claire Dubois",
        "Por Lucía Carvajal | es | Lucía Carvajal",
        "Von: Karl Beispiel | de | Karl Beispiel",
        "Autorin/Autor Greta Muster | de | Greta Muster",
        "By Sam O'Neil | en | Sam O'Neil",
        "By Jan van der Berg in Amsterdam | en | Jan van der Berg",
        "By Dana Cole · Updated March 3, 2024 | en | Dana Cole",
        "byNoa Kessler | en | Noa Kessler",
        "By Ivo Marsh@ivomarsh Nov 18, 2019, 11:47am EST | en | Ivo Marsh",
        "By Ivo Marsh imarsh@citypaper.com (555) 123-4567 | en | Ivo Marsh",
        "By Ivo MarshTwitter | en | Ivo Marsh",
        "Von Lena WeißLinkedIn | de | Lena Weiß",
        "By Ivo Marsh On 11/13/19 at 4:00 PM EST | en | Ivo Marsh",
        "By NOA KESSLER, AP Science Writer | en | NOA KESSLER",
        "Por Ana Ruiz y Luis Gil | es | Ana Ruiz;Luis Gil",
        // later names set in capitals like the first one
        "By DANA COLE and IVO MARSH | en | DANA COLE;IVO MARSH",
        "Von: Jana PETERSEN, Karl MUSTER | de | Jana PETERSEN;Karl MUSTER",
        "Por ANA RUIZ y LUIS GIL | es | ANA RUIZ;LUIS GIL",
        // an agency's name glued to the last name is the publisher's label
        "By Dana Cole and Ivo Marsh The Associated Press | en | Dana Cole;Ivo Marsh",
        "Von Jana Petersen und Karl Muster Deutsche Presse-Agentur | de | Jana Petersen;Karl Muster",
        "Por Ana Ruiz y Luis Gil Europa Press | es | Ana Ruiz;Luis Gil",
        // a user name in lower case before the date; a menu's item is none
        "By admin - 2018-09-16 | en | admin",
        "Von webmaster - 3. Mai 2024 | de | webmaster",
        "Por admin2 · 3 de mayo de 2024 | es | admin2",
        "By subject | en | ",
        // a link to a section's overview or a control before the byline word is no byline; a
        // kind of piece before it is
        "Zur Übersicht von Radio Nord | de | ",
        "Panoramica di Radio Nord | it | ",
        "Översikt av Radio Nord | sv | ",
        "Teilen von Jana Petersen | de | ",
        "Ein Kommentar von Jana Petersen | de | Jana Petersen",
        "Analisi di Ada Neri | it | Ada Neri",
        // a site's staff signature is kept whole; a person's role after the name is cut
        "By Harbour Press Editorial Staff | en | Harbour Press Editorial Staff",
        "By Harbour Weekly Staff | en | Harbour Weekly Staff",
        "Von Nordsee Kurier Online Staff | de | Nordsee Kurier Online Staff",
        "By Amy Gibbons Political Correspondent | en | Amy Gibbons",
        // a family name that is also a common word of the language ends the name
        "By Xiaoying You | en | Xiaoying You",
        "Par Anh Ma | fr | Anh Ma",
        "Von Wei Man | de | Wei Man",
        "Por Lin Su | es | Lin Su",
        "By You Know | en | ",
        // after a byline word an article leads an outlet's name
        "Par Les Echos du Port | fr | Les Echos du Port",
        "Von Die Inselzeitung | de | Die Inselzeitung",
        "Por Los Andes | es | Los Andes",
        "Di Il Gazzettino | it | Il Gazzettino",
        "By The Numbers | en | ",
      })
  void parsePrefixed_bylines(String line, String lang, String expected) {
    List<String> names = BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang));
    BylineParserTest.assertNames(names, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sergio Mendes | Sergio Mendes",
        "Maren Holt, Derek Oyelaran | Maren Holt;Derek Oyelaran",
        "Pakistani soldiers | ",
        "Home | ",
        "The Harbor Ledger | ",
        "Read more about the council vote | ",
        "Tom ReedTravel News Reporter | Tom Reed",
        "Ana Lima Political Correspondent | Ana Lima",
        "Ola Nordmann Ola Nordmann | Ola Nordmann",
        "Dana Cole Updated | Dana Cole",
        "Chris Dale - Nov 19, 2019, 10:31 pm CST | Chris Dale",
        "Piet de Vries and AP | Piet de Vries;AP",
        "Mira Olsen / CITYPAPER.COM / Sep 2, 2024, 17:07 IST | Mira Olsen",
        "9. Mai 2025 um 15:46 Uhr / Tilo Brenner | Tilo Brenner",
        "Artikel veröffentlicht am 28. April 2024, 14:26 Uhr, Tilo Brenner | Tilo Brenner",
        "Fr 25.04.25 · 14:07 Uhr · Von Eva Lindqvist | Eva Lindqvist",
        "Noor HaddadPublished | Noor Haddad",
        "Published Monday | ",
        "News Reporter | ",
        "Harbor Staff | Harbor Staff",
        "Ivo Marsh5 hours ago | Ivo Marsh",
        "Ivo Marsh 7 hours | Ivo Marsh",
        "A- A+ | ",
        "Noa Kessler @noakessler / 2 days | Noa Kessler",
        "Bruce Y. Lee Senior Contributor | Bruce Y. Lee",
        // the author box's buttons on the name's line
        "Ola Nordmann Tips meg | Ola Nordmann",
        "Anna Beispiel Folgen | Anna Beispiel",
        "Claire Exemple Suivre | Claire Exemple",
        "Lena Svensson Följ | Lena Svensson",
        "Maren HoltFollow | Maren Holt",
        // a job title after the names is cut, not read as one more name
        "Jane Roe, AP Science Writer | Jane Roe",
        "Anna Beispiel, Landespolitische Korrespondentin | Anna Beispiel",
        "Claire Exemple, Grande Reporter | Claire Exemple",
        "Marco Neri, Vice Direttore | Marco Neri",
      })
  void parseBare_nameOnlyLines(String line, String expected) {
    List<String> names = BylineParser.parseBare(line, Stopwords.forLanguage("en"));
    BylineParserTest.assertNames(names, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AFP | AFP",
        "The Associated Press | The Associated Press",
        "Reuters | Reuters",
        "Paris | ",
        "AA | ",
      })
  void bareAgency_knownAgenciesOnly(String line, String expected) {
    assertThat(BylineParser.bareAgency(line)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Von | true", "Author of the article: | true", "Autorin des Artikels: | true", "Von Karl Muster | false"})
  void barePrefix_labelsOnTheirOwnLine(String line, boolean bare) {
    assertThat(BylineParser.BARE_PREFIX.matcher(line).matches()).isEqualTo(bare);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "김민준 기자 | 김민준",
        "부산 이서연 기자 seoyeon@example.kr | 이서연",
        "워싱턴=박지훈 특파원 | 박지훈",
        "田中一郎記者 | 田中一郎",
        "（佐藤 花子 記者） | 佐藤 花子",
        "(责编：王小明、李华) | 王小明, 李华",
        "记者：陈静 | 陈静",
        "文／山本健 | 山本健",
      })
  void parseCjkRole_namesBeforeOrAfterTheirRole(String line, String expected) {
    assertThat(BylineParser.parseCjkRole(line)).isEqualTo(java.util.List.of(expected.split(", ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "新华社记者",
        "本报记者",
        "기자 구독",
        "경찰은 이날 현장을 찾은 김민준 기자에게 사고 경위를 설명하면서 추가 조사가 필요하다고 말했다고 전했다",
        "記者会見で首相は新たな経済対策を発表し、年内に補正予算を編成する考えを示した",
      })
  void parseCjkRole_noByline(String line) {
    assertThat(BylineParser.parseCjkRole(line)).isNull();
  }

  /** The names a parse gave, against a table's expected cell: names split by ";", empty for none. */
  static void assertNames(List<String> names, String expected) {
    if (expected == null) {
      assertThat(names).isNull();
    } else {
      assertThat(names).isEqualTo(Arrays.asList(expected.split(";")));
    }
  }

  /**
   * The glue test that lets the three glued-word regexes be skipped must say yes wherever one of
   * them could match: a small letter right before a capital, in any script with case.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jane DoeTwitter | true",
        "Jo RoeThe Harbor Ledger | true",
        "Ana PérezCorresponsal | true",
        "Jörg MüllerRedakteur | true",
        "Ирина ПетроваКорреспондент | true",
        "Jane Doe | false",
        "JANE DOE | false",
        "Élodie Dupont, Paris | false",
        "Ирина Петрова | false",
      })
  void glueIsASmallLetterBeforeACapital(String line, boolean glued) {
    assertThat(BylineParser.hasGlue(line)).isEqualTo(glued);
  }

  /** The split's pre-test says yes wherever the splitting regex matches, and no on plain names. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jane Doe and John Roe | true",
        "Jörg Muster und Ute Beispiel | true",
        "Ana Pérez y Luis Gómez | true",
        "Anne Dupont et Paul Martin | true",
        "Jane Doe, John Roe | true",
        "Jane Doe/John Roe | true",
        "Jane Doe | false",
        "Anders Enberg | false",
        "Bruce Y. Lee | false",
        "Karl-Heinz Engel | false",
        "Søren Bandholm | false",
      })
  void splitPreTest(String line, boolean may) {
    assertThat(BylineParser.maySplit(line)).isEqualTo(may);
    assertThat(BylineParser.split(line)).containsExactly(BylineParser.SPLIT.split(line));
    if (!may) {
      assertThat(BylineParser.SPLIT.matcher(line).find()).isFalse();
    }
  }
}
