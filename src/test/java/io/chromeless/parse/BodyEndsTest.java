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
 * Where the body ends and what inside it is no part of the article: teaser lists after it, other
 * stories below it, boxes between its paragraphs. Short pages of our own writing in several
 * languages; each case names a text the body keeps and texts it must not hold.
 */
class BodyEndsTest {
  static String page(String... lines) {
    return String.join("\n\n", lines);
  }

  static final String DE_ARTICLE = page(
      "Startseite", "Bayern", "Neue Buslinie verbindet drei Dörfer im Landkreis",
      "Von Anna Berger",
      "Ab dem kommenden Montag fährt eine neue Buslinie zwischen den drei Dörfern im Süden des Landkreises,"
          + " die bisher nur mit dem Auto oder dem Schulbus zu erreichen waren, teilte das Landratsamt mit.",
      "Die Busse fahren werktags jede Stunde und am Wochenende alle zwei Stunden, und sie halten auch am"
          + " Bahnhof der Kreisstadt, damit die Fahrgäste dort in die Züge nach München umsteigen können.",
      "Der Gemeinderat hatte die Linie lange gefordert, weil immer mehr ältere Menschen in den Dörfern"
          + " wohnen, die nicht mehr selbst Auto fahren wollen und trotzdem zum Arzt oder zum Einkaufen müssen.",
      "Die Kosten von rund 400.000 Euro im Jahr teilen sich der Landkreis und die drei Gemeinden, die nun"
          + " nach einem Jahr gemeinsam prüfen wollen, ob die Busse genug Fahrgäste haben.");

  static final String EN_ARTICLE = page(
      "Home", "Local", "Library reopens after two years of repairs",
      "By Tom Harris",
      "The town library reopened on Saturday after two years of repairs to its roof and walls, and more"
          + " than three hundred people queued at the door before the first books were lent.",
      "The council spent most of the money on the old roof, which had leaked into the reading room for"
          + " years, and on a lift that lets wheelchair users reach the upper floor for the first time.",
      "Librarians said the children's corner had been moved to the ground floor, next to the garden, so"
          + " that parents with buggies no longer have to carry them up the narrow stairs of the building.",
      "The library will open on Sundays during the summer, the council said, if enough volunteers sign"
          + " up to help the staff at the desk and with the reading groups for young children.");

  static final String FR_ARTICLE = page(
      "Accueil", "Régions", "Le marché couvert rouvre ses portes après un an de travaux",
      "Par Claire Dubois",
      "Le marché couvert de la ville a rouvert ses portes samedi matin après un an de travaux, et les"
          + " habitants sont venus nombreux pour retrouver les commerçants qu'ils connaissent depuis des années.",
      "La mairie a remplacé la toiture et le sol, qui étaient en mauvais état, et a installé de nouveaux"
          + " étals réfrigérés pour les poissonniers et les bouchers qui travaillent dans le bâtiment.",
      "Les commerçants ont dit qu'ils avaient perdu une partie de leurs clients pendant les travaux, mais"
          + " ils espèrent que la nouvelle halle attirera aussi les touristes pendant tout l'été.",
      "Le marché sera ouvert tous les jours sauf le lundi, et un parking à vélos a été construit devant"
          + " l'entrée principale pour les habitants qui viennent du centre de la ville.");


  static final String EN_LONG = page(EN_ARTICLE,
      "Volunteers will also run a repair café in the basement once a month, where visitors can bring"
          + " broken lamps, toasters and bicycles and learn to mend them with the help of retired engineers.",
      "The head librarian said the building had been full every day since the doors opened again, and"
          + " that several readers had brought back books they borrowed before the library closed.");

  static final String DE_LONG = page(DE_ARTICLE,
      "Wer ein Monatsticket für den Zug hat, darf die neuen Busse ohne Aufpreis nutzen, und Schüler fahren"
          + " mit ihrem Schulausweis an allen Tagen der Woche kostenlos mit, auch in den Ferien.",
      "Der Landrat sagte bei der ersten Fahrt, er hoffe, dass die Menschen in den Dörfern das Angebot gut"
          + " annehmen, denn nur dann könne der Kreis die Linie auch in den kommenden Jahren bezahlen.");

