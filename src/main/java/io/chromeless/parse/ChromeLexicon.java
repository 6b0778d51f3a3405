package io.chromeless.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General, multilingual knowledge of page chrome: the words that navigation, account, sharing and
 * legal lines are made of, and the ways publishers say that a paywall cut the article. Nothing
 * here names a site or quotes one page; these are the generic phrasings of the web in the
 * languages the job meets most (en, de, fr, es, it, pt, nl, Scandinavian). What a run shows to be
 * chrome beyond this is learned from the data of the run.
 */
final class ChromeLexicon {
  private ChromeLexicon() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** The label before a breadcrumb ("You are here: Home > News"), with its colon. */
  private static final String BREADCRUMB_LABELS =
      "you are here:|sie sind hier:|vous êtes ici ?:|você está aqui:|usted está en:|estás en:"
          + "|sei qui:|ti trovi in:|u bent hier:|je bent hier:|du är här:|du er her:|jesteś tutaj:|nacházíte se:";

  private static final Pattern BREADCRUMB_LABEL = Pattern.compile("^(?:" + BREADCRUMB_LABELS + ")", FLAGS);

  /** Words and phrases of navigation, account, sharing, advertising and legal chrome. */
  static final Pattern CHROME_WORDS =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              // English
              + "subscribe|subscription|subscriber|sign[ -]?in|sign[ -]?up|sign[ -]?out|log[ -]?in|log[ -]?out"
              + "|register|newsletters?|cookies?|privacy|terms of (?:use|service)|all rights reserved"
              + "|copyright|advertisements?|advertising|sponsored|share (?:this|on|via|article|story)"
              + "|follow us|read more|related (?:articles|stories|content|topics|news)|most (?:read|popular|viewed|shared)"
              + "|trending|comments?|click here|download (?:our|the) app|skip to (?:main )?content|menu"
              + "|back to top|show (?:more|less)|load more|view (?:all|more)|next (?:article|story)"
              + "|previous (?:article|story)|editor'?s'? picks|recommended(?: for you)?|you may also like"
              + "|more from|watch (?:now|video|live)|listen to (?:this|the) (?:article|story)|play video"
              + "|facebook|twitter|linkedin|instagram|youtube|tiktok|whatsapp|pinterest|reddit|telegram"
              + "|e-?mail this|print this|contact us|about us|advertise with us|careers|site ?map"
              // German
              + "|abonnieren|abonnement|abo|anmelden|abmelden|einloggen|registrieren|datenschutz\\p{L}*"
              + "|impressum|nutzungsbedingungen|werbung|anzeige|weiterlesen|mehr zum thema|lesen sie auch"
              + "|kommentare?|teilen|alle rechte vorbehalten|startseite|folgen sie uns|meistgelesen\\p{L}*"
              + "|das könnte sie auch interessieren|auch interessant|artikel (?:teilen|merken|vorlesen|drucken)"
              + "|zur startseite|zum artikel|mehr artikel|verwandte themen"
              // French
              + "|s'abonner|abonnez-vous|se connecter|connexion|s'inscrire|publicité|partager|lire aussi"
              + "|tous droits réservés|mentions légales|politique de confidentialité|les plus lus|sur le même sujet"
              // Spanish / Portuguese
              + "|suscríbete|suscribirse|suscripción|iniciar sesión|regístrate|publicidad|compartir|lee también"
              + "|leer más|todos los derechos reservados|aviso legal|política de privacidad|lo más leído"
              + "|te puede interesar|assine|assinatura|cadastre-se|publicidade|compartilh\\p{L}+|leia também"
              + "|leia mais|todos os direitos reservados"
              // Italian
              + "|abbonati|accedi|registrati|pubblicità|condividi|leggi anche|riproduzione riservata"
              + "|tutti i diritti riservati|più letti"
              // Dutch / Scandinavian
              + "|abonneer|inloggen|advertentie|lees ook|lees meer|alle rechten voorbehouden"
              + "|prenumerera|logga in|annons|läs också|läs mer|log ind|annonce|læs også|logg inn|les også|les mer"
              + "|" + BREADCRUMB_LABELS
              // a link to the site's job board ("Find a new job", "Jobs finden")
              + "|find a (?:new )?job|search jobs|jobs finden|neuen job finden|trouve[rz] (?:un|votre) (?:nouvel )?emploi"
              + "|encuentra (?:tu|un) (?:nuevo )?empleo|trova (?:un )?lavoro|vind een (?:nieuwe )?baan"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * Notices that the article is cut for non-subscribers or that the free-article limit is reached.
   * A line like this after the start of the body ends the body and sets the paywall flag.
   */
  static final Pattern PAYWALL =
      Pattern.compile(
          "(?:"
              // English
              + "reached (?:your|the) (?:\\w+ )?(?:limit|maximum)|(?:free )?articles? (?:limit|remaining)"
              + "|you(?:'ve| have) read (?:\\w+|\\d+) (?:of (?:\\w+|\\d+) )?free"
              + "|(?:to )?(?:continue|keep) reading|(?:read|unlock|access) the (?:full|whole|rest of the|entire) (?:article|story)"
              + "|subscribe (?:now |today )?to (?:read|continue|unlock|access|keep reading|get full access)"
              + "|(?:only (?:available )?(?:to|for)|exclusive(?:ly)? for|reserved for) (?:paying |our )?(?:subscribers|members)"
              + "|(?:this|the) (?:article|story|content) is (?:exclusive|reserved|only available)"
              + "|subscribers?[- ]only|premium (?:article|content|story)|start your free trial"
              // German
              + "|weiterlesen mit|(?:jetzt|gleich) (?:weiterlesen|freischalten)"
              + "|(?:nur|exklusiv) für (?:\\w+-?)?(?:abonnent\\w*|abonnierende|plus-?kunden)"
              + "|(?:artikel|beitrag|inhalt) (?:freischalten|ist exklusiv|ist nur für)"
              + "|um (?:den|diesen) (?:vollständigen |ganzen |kompletten )?(?:artikel|beitrag|text) (?:zu )?(?:lesen|weiterzulesen)"
              + "|(?:ihr|das) (?:kostenloses? )?(?:artikel-?)?(?:limit|kontingent)"
              // French
              + "|réservée? aux abonnés|il vous reste \\d+ ?% de|pour lire la suite|la suite est réservée"
              + "|abonnez-vous pour (?:lire|continuer|accéder)"
              // Spanish / Portuguese / Italian
              + "|exclusivo para (?:suscriptores|socios|abonados|assinantes)|(?:para )?(?:seguir|continuar) leyendo"
              + "|(?:ha|has) (?:alcanzado|llegado a) (?:el|tu) límite|(?:para )?continuar (?:lendo|a ler)"
              + "|riservato agli abbonati|(?:per )?continuare a leggere|contenuto (?:riservato|esclusivo) (?:agli|per gli) abbonati"
              // Dutch / Scandinavian
              + "|lees verder met|alleen voor (?:abonnees|leden)|för prenumeranter|kun for abonnenter"
              + "|for abonnenter|läs hela artikeln|les hele saken"
              + ")",
          FLAGS);

