package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAndStopwordsTest {
  @Test
  void isCjk_isExactlyTheSpacelessScripts() {
    java.util.Set<Character.UnicodeScript> spaceless = java.util.EnumSet.of(Character.UnicodeScript.HAN,
        Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
        Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
    java.util.List<String> wrong = new java.util.ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Text.isCjk(cp) != spaceless.contains(Character.UnicodeScript.of(cp))) {
        wrong.add(String.format("U+%04X", cp));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void nextWord_walksTheWordsThatStartBeforeTheLimit() {
    String s = "It's  a-b, 42 town's end";
    java.util.List<String> words = new java.util.ArrayList<>();
    for (long w = Text.nextWord(s, 0, 17); w >= 0; w = Text.nextWord(s, Text.end(w), 17)) {
      words.add(s.substring(Text.start(w), Text.end(w)));
    }
    // digits are no words; "town's" starts before the limit and runs past it; "end" starts after it
    assertThat(words).containsExactly("It's", "a", "b", "town's");
    assertThat(Text.nextWord("42 --", 0, Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(Text.countStopwords("It's a town's end", new WordSet(java.util.Set.of("a", "end"))))
        .isEqualTo(4L << 32 | 2);
  }

  @Test
  void lowerWords_keepIndicVowelSignsInsideTheWord() {
    assertThat(Text.lowerWords("यह एक छोटा वाक्य है")).containsExactly("यह", "एक", "छोटा", "वाक्य", "है");
  }

  @Test
  void lowerWords_keepInnerApostrophes() {
    assertThat(Text.lowerWords("It's the council's plan.")).containsExactly("it's", "the", "council's", "plan");
  }

  @Test
  void bestCovering_namesTheLanguageOfProse() {
    String indonesian = "pemerintah kota akan membangun jembatan baru di atas sungai itu dan warga yang tinggal"
        + " di dekat sungai sudah lama menunggu karena jalan lama sering banjir pada musim hujan";
    assertThat(Stopwords.bestCovering(Text.lowerWords(indonesian), 0.2)).isEqualTo("id");
    String german = "die Stadt will im Herbst mit dem Bau der neuen Brücke beginnen, nachdem der Rat lange über die Kosten gestritten hat";
    assertThat(Stopwords.bestCovering(Text.lowerWords(german), 0.2)).isEqualTo("de");
    assertThat(Stopwords.bestCovering(Text.lowerWords("Home News Sport Weather Login"), 0.2)).isNull();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "ms, id, true",
    "id, ms, true",
    "nb, no, true",
    "nn, nb, true",
    "da, no, false",
    "de, nl, false",
    "ms, en, false",
    "xx, xx, false",
  })
  void sameList_joinsTheStandardFormsOfOneLanguage(String a, String b, boolean same) {
    assertThat(Stopwords.sameList(a, b)).isEqualTo(same);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    // informal Indonesian with affixed function words and chat abbreviations
    "id | Menurut saya ini adalah hal yang sebenarnya sudah lama diketahui oleh warga sekitar, karena itu kita harus bersama-sama menjaganya",
    // Malay, which shares the Indonesian function words
    "ms | Pada pendapat saya ini adalah perkara yang sebenarnya sudah lama diketahui oleh penduduk, oleh itu kita harus menjaganya bersama",
    "id | Sebagai warga yang baik, kita tentu ingin agar semua anak dapat bersekolah dengan tenang dan aman setiap hari",
  })
  void indonesianAndMalayProse_hasTheShareOfRunningProse(String lang, String sentence) {
    java.util.List<String> ws = Text.lowerWords(sentence);
    java.util.Set<String> stops = Stopwords.forLanguage(lang);
    long hit = ws.stream().filter(stops::contains).count();
    assertThat((double) hit / ws.size()).isGreaterThanOrEqualTo(0.3);
  }
}
