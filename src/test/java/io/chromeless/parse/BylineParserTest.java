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
        "BY MARY ANN SMITH-JONES, Reuters | en | MARY ANN SMITH-JONES",
        "By Ana Lima, Staff Writer | en | Ana Lima",
        "Von Anna Beispiel und Karl Muster | de | Anna Beispiel;Karl Muster",
        "Par Claire Dubois | fr | Claire Dubois",
        "Por Lucía Carvajal | es | Lucía Carvajal",
        "Von: Karl Beispiel | de | Karl Beispiel",
        "Autorin/Autor Greta Muster | de | Greta Muster",
        "By Sam O'Neil | en | Sam O'Neil",
        "By Jan van der Berg in Amsterdam | en | Jan van der Berg",
        "By Dana Cole · Updated March 3, 2024 | en | Dana Cole",
      })
  void parsePrefixed_bylines(String line, String lang, String expected) {
    List<String> names = BylineParser.parsePrefixed(line, Stopwords.forLanguage(lang));
    if (expected == null) {
      assertThat(names).isNull();
    } else {
      assertThat(names).isEqualTo(Arrays.asList(expected.split(";")));
    }
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
      })
  void parseBare_nameOnlyLines(String line, String expected) {
    List<String> names = BylineParser.parseBare(line, Stopwords.forLanguage("en"));
    if (expected == null) {
      assertThat(names).isNull();
    } else {
      assertThat(names).isEqualTo(Arrays.asList(expected.split(";")));
    }
  }
}