  /** A credit line under a picture: "Photo: …", "Foto: …", "(AFP)", "Getty Images". */
  static final Pattern CREDIT =
      Pattern.compile(
          "^(?:(?:photo|foto|bild|image|picture|credit|quelle|source|fuente|crédit|photographie|illustration)s?"
              + "(?: credit)?\\s*[:©]|©|\\(c\\)\\s|courtesy\\b|mit freundlicher genehmigung)"
              + "|(?:getty images|shutterstock|imago|reuters|afp|associated press|\\bap photo|dpa|epa|keystone"
              + "|picture alliance|istock|alamy)\\b",
          FLAGS);

  /**
   * Words of page controls that sit between a headline and its article: sharing, copying links,
   * bookmarking, listening, font size, reading time, picture galleries, "back to overview". Too
   * common in prose to mark body lines; a short line (up to six words) with one of them is taken
   * for a control, not a title (longer headlines may well say "share" or "follow").
   */
  static final Pattern UI_CONTROL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:share|sharing|permalink|copy|link|bookmark\\w*|print|save[ds]?|listen|audio"
              + "|font size|text size|reading time|min(?:ute)?s? read|image \\d+ of|\\d+ of \\d+|gallery|filed (?:to|under)"
              + "|follow|search|back to|browse|open in a new window|external links"
              + "|teilen|kopier\\w*|merkliste|drucken|speichern|anhören|vorlesen|schriftgröße|lesezeit|suche\\w*"
              + "|zurück|detailansicht|bildergalerie"
              + "|partager|copier|imprimer|écouter|temps de lecture|retour"
              + "|compartir|copiar|imprimir|escuchar|tiempo de lectura|volver|tempo de leitura"
              + "|condividi|copia|salvat[oa]|stampa|ascolta|tempo di lettura|torna"
              + "|delen|kopieer|leestijd|dela|kopiera|lyssna|lästid"
              + "|paylaş|kopyala|udostępnij|kopiuj|sdílet|kopírovat)(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * A line that is only a clip's running time, as a video or audio player or a media teaser sets
   * it: "02:31", "1:24:10", "(12:05)", "01:43 min", "Duration 1:30", "Dauer: 3:12". A clock time
   * alone ("16:30") reads the same and is no article text either.
   */
  static final Pattern RUNNING_TIME =
      Pattern.compile(
          "^(?:(?:duration|length|running time|dauer|länge|laufzeit|durée|duración|durata|duur|duração|varighet"
              + "|längd|délka|czas trwania)\\s*:?\\s*)?"
              + "\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?(?:\\s*(?:min(?:s|\\.|uten?)?|minutes?))?$",
          FLAGS);

