package io.chromeless.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The end of the body below the best run of prose: a list that continues the article (announced by
 * a colon, numbered, holding figures or dates, items in lower case) is kept, and so is prose after
 * it that speaks of the same things; a list of other stories' headlines, a menu or a list after an
 * end marker ("Related", "Mehr zum Thema") is not. Short pages of our own writing in four languages.
 */
class ListBelowTest {
  private static String page(String... lines) {
    return String.join("\n\n", lines);
  }

  private static final String EN_LEAD = page(
      "Home", "Music", "Folk duo announces a spring tour of small halls",
      "The folk duo Marrow and Pine will play fourteen small halls across the north this spring, the"
          + " first tour since their second album came out, the band said on Wednesday.",
      "The two singers said they chose village halls and chapels because the songs on the new album were"
          + " written for rooms where the audience sits close enough to hear the strings breathe.",
      "Tickets go on sale on Friday morning, and the band said a share of each ticket will go to the"
          + " halls themselves, many of which need new roofs or heating before the winter.");

  private static final String DE_LEAD = page(
      "Startseite", "Rezepte", "Apfelkuchen vom Blech mit Streuseln",
      "Dieser Apfelkuchen vom Blech gelingt auch ohne Erfahrung, denn der Teig wird nur kurz geknetet und"
          + " die Äpfel müssen nicht geschält werden, wenn sie aus dem eigenen Garten kommen.",
      "Am besten schmeckt der Kuchen mit säuerlichen Äpfeln, die beim Backen ihre Form behalten und dem"
          + " süßen Streuselteig einen frischen Geschmack geben, der lange im Gedächtnis bleibt.");

  static Stream<Arguments> pages() {
    return Stream.of(
        // the dates of the tour the article announces, under a heading, each with a figure
        Arguments.of("dates under a heading", page(EN_LEAD,
                "Marrow and Pine spring tour dates",
                "March 3 – Hexham, Queen's Hall",
                "March 5 – Kendal, Brewery Arts Centre",
                "March 8 – Whitby, Pannett Art Gallery Hall",
                "March 12 – Alnwick, Playhouse",
                "Sign up for our newsletter", "Privacy policy"),
            List.of("March 3 – Hexham", "March 12 – Alnwick"), List.of("newsletter", "Privacy")),
        // ingredients, then the steps in prose about the same cake
        Arguments.of("recipe steps after ingredients", page(DE_LEAD,
                "Zutaten",
                "250 g Mehl",
                "125 g Butter",
                "100 g Zucker",
                "1 kg säuerliche Äpfel",
                "Zubereitung",
                "Die Butter mit dem Mehl und dem Zucker zu Streuseln verkneten und eine Hälfte davon als Boden"
                    + " auf das Blech drücken, bevor die Äpfel in Spalten darauf verteilt werden.",
                "Die übrigen Streusel über die Äpfel geben und den Kuchen bei 180 Grad etwa vierzig Minuten"
                    + " backen, bis die Streusel goldbraun sind und die Äpfel weich geworden sind.",
                "Kommentare", "Impressum"),
            List.of("250 g Mehl", "1 kg säuerliche Äpfel", "bei 180 Grad"), List.of("Impressum")),
        // a colon announces items written in lower case
        Arguments.of("items announced by a colon", page(
                "Portada", "Salud", "Qué comer en la primera semana de la dieta",
                "La primera semana de la dieta es la más difícil, porque el cuerpo todavía busca los azúcares a"
                    + " los que está acostumbrado y el hambre aparece a media tarde.",
                "Los médicos recomiendan no saltarse comidas y beber mucha agua, y elegir alimentos que sacien"
                    + " durante horas sin aportar demasiados azúcares a la dieta diaria:",
                "pescado blanco a la plancha",
                "huevos cocidos o en tortilla",
                "verduras de hoja verde",
                "queso fresco sin sal",
                "Aviso legal", "Política de privacidad"),
            List.of("pescado blanco a la plancha", "queso fresco sin sal"), List.of("Aviso legal")),
        Arguments.of("lower-case items in Russian", page(
                "Главная", "Здоровье", "Что можно есть в первую неделю диеты",
                "Первая неделя диеты самая трудная, потому что организм ещё ищет привычный сахар и чувство"
                    + " голода приходит ближе к вечеру, когда сил уже совсем мало.",
                "Врачи советуют не пропускать приёмы пищи, пить много воды и выбирать продукты, которые надолго"
                    + " дают чувство сытости и почти не содержат сахара. Список продуктов:",
                "любая нежирная рыба",
                "яйца в любом виде",
                "свежие овощи и зелень",
                "твёрдый сыр в небольшом количестве",
                "Читайте также",
                "Как похудеть к лету без вреда для здоровья"),
            List.of("любая нежирная рыба", "твёрдый сыр"), List.of("Читайте также", "похудеть к лету")),
        // headlines of other stories in a bulleted list: no part of the article
        Arguments.of("headlines of other stories", page(EN_LEAD,
                "• Council Approves New Parking Rules For Market Square",
                "• Rail Line Reopens After Three Weeks Of Repairs",
                "• Local Bakery Wins Regional Bread Award",
                "• School Choir Heads To National Final"),
            List.of("halls themselves"), List.of("Parking Rules", "Bakery")),
        // an end marker opens the list, though its items hold figures
        Arguments.of("list after an end marker", page(DE_LEAD,
                "Mehr zum Thema",
                "5 Tipps für saftigen Rührkuchen",
                "Pflaumenkuchen in 30 Minuten",
                "Die 10 besten Rezepte für den Herbst"),
            List.of("frischen Geschmack"), List.of("Tipps", "Pflaumenkuchen")),
        // menu labels after the article
        Arguments.of("menu after the article", page(
                "Portada", "Ciudad", "El mercado central abrirá también los domingos",
                "El mercado central abrirá también los domingos por la mañana a partir de mayo, según acordaron"
                    + " los comerciantes y el ayuntamiento después de varios meses de negociación.",
                "Los puestos de fruta y de pescado podrán elegir si abren o no, y el ayuntamiento pagará la"
                    + " limpieza extra de los domingos durante el primer año de la prueba.",
                "Deportes", "Cultura", "Economía", "Opinión", "Hemeroteca"),
            List.of("primer año de la prueba"), List.of("Deportes", "Hemeroteca")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyKeepsTheArticlesListOnly(String rule, String page, List<String> in, List<String> out)
      throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    assertThat(p.body()).contains(in);
    for (String o : out) {
      assertThat(p.body()).doesNotContain(o);
    }
  }
}
