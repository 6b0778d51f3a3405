package io.chromeless.corpus;

import java.util.SplittableRandom;

/**
 * Word pools and sentence templates of the invented news language. Templates alternate short fixed
 * runs with slots, so two different stories share few five-word shingles (as real news shares
 * stock phrases, but not sentences), while one story keeps coming back to its own place, people and
 * subject.
 */
final class Lexicon {
  private Lexicon() {}

  static final String[] FIRST = {"Anna", "Tomas", "Priya", "Jonah", "Marta", "Owen", "Lucia", "Felix", "Noor",
      "Caleb", "Ingrid", "Rafael", "Amara", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
      "Imani", "Jasper", "Keiko", "Leon", "Mireille", "Nikhil", "Olga", "Pablo", "Rosa", "Samir", "Talia",
      "Umar", "Vera", "Wendell", "Ximena", "Yusuf", "Zofia", "Abel", "Beatriz", "Cormac", "Dalia", "Emeka",
      "Freya", "Gideon", "Hana", "Ivo", "Johanna", "Kofi", "Lena", "Matteo", "Nadia", "Oskar", "Petra",
      "Quentin", "Renata", "Stellan", "Thea", "Ulrich", "Valentina", "Wilhelmina"};
  static final String[] LAST = {"Brennan", "Okafor", "Lindqvist", "Moreau", "Castellanos", "Whitaker", "Nakamura",
      "Petrov", "Adeyemi", "Halvorsen", "Quintero", "Sullivan", "Abernathy", "Bergstrom", "Chaudhry", "Delacroix",
      "Eriksen", "Fitzgerald", "Gallagher", "Haddad", "Ishikawa", "Jovanovic", "Kowalski", "Laurent", "Mbeki",
      "Novak", "Oyelaran", "Pellegrini", "Rasmussen", "Sandoval", "Takahashi", "Underwood", "Vasquez", "Wojcik",
      "Yamamoto", "Zielinski", "Albright", "Blackwood", "Carrington", "Dunmore", "Ellsworth", "Fairbanks",
      "Greenhalgh", "Holloway", "Iversen", "Jablonski", "Kincaid", "Lockhart", "Merriweather", "Northcott",
      "Oakley", "Prescott", "Ravensworth", "Stroud", "Thackeray", "Vandermeer", "Winslow", "Yardley", "Zeller",
      "Ashdown"};
  static final String[] PLACE_HEAD = {"Ash", "Bram", "Cald", "Dun", "Elm", "Fair", "Glen", "Hart", "Iron", "Kings",
      "Lang", "Mar", "Nor", "Oak", "Pen", "Quarry", "Rother", "Sel", "Thorn", "Wyn", "Yar", "Bel", "Cor", "Hal",
      "Marl", "Red", "Stone", "Wick", "Brack", "Chest"};
  static final String[] PLACE_TAIL = {"ford", "wick", "ton", "bury", "field", "mouth", "dale", "haven", "stead",
      "moor", "bridge", "port", "well", "brook", "ley", "by", "hurst", "combe", "minster", "gate"};
  static final String[] ORG_KIND = {"Council", "Authority", "Board", "Commission", "Trust", "Institute", "Union",
      "Association", "Agency", "Department", "Cooperative", "Foundation", "Chamber of Commerce", "Health Service",
      "Transit District", "Water Company", "University", "Port Authority", "Housing Trust", "Arts Society"};
  static final String[] ROLE = {"mayor", "spokeswoman", "spokesman", "chief engineer", "council member",
      "director", "treasurer", "head teacher", "union representative", "project manager", "chief executive",
      "planning officer", "deputy mayor", "board chair", "local historian", "economist", "shop owner",
      "nurse", "firefighter", "farmer", "city auditor", "harbor master", "librarian", "resident"};
  static final String[] NOUN = {"council", "library", "school board", "water district", "bridge", "budget",
      "hospital", "bus line", "harbor", "museum", "clinic", "park", "rail depot", "housing plan", "fire station",
      "bakery", "factory", "orchard", "stadium", "ferry", "festival", "court", "market", "power plant", "college",
      "tunnel", "reservoir", "airport", "zoo", "theater", "seawall", "bike lane", "tram line", "landfill",
      "shelter", "warehouse", "pier", "canal", "dam", "sewer upgrade", "wind farm", "solar array", "data center",
      "food bank", "swimming pool", "ice rink", "gallery", "concert hall", "police station", "courthouse",
      "post office", "grain silo", "vineyard", "brewery", "shipyard", "quarry", "golf course", "cemetery",
      "daycare center", "nursing home", "tax levy", "zoning rule", "parking garage", "roundabout", "overpass",
      "footbridge", "community garden", "skate park", "recycling plant", "bus station", "ferry terminal",
      "cycling path", "flood barrier", "water tower", "mobile clinic", "youth club", "sports hall", "town hall"};
  static final String[] VERB = {"approved", "delayed", "questioned", "funded", "rejected", "expanded", "reviewed",
      "postponed", "defended", "criticized", "announced", "completed", "redesigned", "audited", "relocated",
      "renamed", "scaled back", "blocked", "endorsed", "reopened", "closed", "inspected", "doubled", "cut",
      "privatized", "restored", "paused", "challenged", "welcomed", "opposed"};
  static final String[] ADJ = {"new", "costly", "long-awaited", "temporary", "modest", "ambitious",
      "controversial", "popular", "aging", "regional", "seasonal", "unexpected", "cheaper", "larger", "quieter",
      "greener", "crowded", "underused", "historic", "unfinished", "revised", "second", "disputed", "expanded",
      "delayed", "publicly owned", "privately run", "flood-prone", "rural", "coastal", "downtown", "northern",
      "southern", "volunteer-run", "half-empty", "overbooked", "experimental", "permanent"};
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  static final String[] WEEKDAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] GROUP = {"residents", "parents", "shop owners", "commuters", "farmers", "students",
      "pensioners", "nurses", "dock workers", "teachers", "tenants", "landlords", "fishermen", "drivers",
      "volunteers", "cyclists", "engineers", "neighbors", "taxpayers", "retirees"};
  static final String[] SAID = {"said", "told reporters", "wrote in a letter", "said in a statement",
      "told the meeting", "said on the radio", "argued", "added", "insisted", "warned", "conceded", "noted"};
  static final String[] QUOTE = {"we cannot keep patching the same problem every winter",
      "nobody asked the people who actually live here", "the numbers simply do not add up",
      "this is the best chance we have had in a generation", "it will take years before anyone feels the difference",
      "we were promised a plan and got a press release", "the money has to come from somewhere",
      "my grandmother remembers when it was built", "I have never seen a turnout like this",
      "we will keep fighting it in court if we have to", "the contractor walked away without a word",
      "every week of delay costs families real money", "it is quieter now and the children can play outside",
      "you do not fix a roof by painting the walls", "we need answers before the next vote",
      "the old system worked better than anyone admits", "this town has done harder things before",
      "I would rather wait a year than get it wrong", "they moved the goalposts again",
      "people are angry, and they have every right to be"};
  static final String[] AGENCY = {"Meridian Press", "Coastline Wire", "United Regional News", "Northstar Agency",
      "Continental Newswire"};
  static final String[] SECTION = {"news", "local", "politics", "business", "region", "community", "environment",
      "education", "transport", "health"};

  // Templates: {P} place, {P2} another place, {X} a full name, {L} the story's lead person (full),
  // {S} lead person's last name, {O} the story's organization, {N} any noun, {T} the story's subject,
  // {A} adjective, {V} verb, {M} month, {D} day, {K} small number, {B} big number, {Y} year, {R} role,
  // {G} group, {Q} quote, {W} weekday, {Z} said-verb.
  private static final String[][] TEMPLATES = compile(
      "The {T} in {P} was {V} on {W} after {K} {G} spoke at a meeting of the {O}.",
      "\"{Q},\" {Z} {X}, a {R} in {P}.",
      "{L}, the {R} of the {O}, {Z} that the {A} {T} would cost about ${K}.{K} million.",
      "According to the {O}, the {A} {N} will open in {M} at the earliest.",
      "Critics of the {T} argue that the money would be better spent on the {A} {N} near {P2}.",
      "Supporters point to the {A} {N} in {P2}, which {V} a similar plan in {Y}.",
      "A spokesperson for the {O} did not respond to questions about the {N} before publication.",
      "{S} {Z} that {B} {G} had signed a petition since {M}.",
      "The vote, which passed {K} to {K}, followed {K} hours of debate on the {A} {N}.",
      "In {Y}, the same {O} {V} a plan for a {A} {N} on the edge of {P}.",
      "Some {G} in {P} say the {T} has already changed their daily routine.",
      "\"{Q},\" {X} {Z}, standing outside the {N} on {W}.",
      "Figures released by the {O} show {B} visits to the {N} last year, up from {B} in {Y}.",
      "Work on the {T} is expected to last until {M} {Y}, {S} {Z}.",
      "The {O} has set aside ${K} million for the {A} {N} and another ${K} million for repairs.",
      "Engineers found {K} cracks in the {N} during an inspection in {M}, the report says.",
      "{G} from {P2} travelled to {P} to join the protest against the {T}.",
      "The {R} of the {A} {N} {Z} that staff had not been consulted.",
      "By {M}, the {O} hopes to have {B} {G} using the {T} every week.",
      "A second hearing on the {N} is scheduled for {W}, {M} {D}.",
      "\"{Q},\" {Z} {S}, who first raised concerns about the {T} in {Y}.",
      "The {A} {N} next to the {T} will stay open while the work goes on.",
      "Neighbors of the {N} on {P} Road complained about noise, dust and {A} trucks.",
      "An independent review commissioned by the {O} {V} the {A} estimates.",
      "{X}, a {R} who has lived in {P} for {K} years, {Z} the {T} was overdue.",
      "Opposition members of the {O} {V} the timetable and asked for a {A} vote.",
      "The {T} is part of a wider plan that includes a {A} {N} and a {A} {N}.",
      "Ticket sales at the {N} in {P2} fell by {K} percent after a similar change.",
      "The state has promised ${K} million if the {O} can match the sum by {M}.",
      "{S} said the {O} would publish the full contract for the {T} on {W}.",
      "Local businesses near the {N} reported a {A} drop in trade during the closure.",
      "For many {G}, the {A} {N} is the only way to reach {P2} without a car.",
      "The {O} will hold {K} public sessions on the {T} before the final decision.",
      "Documents seen by this newspaper show the {T} was {V} twice before {Y}.",
      "{X}, a {R}, {Z} the {O} had underestimated how many {G} rely on the {N}.",
      "The {A} {N} was first proposed by {X} in {Y} and {V} by the {O} a year later.");

  private static String[][] compile(String... templates) {
    String[][] out = new String[templates.length][];
    for (int i = 0; i < templates.length; i++) {
      out[i] = templates[i].split("(?=\\{)|(?<=\\})");
    }
    return out;
  }

  /** The recurring cast of one story. */
  static final class Cast {
    final String place;
    final String otherPlace;
    final String lead;
    final String leadLast;
    final String org;
    final String subject;

    Cast(SplittableRandom r) {
      place = place(r);
      String p2 = place(r);
      otherPlace = p2.equals(place) ? p2 + " Heights" : p2;
      leadLast = pick(r, LAST);
      lead = pick(r, FIRST) + " " + leadLast;
      org = place + " " + pick(r, ORG_KIND);
      subject = pick(r, ADJ) + " " + pick(r, NOUN);
    }
  }

  static String place(SplittableRandom r) {
    return pick(r, PLACE_HEAD) + pick(r, PLACE_TAIL);
  }

  static String person(SplittableRandom r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }

  static String pick(SplittableRandom r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** One sentence about the story's cast, appended to {@code out}; returns its word count. */
  static int sentence(SplittableRandom r, Cast c, StringBuilder out) {
    String[] t = TEMPLATES[r.nextInt(TEMPLATES.length)];
    int start = out.length();
    for (String part : t) {
      if (part.length() > 2 && part.charAt(0) == '{') {
        out.append(slot(r, c, part));
      } else {
        out.append(part);
      }
    }
    // Capitalize a sentence that starts with a lower-case slot ("residents from ...").
    if (Character.isLowerCase(out.charAt(start))) {
      out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
    } else if (out.charAt(start) == '"' && Character.isLowerCase(out.charAt(start + 1))) {
      out.setCharAt(start + 1, Character.toUpperCase(out.charAt(start + 1)));
    }
    int words = 0;
    boolean in = false;
    for (int i = start; i < out.length(); i++) {
      boolean w = !Character.isWhitespace(out.charAt(i));
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words;
  }

  private static String slot(SplittableRandom r, Cast c, String slot) {
    return switch (slot) {
      case "{P}" -> c.place;
      case "{P2}" -> r.nextInt(3) == 0 ? place(r) : c.otherPlace;
      case "{X}" -> person(r);
      case "{L}" -> c.lead;
      case "{S}" -> c.leadLast;
      case "{O}" -> c.org;
      case "{N}" -> pick(r, NOUN);
      case "{T}" -> c.subject;
      case "{A}" -> pick(r, ADJ);
      case "{V}" -> pick(r, VERB);
      case "{M}" -> pick(r, MONTHS);
      case "{D}" -> Integer.toString(1 + r.nextInt(28));
      case "{K}" -> Integer.toString(2 + r.nextInt(60));
      case "{B}" -> String.format("%,d", 100 + r.nextInt(90_000));
      case "{Y}" -> Integer.toString(1990 + r.nextInt(35));
      case "{R}" -> pick(r, ROLE);
      case "{G}" -> pick(r, GROUP);
      case "{Q}" -> pick(r, QUOTE);
      case "{W}" -> pick(r, WEEKDAY);
      case "{Z}" -> pick(r, SAID);
      default -> throw new IllegalStateException("unknown slot " + slot);
    };
  }

  /** A headline about the cast: title case is left to the site's style. */
  static String headline(SplittableRandom r, Cast c) {
    return switch (r.nextInt(4)) {
      case 0 -> c.place + " " + pick(r, VERB) + " " + c.subject + " plan after " + pick(r, ADJ) + " debate";
      case 1 -> "Why " + c.place + " " + pick(r, GROUP) + " are split over the " + c.subject;
      case 2 -> c.org + " " + pick(r, VERB) + " " + c.subject + " as costs rise";
      default -> "The " + c.subject + " in " + c.place + ": what " + pick(r, GROUP) + " need to know";
    };
  }

  /** A short headline of some other story, as teasers show. */
  static String teaser(SplittableRandom r) {
    String place = place(r);
    return switch (r.nextInt(5)) {
      case 0 -> place + " " + pick(r, NOUN) + " reopens after repairs";
      case 1 -> capitalize(pick(r, ADJ)) + " " + pick(r, NOUN) + " draws crowds in " + place;
      case 2 -> "Opinion: the " + pick(r, NOUN) + " deserves a " + pick(r, ADJ) + " vote";
      case 3 -> place + " " + pick(r, GROUP) + " " + pick(r, VERB) + " the " + pick(r, NOUN);
      default -> "Photos: a " + pick(r, ADJ) + " week at the " + pick(r, NOUN);
    };
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