  /**
   * A clock time alone after a word or two, as teasers and live tickers date an item: "15:59 Uhr",
   * "Vandaag om 20:07", "včera 14:40", "Today, 9:05".
   */
  static final Pattern CLOCK_TIME =
      Pattern.compile("^(?:\\p{L}+[.,]?\\s+){0,2}\\d{1,2}:\\d{2}(?:\\s*(?:uhr|h))?$", FLAGS);

  /**
   * A relative time alone, as teasers and live tickers date an item: "14 hours ago", "vor 2 Std.",
   * "il y a 3 h", "hace 2 horas", "3 timer siden", "2 uur geleden".
   */
  static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "^[•·]?\\s*(?:\\d{1,3} (?:hours?|hrs?|mins?|minutes?|days?|weeks?) ago"
              + "|vor \\d{1,3} (?:std|min|stunden?|minuten?|tagen?)\\.?"
              + "|il y a \\d{1,3} (?:h|min|heures?|minutes?|jours?)|hace \\d{1,3} (?:h|min|horas?|minutos?|días?)"
              + "|\\d{1,3} (?:timer|dager|dagar|timmar|uur|dagen|minutter|minuter) (?:siden|sedan|geleden))$",
          FLAGS);

  /**
   * A media link's running time closing its title or caption: "Launch event (1:24:10)",
   * "… 18.04.2024 | 0:21 min", "Do 27.04.2023 15:17 Uhr 01:00 min".
   */
  static final Pattern MEDIA_TAIL =
      Pattern.compile(
          "(?:\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\)|\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:min(?:s|\\.|uten?)?|minutes?))$",
          FLAGS);

  /** Words that introduce a byline. */
  static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?:(?:by|von|par|por|di|door|af|av|written by|texte?|texto|words|reporting by|autor(?:in|a)?(?:/autor(?:in)?)?"
              + "|authors?|escrito por|bericht|redaktion)\\s*:?\\s+"
              // glued by a text dump: "byJane Doe"
              + "|(?-i:by|von|par|por)(?=\\p{Lu}\\p{Ll}))",
          FLAGS);

  /** Counters and meta lines: "3 comments", "12 min read", "5 Min. Lesezeit". */
  static final Pattern COUNTER =
      Pattern.compile(
          "^\\d[\\d.,]*\\s*(?:k\\s*)?(?:comments?|shares?|views?|min(?:utes?|\\.)?(?: read)?|kommentare?|postings?"
              + "|min\\.? lesezeit|commentaires?|comentarios?|commenti|reacties)\\b.*",
          FLAGS);

  /**
   * A box that asks the reader to do something for the site: sign up for its newsletter, subscribe,
   * give, become a member, send feedback, follow it. Pages set such boxes after the article, and
   * often write them as full sentences, so they pass as prose by shape. Only the phrasings of a
   * request are listed, not the bare nouns an article may well use (subscription, donation).
   */
  static final Pattern PROMO =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              // English
              + "newsletters?|inbox|unsubscribe|no spam|sign up (?:here|now|today|for (?:our|free))|by signing up"
              + "|subscribe (?:to|now|today|here)|(?:your )?e-?mail address|delivered (?:straight |directly |right )?to your"
              + "|your (?:letterbox|mailbox)|donate (?:now|today|to)|make a donation|become a (?:member|subscriber|supporter)"
              + "|free trial|support (?:our|independent|quality|local) journalism|invest in journalism"
              + "|share (?:it|this (?:story|article)) with|tell us what you think|letters? to the editor|news tip"
              + "|google news|follow (?:us|him|her|them) on|in our live ?blog|(?:read|find) (?:more|all|the latest) (?:\\p{L}+ ){0,5}(?:here|in our)"
              // a call for tips and feedback, or for support, after the article
              + "|got a (?:story|news tip|tip)|get in touch with (?:our|the) (?:news ?room|news desk|news team|editors)"
              + "|(?:for|want) more stories like this|support our (?:[\\p{L}-]+ ){0,2}journalism"
              // German
              + "|ins postfach|im postfach|abonnieren sie|jetzt abonnieren|probeabo|kostenlos testen|spenden sie"
              + "|mit einer spende|unterstützen sie (?:uns|unsere|unseren|unabhängigen)|werden sie mitglied|mitglied werden"
              + "|schicken sie uns|ihr feedback|jetzt anmelden|zum newsletter|in unserem (?:live|news)-?(?:blog|ticker)"
              + "|(?:lesen|finden) sie (?:\\p{L}+ ){0,6}(?:hier|in unserem)|hier finden sie (?:alle|mehr|weitere)"
              + "|teile deine (?:tipps|meinung|erfahrungen?)|teilen sie (?:ihre (?:tipps|meinung|erfahrungen?)|uns ihre)"
              + "|haben sie hinweise|nachrichten aufs handy"
              // French
              + "|abonnez-vous|inscrivez-vous|nos offres|faire un don|soutenez(?:-nous)?|votre boîte (?:mail|e-mail|de réception)"
              + "|retrouvez (?:tous|toutes|toute|nos|notre) |dans notre (?:direct|live|dossier)"
              + "|contactez (?:la rédaction|notre rédaction)|partagez (?:vos|votre) (?:témoignages?|conseils|avis)"
              // Spanish / Portuguese / Italian
              + "|suscríbete|suscríbase|boletín|hazte socio|haz una donación|apoya (?:el|nuestro) periodismo"
              + "|en nuestro (?:directo|minuto a minuto)|sigue (?:aquí|en directo)|contacta con (?:la|nuestra) redacción"
              + "|assine (?:já|agora|o|a)|inscreva-se|apoie (?:o|nosso) jornalismo|iscriviti|sostienici|abbonati (?:ora|subito)"
              // Dutch / Scandinavian
              + "|nieuwsbrief|word lid|steun ons|nyhetsbrev|nyhedsbrev|prenumerera (?:på|nu)"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * The messages of a newsletter sign-up form, which a text dump writes out all at once: its error,
   * its thanks, where the welcome mail went ("Thanks for signing up!", "The next issue will soon be
   * in your inbox.", "Please provide a valid email address."). Only the form's own phrasings.
   */
  static final Pattern SIGNUP_FORM =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              // English
              + "thanks? (?:you )?for (?:signing up|subscribing|registering)|signing you up|valid e-?mail(?: address)?"
              + "|welcome e-?mail|(?:junk|spam) (?:mail )?folder|(?:soon )?be in your inbox|confirm your e-?mail"
              // German
              + "|(?:vielen )?dank für ihre (?:anmeldung|registrierung)|gültige e-?mail-?adresse|spam-?ordner"
              + "|bestätigen sie ihre e-?mail|(?:bald )?in ihrem postfach"
              // French
              + "|merci (?:pour|de) votre inscription|adresse e-?mail valide|courriers? indésirables|dossier (?:spam|des indésirables)"
              + "|(?:bientôt )?dans votre boîte de réception|confirmez votre (?:adresse )?e-?mail"
              // Spanish / Italian / Dutch
              + "|gracias por (?:suscribirte|registrarte|tu suscripción)|correo electrónico válido|carpeta de (?:spam|correo no deseado)"
              + "|en tu bandeja de entrada|grazie per (?:esserti iscritt[oa]|l'iscrizione)|indirizzo e-?mail valido"
              + "|cartella (?:spam|della posta indesiderata)|bedankt voor (?:je|uw) (?:inschrijving|aanmelding)|geldig e-?mailadres|spammap"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * A note about the text rather than part of it: that its links earn the site a commission, that
   * a machine translated or generated it (the text, its summary, its audio version), or where a
   * republished text first appeared; or the
   * placeholder of a video, an advertisement or an embed that did not load. Only the phrasings of
   * such notes, not what an article about affiliate marketing or AI may say.
   */
  static final Pattern NOTICE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              // English
              + "affiliate (?:links?|commissions?|partnerships?)|(?:earn|receive|get|make) (?:a |an )?(?:small )?(?:affiliate )?commission"
              + "|(?:this|the) (?:article|story|summary|text|audio(?: version)?) (?:was|has been|is) (?:\\p{L}+ ){0,2}"
              + "(?:machine[- ]translated|translated automatically|automatically (?:generated|translated)|generated (?:by|with|using) (?:ai|artificial intelligence))"
              // German
              + "|affiliate-links?|(?:erhalten|bekommen) wir (?:eine|dafür eine) (?:kleine )?provision|maschinelle übersetzung"
              + "|(?:maschinell|automatisiert|automatisch) übersetzt|redaktionell nicht bearbeitet"
              + "|(?:diese[rs]?|der) (?:zusammenfassung|audioversion|artikel|text|beitrag|meldung) wurde (?:\\p{L}+ ){0,4}(?:künstlich|automatisch|maschinell) (?:erzeugt|generiert|erstellt|übersetzt|übernommen)"
              // French / Spanish / Italian
              + "|liens? (?:d'affiliation|affiliés?)|(?:percevoir|perçoit|percevons|toucher) une commission|traduit automatiquement"
              + "|enlaces? de afiliados?|(?:recibe|recibimos|recibir|cobra|cobramos) una comisión|traducido automáticamente"
              + "|link di affiliazione|(?:riceve|riceviamo|ricevere) una commissione|tradotto automaticamente"
              // where the text first appeared, when it is republished
              + "|(?:this|the) (?:story|article|piece) (?:was )?(?:first|originally) (?:appeared|published|ran) (?:in|on|at|by)"
              + "|(?:republished|reprinted) (?:here )?with (?:the )?permission"
              + "|(?:ist|wurde) (?:zuerst|ursprünglich|erstmals) (?:bei|in|im|auf|von)|erschien zuerst"
              + "|(?:dieser|der) (?:artikel|beitrag|text) ist eine übersetzung"
              + "|(?:initialement|d'abord) (?:publié|paru)e? (?:dans|sur|par)|publié avec l'(?:aimable )?autorisation"
              + "|publicad[oa] originalmente|(?:se )?publicó originalmente|reproducid[oa] con (?:el )?permiso"
              // the placeholder of a player, an advertisement or an embed that did not load
              + "|enable javascript|requires javascript|(?:supports|support for) html5 video|(?:video|audio|player) has failed to load"
              + "|advertisement has not loaded|externer inhalt nicht verfügbar|javascript aktivieren|activez (?:le )?javascript"
              + "|(?:habilita|activa|permite) (?:el )?javascript|attiva(?:re)? javascript"
              // the consent placeholder of an embed (a post, a chart, a video) that was not loaded
              + "|(?:to (?:view|see|show|load) (?:this|the) )(?:embedded|external|third[- ]party) content"
              + "|(?:embedded|external|third[- ]party) content (?:is|has been|was) (?:blocked|disabled|not (?:shown|displayed|loaded|available))"
              + "|empfohlener redaktioneller inhalt|externen? inhalte? (?:anzeigen|laden|zulassen|aktivieren)"
              + "|ausgewählten,? externen inhalt|mit einem klick anzeigen|datenschutzeinstellungen anpassen"
              + "|(?:afficher|charger|voir) (?:le|ce) contenu (?:externe|tiers)|contenu externe (?:est )?bloqué"
              + "|(?:mostrar|cargar|ver) (?:el )?contenido externo|contenuto esterno|externe inhoud (?:tonen|laden|weergeven)"
              + "|obsah vložený z jiného webu"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * The heading of a box about the article's author ("About the author", "Die Autorin", "Über Jane
   * Doe"), which pages set after the article.
   */
  static final Pattern AUTHOR_BOX =
      Pattern.compile(
          "(?:about the (?:authors?|writer|reporter)|über (?:den autor|die autorin|die autoren)|(?:der|zum) autor|(?:die|zur) autorin"
              + "|die autoren|zur person|à propos de l'auteure?|l'auteure?|l'autrice|sobre (?:el autor|la autora|o autor|a autora)"
              + "|el autor|la autora|l'autore|l'autrice|over de auteur|om forfatteren|om skribenten|om författaren"
              + "|(?:about|über|sobre|om) \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,2})\\s*:?",
          FLAGS);

  /**
   * Consent and legal boilerplate: cookie banners, privacy and data-protection notices,
   * trademark footers. Such text is written as long sentences full of stopwords, so it passes as
   * prose by shape. Group 1 holds the terms that on their own mark consent text (cookies, consent,
   * opt-out, GDPR); the rest are only telling together. See {@link #isLegal}.
   */
  static final Pattern LEGAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(cookies?|cookie-?\\p{L}+|consent|opt[- ]out|gdpr|ccpa|einwilligung\\p{L}*|dsgvo"
              + "|consentement|rgpd|consentimiento|consenso|toestemming|samtycke|samtykke"
              // the consent box of an embedded post or video: "externe Inhalte", "external content"
              + "|externe[nmrs]? inhalte?|external content|contenus? externes?|contenidos? externos?"
              + "|contenuti esterni|conteúdos? externos?|externe inhoud)"
              + "|privacy|personal (?:data|information)|third[- ]part(?:y|ies)"
              + "|(?:this|our) (?:web)?site|browser|trademarks?|preferences|settings"
              + "|datenschutz\\p{L}*|personenbezogene\\p{L}*|zustimmung|drittanbieter\\p{L}*|drittplattform\\p{L}*|einstellungen"
              + "|confidentialité|données personnelles|navigateur|paramètres"
              + "|privacidad|datos personales|navegador|dati personali|privacybeleid"
              + "|personuppgifter|personopplysninger"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);

  /**
   * The header of a comment section ("Comments", "12 Comments", "Leave a Reply", "Kommentare (4)",
   * "34 responses to …"). Reader comments follow the article; no article runs on past this line.
   */
  static final Pattern COMMENTS_HEADER =
      Pattern.compile(
          "^[\\[(]?\\s*(?:\\d+\\s+)?(?:(?:all|show|view|read|top rated|recent|latest)\\s+)?"
              + "(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|comentários?|commenti"
              + "|reacties|kommentarer|kommentit|komentarze|yorumlar|leave a (?:comment|reply)"
              + "|responses|replies|antworten|réponses|respuestas|risposte"
              + "|add (?:a |your )?comment|post a comment|join the (?:conversation|discussion)"
              + "|laisser un commentaire|deja un comentario|lascia un commento|kommentar schreiben"
              + "|laisser une réponse|deja una respuesta|deixe (?:um comentário|uma resposta)|schreibe einen kommentar)"
              // a comment form's title with its "cancel reply" link
              + "(?:\\s+(?:cancel(?:ar)? (?:reply|resposta|la respuesta|respuesta)|annulla risposta|annuler la réponse"
              + "|antworten abbrechen))?"
              + "\\s*(?:\\(\\d+\\)|\\d+)?\\s*[\\])]?\\s*:?$"
              + "|^\\d+\\s+(?:comments?|responses?|replies|thoughts|kommentare|antworten|commentaires|réponses"
              + "|comentarios|respuestas|commenti|risposte|reacties)\\s+(?:to|on|on|zu|à|sur|a|en|su|op)\\s",
          FLAGS);

  /**
   * The signature line of one reader comment: "jdoe says:", "Anna on May 2, 2019 at 4:47 pm said:",
   * "Max schreibt:". Where the first one stands, the comments begin.
   */
  static final Pattern COMMENT_SIGNATURE =
      Pattern.compile(
          "\\s(?:says|said|wrote|replied|sagt|schreibt|schrieb|antwortet|a écrit|dit|dice|dijo|escribió|scrive|ha scritto"
              + "|escreveu|disse|zegt|schreef|skriver|skrev|sanoo|napisał)\\s*:$",
          FLAGS);

  /**
   * True if the line reads as consent or legal boilerplate: a consent term together with another
   * legal term, or three different legal terms. One term alone is not enough: articles mention
   * cookies (the baked kind too), privacy or browsers.
   */
  static boolean isLegal(String line) {
    return isLegal(line, FoldedText.of(line));
  }

  /** As {@link #isLegal(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean isLegal(String line, FoldedText folded) {
    Set<String>[] seen = new Set[1];
    boolean[] strong = {false, false};
    LEGAL_FAST.forEach(line, folded, m -> {
      if (seen[0] == null) {
        seen[0] = new HashSet<>();
      }
      seen[0].add(line.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
      strong[0] |= m.start(1) >= 0;
      if (seen[0].size() >= 3 || (strong[0] && seen[0].size() >= 2)) {
        strong[1] = true;
        return false;
      }
      return true;
    });
    return strong[1];
  }

  static boolean isPaywall(String line) {
    return PAYWALL_FAST.find(line);
  }

  /** As {@link #isPaywall(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean isPaywall(String line, FoldedText folded) {
    return PAYWALL_FAST.find(line, folded);
  }

  static boolean hasChromeWord(String line) {
    return CHROME_WORDS_FAST.find(line);
  }

  /** As {@link #hasChromeWord(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean hasChromeWord(String line, FoldedText folded) {
    return CHROME_WORDS_FAST.find(line, folded);
  }

  static boolean hasCredit(String line) {
    return hasCredit(line, FoldedText.of(line));
  }

  /**
   * Whether a match of {@link #CREDIT} is a credit: the agencies of three letters (AFP, dpa, EPA)
   * only as a word of their own set as a desk sets them, in capitals, in lower case or capitalised
   * ("AFP", "dpa", "Epa"). A headline's abbreviation in mixed case ("ePA") or an acronym that merely
   * ends in the letters ("SEPA", "eEPA") is no agency.
   */
  private static boolean agencyAsCredited(String line, int start, int end) {
    if (end - start != 3 || !Character.isLetter(line.charAt(start))) {
      return true;
    }
    if (start > 0 && Character.isLetter(line.charAt(start - 1))) {
      return false;
    }
    String w = line.substring(start, end);
    String rest = w.substring(1);
    if (!rest.equals(rest.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
      return false;
    }
    // the subject of a sentence ("EPA to tighten rules", "AFP meldet …"), not a credit: a credit
    // stands alone or beside a name, a slash or a bracket ("AFP via …" names the picture desk)
    Matcher next = LOWER_WORD_AFTER.matcher(line).region(end, line.length());
    return !next.lookingAt() || next.group(1).equals("via");
  }

  /** A word in lower case after a space: the text goes on as a sentence. */
  private static final Pattern LOWER_WORD_AFTER = Pattern.compile("\\s+(\\p{Ll}+)");

  /** As {@link #hasCredit(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean hasCredit(String line, FoldedText folded) {
    boolean[] found = {false};
    CREDIT_FAST.forEach(line, folded, m -> {
      found[0] = agencyAsCredited(line, m.start(), m.end());
      return !found[0];
    });
    return found[0];
  }

  static boolean hasCommentSignature(String line) {
    return COMMENT_SIGNATURE_FAST.find(line);
  }

  /** As {@link #hasCommentSignature(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean hasCommentSignature(String line, FoldedText folded) {
    return COMMENT_SIGNATURE_FAST.find(line, folded);
  }

  static boolean isNotice(String line) {
    return NOTICE_FAST.find(line);
  }

  /** As {@link #isNotice(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean isNotice(String line, FoldedText folded) {
    return NOTICE_FAST.find(line, folded);
  }

  static boolean isPromo(String line) {
    return PROMO_FAST.find(line);
  }

  /** As {@link #isPromo(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean isPromo(String line, FoldedText folded) {
    return PROMO_FAST.find(line, folded);
  }

  /** The line opens with the label of a breadcrumb ("You are here: …"); a cheap test of the colon first. */
  static boolean opensWithBreadcrumbLabel(String line) {
    return line.indexOf(':') > 0 && BREADCRUMB_LABEL.matcher(line).find();
  }

  static boolean isSignUpForm(String line) {
    return SIGNUP_FORM_FAST.find(line);
  }

  /** As {@link #isSignUpForm(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean isSignUpForm(String line, FoldedText folded) {
    return SIGNUP_FORM_FAST.find(line, folded);
  }

  static boolean hasUiControl(String line) {
    return UI_CONTROL_FAST.find(line);
  }

  /** As {@link #hasUiControl(String)}; {@code folded}: {@code FoldedText.of(line)}. */
  static boolean hasUiControl(String line, FoldedText folded) {
    return UI_CONTROL_FAST.find(line, folded);
  }

  /**
   * A link back to the section or the start page, as templates set it under the article: "Back
   * to Sport", "Zurück zur Übersicht", "Retour à la rubrique", "Trở lại Thể thao". Read only on a
   * line the layout already points at (the one under a signature), never on every line.
   */
  static final Pattern BACK_LINK =
      Pattern.compile(
          "^(?:back to|return to|zurück (?:zu[mr]?|nach)|retour (?:à|au|aux|vers)|volver a|regresar a|torna (?:a|al|alla|all)"
              + "|voltar (?:para|a|ao)|terug naar|tilbake til|tilbage til|tillbaka till|powrót do|wróć do|zpět na"
              + "|trở lại|quay lại|kembali ke)(?![\\p{L}])",
          FLAGS);

  /** Whether the short line is a link back to a section or the start page ({@link #BACK_LINK}). */
  static boolean isBackLink(String line) {
    String t = line.strip();
    return t.length() <= 80 && BACK_LINK.matcher(t).lookingAt();
  }

  // These patterns run on every line: folded once, tried only where a match can start (see
  // FastPattern; same matches, many times faster).
  private static final FastPattern PAYWALL_FAST = FastPattern.of(PAYWALL);
  private static final FastPattern CHROME_WORDS_FAST = FastPattern.of(CHROME_WORDS);
  private static final FastPattern LEGAL_FAST = FastPattern.of(LEGAL);
  private static final FastPattern CREDIT_FAST = FastPattern.of(CREDIT);
  private static final FastPattern COMMENT_SIGNATURE_FAST = FastPattern.of(COMMENT_SIGNATURE);
  private static final FastPattern UI_CONTROL_FAST = FastPattern.of(UI_CONTROL);
  private static final FastPattern PROMO_FAST = FastPattern.of(PROMO);
  private static final FastPattern NOTICE_FAST = FastPattern.of(NOTICE);
  private static final FastPattern SIGNUP_FORM_FAST = FastPattern.of(SIGNUP_FORM);
}
