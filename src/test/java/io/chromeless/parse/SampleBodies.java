package io.chromeless.parse;

/**
 * Article bodies of our own writing, in four languages, that the head-block tests (title, authors,
 * date) set their head lines above: three paragraphs of plain prose each, so that the body run is
 * never in doubt and only the head block varies.
 */
final class SampleBodies {
  /** English: three paragraphs of local news. */
  static final String EN = String.join("\n\n",
      "The council voted on Tuesday to keep the harbour ferry running through the winter months, after"
          + " residents of the outer islands said the boat was their only way to reach the mainland clinic.",
      "The ferry had been due to stop in November because of rising fuel costs and a shortage of crew,"
          + " the harbour master told the meeting, which ran for more than three hours.",
      "Councillors agreed to cover the shortfall from the reserve fund for one year while the ferry"
          + " company looks for a second boat that uses less fuel and needs a smaller crew.");

  /** German: three paragraphs of local news. */
  static final String DE = String.join("\n\n",
      "Die Feuerwehr war am Sonntag mit mehr als achtzig Kräften im Einsatz, nachdem in einer Lagerhalle am"
          + " Stadtrand ein Brand ausgebrochen war, der sich schnell auf das Dach ausbreitete.",
      "Verletzt wurde nach Angaben der Polizei niemand, die Anwohner wurden aber gebeten, Fenster und Türen"
          + " geschlossen zu halten, weil sich über dem Viertel eine dichte Rauchwolke bildete.",
      "Die Ursache des Feuers ist noch unklar, die Ermittler wollen die Halle in den kommenden Tagen"
          + " untersuchen, sobald die Reste des Daches gesichert sind und keine Gefahr mehr besteht.");

  /** Spanish: three paragraphs of local news. */
  static final String ES = String.join("\n\n",
      "El ayuntamiento aprobó el lunes un plan para plantar dos mil árboles en los barrios del sur de la"
          + " ciudad, donde las temperaturas en verano son las más altas de toda la región.",
      "Los vecinos podrán proponer las calles en las que quieren nuevos árboles a través de las asociaciones"
          + " de barrio, que enviarán sus propuestas antes del final de la primavera.",
      "La primera fase empezará en otoño y costará unos tres millones de euros, según explicó la concejala"
          + " de medio ambiente en la presentación del proyecto a los medios locales.");

  /** French: three paragraphs of local news. */
  static final String FR = String.join("\n\n",
      "Le conseil municipal a voté mardi soir la gratuité des bus pour les moins de vingt-cinq ans, une"
          + " mesure que les associations d'étudiants réclamaient depuis plusieurs années dans la ville.",
      "Le maire a expliqué que la mesure coûterait environ deux millions d'euros par an, financés par une"
          + " hausse du prix du stationnement dans le centre et par une aide de la région.",
      "Les premiers titres de transport gratuits seront distribués à la rentrée, dans les lycées et à"
          + " l'université, ainsi que dans les mairies de quartier pour les jeunes qui travaillent.");

  private SampleBodies() {}

  /** The body in {@code lang} (an ISO 639-1 code: de, es, fr), English for any other. */
  static String of(String lang) {
    return switch (lang) {
      case "de" -> DE;
      case "es" -> ES;
      case "fr" -> FR;
      default -> EN;
    };
  }
}