  static final String ES_LONG = page(
      "Portada", "Ciudad", "El mercado central abrirá también los domingos",
      "Por Lucía Martín",
      "El mercado central abrirá también los domingos por la mañana a partir de mayo, según acordaron"
          + " los comerciantes y el ayuntamiento después de varios meses de negociación.",
      "Los puestos de fruta y de pescado podrán elegir si abren o no, y el ayuntamiento pagará la"
          + " limpieza extra de los domingos durante el primer año de la prueba.",
      "Los vecinos del barrio llevaban años pidiendo que el mercado abriera el fin de semana, porque"
          + " muchos trabajan de lunes a sábado y solo pueden hacer la compra con calma el domingo.",
      "Algunos comerciantes mayores dijeron que no piensan abrir, porque el domingo es el único día que"
          + " pasan con sus familias, pero los más jóvenes creen que ganarán nuevos clientes.",
      "El ayuntamiento colocará carteles en las paradas de autobús para anunciar el nuevo horario, y"
          + " las primeras semanas habrá música en la plaza que está delante de la entrada principal.",
      "Si la prueba sale bien, el mercado del barrio norte podría seguir el mismo camino el año que"
          + " viene, dijo la concejala de comercio en la presentación del acuerdo.");

  /** Another story appended below an article: its headline, standfirst, byline and date, then text. */
  static final String EN_OTHER = page(
      "Striker signs a new contract with the club",
      "The captain had been linked with three rival teams during the winter.",
      "By Sam Webb",
      "Published 14 March 2024, 16:25",
      "The club's top scorer has agreed a new contract, ending weeks of talk about a move to"
          + " one of the rival teams that tried to sign him during the winter transfer window.",
      "The striker, who joined as a teenager from the youth academy, scored twenty-two goals last season"
          + " and has been captain ever because the previous skipper quit with a knee injury.",
      "His agent insists the player never wanted to leave and that the talks were only about wages and the"
          + " length of the deal, which now runs until the end of the decade.",
      "The manager told reporters after training that keeping his best forward was the most important"
          + " signing of the season, more important than any new player the club could buy.",
      "Supporters cheered when the news was read out at the stadium before kickoff, and the shop"
          + " sold out of shirts with his number within an hour of the announcement.");

  static final String DE_OTHER = page(
      "Stürmer verlängert seinen Vertrag vorzeitig",
      "Der Kapitän war im Winter mit drei Konkurrenten in Verbindung gebracht worden.",
      "Von Jonas Keller",
      "Veröffentlicht am 14.03.2024, 16:25 Uhr",
      "Der beste Torschütze der Mannschaft hat seinen Vertrag vorzeitig verlängert und damit wochenlange"
          + " Gerüchte über einen Wechsel zu einem Konkurrenten beendet, der ihn im Winter holen wollte.",
      "Der Stürmer, der als Jugendlicher aus der eigenen Akademie kam, erzielte in der vergangenen Saison"
          + " zweiundzwanzig Tore und ist Kapitän, seit sein Vorgänger wegen einer Knieverletzung aufhörte.",
      "Sein Berater betonte, der Spieler habe nie weggewollt, und die Gespräche hätten sich nur um das Gehalt"
          + " und die Laufzeit gedreht, die nun bis zum Ende des Jahrzehnts reicht.",
      "Der Trainer erklärte nach dem Training, einen solchen Angreifer zu halten sei die wichtigste"
          + " Verpflichtung der Saison gewesen, wichtiger als jeder Zugang, den man kaufen würde.",
      "Die Anhänger jubelten, als die Nachricht vor dem Spiel am Samstag im Stadion verlesen wurde, und"
          + " die Trikots mit seiner Nummer waren im Fanshop sofort ausverkauft.",
      "Am Wochenende trifft die Mannschaft auswärts auf den Tabellenzweiten, und der Angreifer soll nach"
          + " seiner Verletzungspause erstmals wieder von Beginn an auf dem Platz stehen.");

  static final String ES_OTHER = page(
      "El delantero renueva su contrato por tres temporadas",
      "El capitán había sido relacionado con tres equipos rivales durante el invierno.",
      "Por Javier Ortega",
      "Publicado el 14/03/2024 a las 16:25",
      "El máximo goleador del equipo ha firmado una renovación de tres temporadas, y pone fin a meses de"
          + " rumores sobre un fichaje por alguno de los rivales que intentaron llevárselo en invierno.",
      "El delantero, que llegó de la cantera siendo un adolescente, marcó veintidós goles la temporada"
          + " pasada y es capitán desde que su antecesor se retiró por una lesión de rodilla.",
      "Su representante explicó que el jugador nunca quiso marcharse y que la negociación solo giraba en"
          + " torno al sueldo y a la duración del contrato, que ahora termina dentro de tres veranos.",
      "El entrenador dijo tras el entrenamiento que retener a su mejor atacante era el fichaje más"
          + " importante de la temporada, más que cualquier jugador nuevo que pudiera comprar el club.",
      "Los aficionados aplaudieron cuando se leyó la noticia en el estadio antes del partido del sábado,"
          + " y las camisetas con su dorsal se agotaron en la tienda en menos de una hora.");

  static Stream<Arguments> pages() {
    return Stream.of(
        // another story appended below the article, with its own head block
        Arguments.of("appended story, English", page(EN_LONG, EN_OTHER),
            List.of("books they borrowed"), List.of("Striker", "striker", "Sam Webb", "shirts")),
        Arguments.of("appended story, German", page(DE_LONG, DE_OTHER),
            List.of("in den kommenden Jahren bezahlen"), List.of("Stürmer", "Jonas Keller", "Trikots")),
        Arguments.of("appended story, Spanish", page(ES_LONG, ES_OTHER),
            List.of("presentación del acuerdo"), List.of("delantero", "Javier Ortega", "camisetas")),
        // teasers under an end marker between the article's paragraphs: the article goes on
        Arguments.of("teasers inside the article, English", page(EN_ARTICLE,
                "Read more",
                "Council Agrees Budget For New Cycle Lanes",
                "Harbour Festival Returns In August",
                "Police Appeal After Shop Break-In",
                "The librarians also plan evening opening on Thursdays for readers who work during the day,"
                    + " and the first evening will bring a talk by a local author about the history of the library.",
                "The old card catalogue, which stood in the hall for more than sixty years, has been given to"
                    + " the town museum, where visitors can see it next to the library's first lending books.",
                "If the evenings prove popular, the council wants to open the small branch library in the"
                    + " harbour district again, which has been closed since the flood a few winters ago."),
            List.of("evening opening on Thursdays", "first lending books"), List.of("Cycle Lanes", "Harbour Festival")),
        Arguments.of("teasers inside the article, German", page(DE_ARTICLE,
                "Lesen Sie auch",
                "Gemeinderat beschließt neue Radwege",
                "Hafenfest kehrt im August zurück",
                "Polizei sucht Zeugen nach Einbruch",
                "Für Fahrgäste mit Kinderwagen oder Rollstuhl haben die neuen Busse einen niedrigen Einstieg,"
                    + " und an den Haltestellen in den Dörfern werden im Sommer neue Wartehäuschen gebaut.",
                "Der Fahrplan der Linie steht ab sofort auf der Seite des Landkreises und hängt auch in den"
                    + " Rathäusern der drei Gemeinden aus, wo die Mitarbeiter Fragen zu den Fahrten beantworten.",
                "Sollten die Busse im ersten Jahr gut besetzt sein, will der Landkreis prüfen, ob auch das"
                    + " vierte Dorf im Tal an die Linie angeschlossen werden kann, das bisher abseits liegt."),
            List.of("niedrigen Einstieg", "Fragen zu den Fahrten"), List.of("Radwege", "Hafenfest")),
        Arguments.of("teasers inside the article, French", page(FR_ARTICLE,
                "À lire aussi",
                "Le conseil vote le budget des pistes cyclables",
                "La fête du port revient en août",
                "Appel à témoins après un cambriolage",
                "Les commerçants du marché couvert organiseront aussi une fête le premier dimanche de chaque"
                    + " mois, avec des dégustations de fromages et de fruits pour les familles du quartier.",
                "La mairie a annoncé que les horaires du marché seraient affichés à l'entrée et dans les"
                    + " boulangeries voisines, pour les habitants qui ne consultent pas le site de la ville.",
                "Si la nouvelle halle attire assez de monde, la mairie pense ouvrir un second marché couvert"
                    + " dans le quartier de la gare, où les habitants réclament depuis longtemps des commerces."),
            List.of("premier dimanche de chaque", "boulangeries voisines"), List.of("pistes cyclables", "fête du port")),
        // picture captions between paragraphs that close with the agency's or photographer's credit
        Arguments.of("captions closing with a credit, English", page(
                "Home", "Local", "Library reopens after two years of repairs", "By Tom Harris",
                "The town library reopened on Saturday after two years of repairs to its roof and walls, and more"
                    + " than three hundred people queued at the door before the first books were lent.",
                "Readers wait outside the library before it opens on Saturday morning. (AP Photo/Jane Roe)",
                "The council spent most of the money on the old roof, which had leaked into the reading room for"
                    + " years, and on a lift that lets wheelchair users reach the upper floor for the first time.",
                "The new lift beside the main staircase of the library, seen on Friday. REUTERS/John Doe",
                "Librarians said the children's corner had been moved to the ground floor, next to the garden, so"
                    + " that parents with buggies no longer have to carry them up the narrow stairs of the building.",
                "A child reads in the new children's corner of the library. Photo by Mary Major /AFP via Getty Images",
                "The library will open on Sundays during the summer, the council said, if enough volunteers sign"
                    + " up to help the staff at the desk and with the reading groups for young children."),
            List.of("narrow stairs of the building", "reading groups"),
            List.of("Readers wait outside", "The new lift beside", "A child reads")),
        Arguments.of("captions closing with a credit, German", page(DE_ARTICLE.replace(
                "umsteigen können.", "umsteigen können.\n\nEin Bus der neuen Linie an der Haltestelle vor dem Rathaus am"
                    + " Montagmorgen. (Max Muster/dpa)")),
            List.of("umsteigen können", "genug Fahrgäste haben"), List.of("Haltestelle vor dem Rathaus")),
        Arguments.of("captions closing with a credit, Spanish", page(ES_LONG.replace(
                "negociación.", "negociación.\n\nVecinos compran fruta en uno de los puestos del mercado central, el"
                    + " sábado por la mañana. Foto de Ana Pérez / EFE")),
            List.of("varios meses de negociación", "presentación del acuerdo"), List.of("Vecinos compran fruta")),
        Arguments.of("captions closing with a credit, French", page(FR_ARTICLE.replace(
                "bâtiment.", "bâtiment.\n\nDes clients devant un étal de fromages dans la halle rénovée, samedi"
                    + " 4 mai. (Jean Dupont / AFP)")),
            List.of("travaillent dans le bâtiment", "centre de la ville"), List.of("étal de fromages")),
        // teasers of other opinion pieces: headline, author, date, then a long excerpt
        Arguments.of("teasers with author and date, English", page(EN_LONG,
                "Why the harbour needs a second ferry",
                "Anna Fields",
                "Tuesday November 19, 2019",
                "Every summer the queue for the only ferry to the island grows longer, and every summer the council"
                    + " promises to look at the timetable again, while the people who live on the island and work on the"
                    + " mainland lose an hour a day standing on the quay waiting for a boat that is already full.",
                "The case for keeping the old market hall",
                "Peter Grant",
                "Tuesday November 19, 2019",
                "Pulling down the old market hall would save the town some money for a year or two, but it would take"
                    + " away the one covered place where farmers, craftsmen and bakers can sell to the people of the"
                    + " valley in every kind of weather, and nothing in the new plans would replace it."),
            List.of("books they borrowed"), List.of("second ferry", "Anna Fields", "market hall")),
        Arguments.of("teasers with author and date, German", page(DE_LONG,
                "Warum der Hafen eine zweite Fähre braucht",
                "Anna Feld",
                "Dienstag, 19. November 2019",
                "Jeden Sommer wird die Schlange vor der einzigen Fähre zur Insel länger, und jeden Sommer verspricht"
                    + " der Gemeinderat, sich den Fahrplan noch einmal anzusehen, während die Menschen, die auf der Insel"
                    + " wohnen und auf dem Festland arbeiten, jeden Tag eine Stunde am Kai auf ein volles Boot warten.",
                "Warum die alte Markthalle bleiben muss",
                "Peter Grün",
                "Dienstag, 19. November 2019",
                "Ein Abriss der alten Markthalle würde der Stadt für ein oder zwei Jahre etwas Geld sparen, aber er"
                    + " nähme den Bauern, Handwerkern und Bäckern den einzigen überdachten Ort, an dem sie bei jedem"
                    + " Wetter an die Leute aus dem Tal verkaufen können, und die neuen Pläne ersetzen ihn nicht."),
            List.of("in den kommenden Jahren bezahlen"), List.of("zweite Fähre", "Anna Feld", "Markthalle")),
        Arguments.of("teasers with author and date, Spanish", page(ES_LONG,
                "Por qué el puerto necesita un segundo ferri",
                "Ana Campos",
                "Martes, 19 de noviembre de 2019",
                "Cada verano la cola para el único ferri a la isla es más larga, y cada verano el ayuntamiento promete"
                    + " revisar los horarios, mientras los vecinos que viven en la isla y trabajan en tierra firme"
                    + " pierden una hora al día de pie en el muelle esperando un barco que ya llega lleno.",
                "Por qué hay que conservar la vieja lonja",
                "Pedro Gómez",
                "Martes, 19 de noviembre de 2019",
                "Derribar la vieja lonja ahorraría algo de dinero a la ciudad durante uno o dos años, pero quitaría"
                    + " a los agricultores, artesanos y panaderos el único lugar cubierto donde pueden vender a la gente"
                    + " del valle con cualquier tiempo, y los nuevos planes no ofrecen nada que lo sustituya."),
            List.of("presentación del acuerdo"), List.of("segundo ferri", "Ana Campos", "vieja lonja")),
        // a box of other stories' headlines between two parts of the article: the part below goes on
        // with the article's subject and joins the body, the box does not
        Arguments.of("teaser box between parts, English", page(EN_ARTICLE,
                "Council Agrees Budget For New Cycle Lanes", "Harbour Festival Returns In August",
                "Police Appeal After Shop Break In", "School Choir Heads To National Final",
                "Bakery Wins Regional Bread Award", "Rail Line Reopens After Repairs",
                "Market Traders Back Sunday Opening", "Museum Shows Old Town Maps",
                "The library roof and the new lift cost the council more than planned, librarians said, but the"
                    + " reading room and the children's corner are now dry, warm and open to readers again.",
                "Librarians and volunteers will run the reading groups for young children on Sundays during the"
                    + " summer, and the council said the library will keep its new opening hours."),
            List.of("now dry, warm and open", "keep its new opening hours"), List.of("Cycle Lanes", "Museum Shows")),
        Arguments.of("teaser box between parts, German", page(DE_ARTICLE,
                "Gemeinderat beschließt neue Radwege", "Hafenfest kehrt im August zurück",
                "Polizei sucht Zeugen nach Einbruch", "Schulchor fährt zum Bundesfinale",
                "Bäckerei gewinnt Preis für Brot", "Bahnstrecke nach Reparatur wieder offen",
                "Markthändler wollen sonntags öffnen", "Museum zeigt alte Stadtpläne",
                "Die neue Buslinie verbindet die drei Dörfer mit dem Bahnhof der Kreisstadt, und die Busse fahren"
                    + " werktags jede Stunde, teilte das Landratsamt den Gemeinden und dem Gemeinderat mit.",
                "Die Kosten der Buslinie teilen sich der Landkreis und die drei Gemeinden, die nach einem Jahr"
                    + " prüfen wollen, ob die Busse in den Dörfern genug Fahrgäste haben."),
            List.of("den Gemeinden und dem Gemeinderat", "genug Fahrgäste haben."), List.of("Radwege", "Museum zeigt")),
        Arguments.of("teaser box between parts, French", page(FR_ARTICLE,
                "Le Conseil Vote Le Budget Des Pistes", "La Fête Du Port Revient En Août",
                "Appel À Témoins Après Un Cambriolage", "La Chorale Part En Finale",
                "Une Boulangerie Primée Pour Son Pain", "La Ligne De Train Rouvre",
                "Les Maraîchers Veulent Ouvrir Le Dimanche", "Le Musée Expose Des Cartes",
                "Le marché couvert rénové accueille les commerçants et les habitants tous les jours sauf le lundi,"
                    + " et la mairie espère que la halle attirera les touristes pendant l'été.",
                "Les commerçants du marché ont retrouvé leurs clients, et la mairie a dit que les travaux de la"
                    + " toiture et du sol de la halle avaient coûté plus cher que prévu."),
            List.of("attirera les touristes pendant", "plus cher que prévu"), List.of("Chorale", "Musée Expose")),
        // teasers of other stories, each with a full date and time between headline and blurb
        Arguments.of("teasers with date and time", page(DE_ARTICLE,
                "Das könnte Sie auch interessieren",
                "Radweg am See wird im Sommer gesperrt",
                "12.04.2024, 10:21 Uhr",
                "Der beliebte Radweg am Ufer des Sees wird im Juli für sechs Wochen gesperrt, weil die Gemeinde"
                    + " die Brücke über den Bach erneuern lässt.",
                "Neues Hallenbad öffnet im Herbst",
                "27.03.2024, 12:29 Uhr",
                "Nach drei Jahren Bauzeit soll das neue Hallenbad im Oktober öffnen, sagte der Bürgermeister bei"
                    + " der Sitzung des Stadtrats am Dienstag.",
                "Bauern klagen über den trockenen Frühling",
                "25.03.2024, 05:13 Uhr",
                "Viele Landwirte in der Region warten seit Wochen auf Regen, und auf manchen Feldern ist die"
                    + " Saat noch gar nicht aufgegangen."),
            List.of("nach einem Jahr gemeinsam prüfen"), List.of("Radweg", "Hallenbad", "Landwirte")),
        Arguments.of("teasers with date and time, English", page(EN_ARTICLE,
                "More stories",
                "Bridge on the river road to close in July",
                "April 12, 2024 10:21 am",
                "The old bridge on the river road will close for six weeks in July while the council replaces"
                    + " its railings and the surface of the road.",
                "New swimming pool to open in the autumn",
                "March 27, 2024 12:29 pm",
                "After three years of building work the new pool should open in October, the mayor told the"
                    + " council meeting on Tuesday evening.",
                "Farmers worry about the dry spring",
                "March 25, 2024 5:13 am",
                "Many farmers in the county have waited weeks for rain, and on some fields the seed has not"
                    + " come up at all this year."),
            List.of("reading groups for young children"), List.of("bridge", "swimming pool", "farmers")),
        Arguments.of("teasers with date and time, French", page(FR_ARTICLE,
                "À lire aussi",
                "La piste cyclable du lac fermée en juillet",
                "12/04/2024 à 10h21",
                "La piste cyclable qui longe le lac sera fermée pendant six semaines en juillet, le temps de"
                    + " refaire le pont qui enjambe le ruisseau.",
                "La nouvelle piscine ouvrira à l'automne",
                "27/03/2024 à 12h29",
                "Après trois ans de travaux, la nouvelle piscine devrait ouvrir en octobre, a dit le maire"
                    + " lors du conseil municipal de mardi soir.",
                "Les agriculteurs inquiets après un printemps sec",
                "25/03/2024 à 05h13",
                "Beaucoup d'agriculteurs de la région attendent la pluie depuis des semaines, et certains champs"
                    + " n'ont toujours pas levé cette année."),
            List.of("centre de la ville"), List.of("piste cyclable", "piscine", "agriculteurs")),
        // a box after the article that asks the reader to sign up, subscribe or give, written in
        // sentences; and one between two parts of the article, after which the article goes on
        Arguments.of("request box after the article, English", page(EN_ARTICLE,
                "Morning Briefing",
                "Get the five stories you need to know each morning delivered to your inbox, with our editors'"
                    + " picks of the best reads and the weather for the weekend ahead.",
                "We will never pass your details on, and every message has a link to leave the list."),
            List.of("reading groups for young children"), List.of("Morning Briefing", "five stories", "your details")),
        Arguments.of("request box after the article, German", page(DE_ARTICLE,
                "Gefällt Ihnen unsere Arbeit? Dann unterstützen Sie uns mit einem kleinen Beitrag im Monat, damit"
                    + " unsere Reporterinnen und Reporter auch weiter aus der ganzen Region berichten können.",
                "Schon ab drei Euro sind Sie dabei, kündbar jederzeit und ohne lange Fristen."),
            List.of("genug Fahrgäste haben."), List.of("Gefällt Ihnen", "drei Euro")),
        Arguments.of("request box after the article, French", page(FR_ARTICLE,
                "Abonnez-vous pour recevoir chaque matin l'essentiel de l'actualité de votre région, avec les"
                    + " analyses de nos journalistes et les rendez-vous du week-end.",
                "Offre sans engagement, résiliable à tout moment depuis votre espace personnel en ligne."),
            List.of("centre de la ville"), List.of("chaque matin", "sans engagement")),
        // a line that sends the reader to a liveblog or topic page, with the teaser of it below
        Arguments.of("pointer to a liveblog after the article, German", page(DE_ARTICLE,
                "Alles Neue zum Nahverkehr im Landkreis lesen Sie in unserem Newsblog:",
                "Busse und Bahnen",
                "Seit dem Herbst ändern sich viele Fahrpläne im Landkreis, und die Gemeinden streiten über neue"
                    + " Haltestellen für die Busse."),
            List.of("genug Fahrgäste haben."), List.of("Newsblog", "Fahrpläne")),
        Arguments.of("pointer to a liveblog after the article, English", page(EN_ARTICLE,
                "Follow every update on the town's libraries and schools in our live blog:",
                "Town news",
                "The council meets on Thursday to decide on the library budget, the school roofs and the new"
                    + " opening hours for the summer."),
            List.of("reading groups for young children"), List.of("live blog", "library budget")),
        Arguments.of("pointer to a topic page after the article, French", page(FR_ARTICLE,
                "Retrouvez toutes nos informations sur les marchés et les commerces de la ville dans notre dossier.",
                "Commerces",
                "La mairie a présenté mardi son plan pour les marchés et les commerces du centre."),
            List.of("centre de la ville"), List.of("Retrouvez", "présenté mardi")),
        // a box about the author after the article, under its own heading
        Arguments.of("author box after the article, English", page(EN_ARTICLE,
                "About the author",
                "Tom Harris has covered the town's schools, libraries and council for the paper since he moved"
                    + " to the coast from the city in the spring of 2015."),
            List.of("reading groups for young children"), List.of("About the author", "moved to the coast")),
        Arguments.of("author box after the article, German", page(DE_ARTICLE,
                "Die Autorin",
                "Anna Berger schreibt seit vielen Jahren über die Dörfer und Gemeinden im Süden des Landkreises"
                    + " und über die Arbeit im Rathaus der Kreisstadt."),
            List.of("genug Fahrgäste haben."), List.of("Die Autorin", "seit vielen Jahren")),
        Arguments.of("author box after the article, Spanish", page(ES_LONG,
                "Sobre la autora",
                "Lucía Romero escribe desde hace años sobre los pueblos de la costa, sus puertos y sus mercados,"
                    + " y sobre el trabajo del ayuntamiento de la ciudad."),
            List.of("la compra con calma el domingo"), List.of("Sobre la autora", "desde hace años")),
        // a box of further reading with bylines and dates, closed by a link to more, between two parts
        // of the article: the part below speaks of the article's things and joins the body across it
        Arguments.of("further reading box between parts, German", page(DE_ARTICLE,
                "Mehr zum Thema",
                "Neue Radwege im Landkreis", "Von Jonas Weber", "12.04.2024",
                "Hafenfest kehrt im August zurück", "Von Lea Krüger", "03.04.2024",
                "Schulchor fährt zum Bundesfinale", "Von Paul Richter", "28.03.2024", "Alle Artikel zum Thema",
                "Die Busse der neuen Linie halten auch am Bahnhof der Kreisstadt, und die Fahrgäste können dort"
                    + " in die Züge nach München umsteigen, sagte das Landratsamt den drei Gemeinden am Montag in einem Schreiben.",
                "Der Landkreis und die Gemeinden wollen nach einem Jahr gemeinsam prüfen, ob die Busse in den"
                    + " Dörfern genug Fahrgäste haben, und dann im Kreistag über die Kosten der Linie sprechen.",
                "Zur Startseite"),
            List.of("umsteigen, sagte das Landratsamt", "über die Kosten der Linie sprechen"),
            List.of("Radwege", "Lea Krüger")),
        Arguments.of("further reading box between parts, English", page(EN_ARTICLE,
                "Related",
                "Council agrees budget for cycle lanes", "By Jack Mills", "April 12, 2024",
                "Harbour festival returns in August", "By Amy Clark", "April 3, 2024",
                "School choir heads to national final", "By Sam Wood", "March 28, 2024", "See all stories",
                "The council said the new lift lets wheelchair users reach the upper floor of the library,"
                    + " and librarians have moved the children's corner from the first floor down to the room next to the garden.",
                "Volunteers will help the library staff at the desk and with the reading groups for young"
                    + " children when the library opens on Sundays during the summer, the council said on Monday.",
                "Back to top"),
            List.of("next to the garden.", "opens on Sundays during the summer"), List.of("cycle lanes", "Amy Clark")),
        Arguments.of("further reading box between parts, French", page(FR_ARTICLE,
                "Lire aussi",
                "Le conseil vote le budget des pistes", "Par Jules Martin", "12/04/2024",
                "La fête du port revient en août", "Par Léa Petit", "03/04/2024",
                "La chorale part en finale", "Par Hugo Bernard", "28/03/2024", "Voir tous les articles",
                "La mairie a remplacé la toiture et le sol du marché couvert, et les commerçants ont retrouvé"
                    + " les habitants qui viennent chaque semaine du centre de la ville et des villages voisins.",
                "Les commerçants du marché espèrent que la halle attirera aussi les touristes pendant l'été, et"
                    + " la mairie a construit un grand parking à vélos devant l'entrée principale du marché.",
                "Retour en haut"),
            List.of("des villages voisins.", "entrée principale du marché"), List.of("pistes", "Léa Petit")),
        // a note about the text between its paragraphs: affiliate links, a machine's translation
        Arguments.of("note on affiliate links, English", EN_ARTICLE.replace("By Tom Harris\n\n",
                "By Tom Harris\n\nSome links in this story are affiliate links, and the paper may earn a commission"
                    + " when you buy something through them.\n\n"),
            List.of("queued at the door"), List.of("affiliate", "commission")),
        Arguments.of("note on a machine translation, German", page(DE_ARTICLE,
                "Dieser Beitrag wurde von unserer Redaktion automatisch übersetzt und vor der Veröffentlichung geprüft."),
            List.of("genug Fahrgäste haben."), List.of("automatisch übersetzt")),
        Arguments.of("note on affiliate links, French", FR_ARTICLE.replace("Par Claire Dubois\n\n",
                "Par Claire Dubois\n\nCet article contient des liens d'affiliation : le journal peut percevoir une"
                    + " commission sur vos achats.\n\n"),
            List.of("rouvert ses portes samedi"), List.of("affiliation", "commission")),
        // the placeholder of a player or an embed that did not load, between the paragraphs
        Arguments.of("player placeholder, English", EN_ARTICLE.replace("By Tom Harris\n\n",
                "By Tom Harris\n\nPlease enable JavaScript in your browser settings to watch this video of the reopening"
                    + " of the town library.\n\n"),
            List.of("queued at the door"), List.of("JavaScript", "watch this video")),
        Arguments.of("embed placeholder, German", page(DE_ARTICLE,
                "Externer Inhalt nicht verfügbar. Bitte JavaScript aktivieren, um die Karte der neuen Buslinie"
                    + " zu sehen.",
                "Die neue Linie soll im Herbst bis zum Krankenhaus der Kreisstadt verlängert werden, wenn der"
                    + " Kreistag im Sommer den Haushalt für das nächste Jahr beschließt."),
            List.of("genug Fahrgäste haben.", "Haushalt für das nächste Jahr"), List.of("Externer Inhalt")),
        Arguments.of("player placeholder, Spanish", page(ES_LONG,
                "Para ver este vídeo del mercado, habilita JavaScript en tu navegador y vuelve a cargar la página"
                    + " de la noticia.",
                "Los vecinos podrán votar en primavera si el mercado sigue abierto los domingos durante todo el"
                    + " año, y el ayuntamiento publicará el resultado en su página."),
            List.of("la compra con calma el domingo", "publicará el resultado"), List.of("JavaScript")),
        // a comment form's title with its "cancel reply" link, then the site's own blurb
        Arguments.of("comment form after the article, English", page(EN_ARTICLE,
                "Leave a Reply Cancel reply",
                "We are a small team of writers who have loved old films since we were children, and we share"
                    + " the best of them with you every week."),
            List.of("reading groups for young children"), List.of("Leave a Reply", "old films")),
        Arguments.of("comment form after the article, Spanish", page(ES_LONG,
                "Deja una respuesta Cancelar la respuesta",
                "Somos un pequeño equipo de periodistas que desde hace años cuenta lo que pasa en los barrios de"
                    + " la ciudad y en los pueblos de la costa."),
            List.of("la compra con calma el domingo"), List.of("Deja una respuesta", "pequeño equipo")),
        Arguments.of("comment form after the article, Portuguese", page(ES_LONG,
                "Deixe uma resposta Cancelar resposta",
                "O seu endereço de email não será publicado, e os campos com um asterisco devem ser preenchidos"
                    + " antes de enviar o comentário."),
            List.of("la compra con calma el domingo"), List.of("Deixe uma resposta", "não será publicado")),
        // a long headline of another story under a "read also" label, between the paragraphs
        Arguments.of("labelled teaser between paragraphs, English", page(EN_ARTICLE,
                "ALSO READ: Council votes to keep the old swimming pool open for another two summers after long debate",
                "Librarians said the new opening hours will start in June, and the council will review them at"
                    + " the end of the year with the volunteers."),
            List.of("review them at the end of the year"), List.of("swimming pool")),
        Arguments.of("labelled teaser between paragraphs, German", page(DE_ARTICLE,
                "Verwandte Artikel: Gemeinderat will das alte Freibad noch zwei weitere Sommer lang geöffnet lassen",
                "Die ersten Busse fahren am Montag um sechs Uhr morgens, und in der ersten Woche ist die Fahrt für"
                    + " alle Fahrgäste kostenlos, teilte das Landratsamt mit."),
            List.of("für alle Fahrgäste kostenlos"), List.of("Freibad")),
        Arguments.of("labelled teaser between paragraphs, French", page(FR_ARTICLE,
                "Voir aussi : Le conseil municipal veut garder la vieille piscine ouverte encore deux étés de plus",
                "Les premiers clients sont arrivés samedi dès sept heures du matin, et le maire a coupé le ruban"
                    + " devant les commerçants du marché."),
            List.of("le maire a coupé le ruban"), List.of("piscine")),
        Arguments.of("labelled teaser between paragraphs, Spanish", page(ES_LONG,
                "Ver también: El ayuntamiento quiere cerrar la vieja piscina municipal después de este verano por las obras",
                "Los primeros puestos abrirán el domingo a las nueve de la mañana, y el alcalde visitará el mercado"
                    + " con los vecinos del barrio."),
            List.of("visitará el mercado"), List.of("piscina")),
        // where a republished text first appeared
        Arguments.of("republication note, English", page(EN_ARTICLE,
                "This story first appeared in the Valley Weekly and is republished here with the paper's consent."),
            List.of("reading groups for young children"), List.of("Valley Weekly")),
        Arguments.of("republication note, German", page(DE_ARTICLE,
                "Dieser Beitrag ist zuerst bei unserer Partnerzeitung im Nachbarkreis und ihrem Regionalteil erschienen."),
            List.of("genug Fahrgäste haben."), List.of("Partnerzeitung")),
        Arguments.of("republication note, French", page(FR_ARTICLE,
                "Cet article a été initialement publié dans un hebdomadaire régional partenaire de notre journal."),
            List.of("centre de la ville"), List.of("hebdomadaire")),
        Arguments.of("request box between parts, English", page(EN_ARTICLE,
                "Sign up for our free weekly newsletter about the town, its schools, its parks and its libraries.",
                "The library's new lift and the repaired roof were paid for by the council, and librarians said"
                    + " the reading room and the children's corner have never been so busy with young readers.",
                "The council said volunteers at the library desk will also help with the summer reading groups"
                    + " for children and with the lift for wheelchair users on the upper floor of the library."),
            List.of("children's corner have never been so busy", "upper floor of the library"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void bodyHoldsTheArticleOnly(String rule, String page, List<String> in, List<String> out) throws Exception {
    ParsedPage p = new PageParser().parse(new RawPage("file:///pages/p.txt", 0, null, null, page));
    for (String s : in) {
      assertThat(p.body()).contains(s);
    }
    for (String s : out) {
      assertThat(p.body()).as(p.body()).doesNotContain(s);
    }
  }
}
