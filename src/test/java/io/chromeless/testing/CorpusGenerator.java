package io.chromeless.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a deterministic corpus of invented news pages: each article in the chrome of one of a
 * few invented sites (menus, sign-in and newsletter prompts, teasers, footers), with planted
 * duplicates (the same story on a second site, a paywall-truncated capture, an exact re-crawl),
 * some gzip'ed pages and one binary file. Same seed, same files, byte for byte.
 */
public final class CorpusGenerator {
  private static final String[] SITES = {"The Millbrook Sentinel", "Eastgate Daily Record", "Copper Valley Times",
      "The Lakeshore Herald", "Pinecrest Evening Post"};
  private static final String[][] MENUS = {
      {"Home", "News", "Sports", "Business", "Opinion", "Sign in", "Subscribe"},
      {"Menu", "Local", "Region", "Weather", "Events", "Log in", "Register"},
      {"Top stories", "Politics", "Culture", "Science", "Newsletters", "My account"},
      {"Search", "Latest", "Community", "Schools", "Obituaries", "Sign up"},
      {"Sections", "City", "County", "State", "Jobs", "Classifieds", "Log in"}};
  private static final String[] FIRST = {"Anna", "Tomas", "Priya", "Jonah", "Marta", "Owen", "Lucia", "Felix",
      "Noor", "Caleb", "Ingrid", "Rafael"};
  private static final String[] LAST = {"Brennan", "Okafor", "Lindqvist", "Moreau", "Castellanos", "Whitaker",
      "Nakamura", "Petrov", "Adeyemi", "Halvorsen", "Quintero", "Sullivan"};
  private static final String[] PLACES = {"Millbrook", "Eastgate", "Copper Valley", "Lakeshore", "Pinecrest",
      "Harlow Bay", "North Fenwick", "Stonebridge", "Alder Falls", "Redmoor"};
  private static final String[] NOUNS = {"council", "library", "school board", "water district", "bridge",
      "budget", "hospital", "bus line", "harbor", "museum", "clinic", "park", "rail depot", "housing plan",
      "fire station", "bakery", "factory", "orchard", "stadium", "ferry", "festival", "court", "market",
      "power plant", "college", "tunnel", "reservoir", "airport", "zoo", "theater"};
  private static final String[] VERBS = {"approved", "delayed", "questioned", "funded", "rejected", "expanded",
      "reviewed", "postponed", "defended", "criticized", "announced", "completed"};
  private static final String[] ADJ = {"new", "costly", "long-awaited", "temporary", "modest", "ambitious",
      "controversial", "popular", "aging", "regional", "seasonal", "unexpected"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code stories} stories plus their planted duplicates into {@code dir}; returns the files. */
  public static List<Path> write(Path dir, int stories, long seed) throws IOException {
    return new CorpusGenerator(seed).writeAll(dir, stories);
  }

  /** {@code java src/test/java/io/chromeless/testing/CorpusGenerator.java DIR [STORIES] [SEED]} */
  public static void main(String[] args) throws IOException {
    int stories = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
    System.out.println(write(Path.of(args[0]), stories, seed).size() + " files in " + args[0]);
  }

  /** One page of the corpus: its file name (".gz" when it is written gzip'ed), its site and its text. */
  public record Page(String name, String site, String text) {}

  /** A generator of pages, one story at a time, for writers of other containers (WET files). */
  public static CorpusGenerator pages(long seed) {
    return new CorpusGenerator(seed);
  }

  /** The pages of story {@code i}: the story on its site, and its planted duplicate if it has one. */
  public List<Page> story(int i) {
    List<Page> pages = new ArrayList<>();
    Story s = story();
    int site = random.nextInt(SITES.length);
    boolean gzip = i % 7 == 3;
    pages.add(page(String.format("story-%03d%s", i, gzip ? ".txt.gz" : ".txt"), site, s, false));
    switch (i % 5) {
      case 0 -> pages.add(page(String.format("story-%03d-syndicated.txt", i), (site + 1) % SITES.length, s, false));
      case 1 -> pages.add(page(String.format("story-%03d-paywalled.txt", i), (site + 2) % SITES.length, s, true));
      case 2 -> pages.add(page(String.format("story-%03d-recrawl.txt", i), site, s, false));
      default -> { }
    }
    return pages;
  }

  private List<Path> writeAll(Path dir, int stories) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      for (Page p : story(i)) {
        byte[] text = p.text().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve(p.name());
        if (p.name().endsWith(".gz")) {
          try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text);
          }
        } else {
          Files.write(file, text);
        }
        files.add(file);
      }
    }
    Path binary = dir.resolve("scan-0001.txt");
    byte[] b = new byte[512];
    random.nextBytes(b);
    Files.write(binary, b);
    files.add(binary);
    return files;
  }

  private record Story(String title, String subtitle, List<String> authors, String date, String dateline,
      List<String> paragraphs) {}

  private Story story() {
    String place = pick(PLACES);
    String noun = pick(NOUNS);
    String title = capitalize(place + " " + pick(NOUNS) + " " + pick(VERBS) + " as " + pick(ADJ) + " " + noun
        + " plan moves ahead");
    String subtitle = "Officials say the " + pick(ADJ) + " " + noun + " will change how residents of " + place
        + " travel, work and vote";
    List<String> authors = new ArrayList<>();
    int n = 1 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      authors.add(pick(FIRST) + " " + pick(LAST));
    }
    String date = pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + (2020 + random.nextInt(6));
    List<String> paragraphs = new ArrayList<>();
    int count = 5 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      StringBuilder p = new StringBuilder();
      int sentences = 3 + random.nextInt(3);
      for (int j = 0; j < sentences; j++) {
        p.append(j == 0 ? "" : " ").append(sentence(place));
      }
      paragraphs.add(p.toString());
    }
    return new Story(title, subtitle, authors, date, place.toUpperCase(), paragraphs);
  }

  private String sentence(String place) {
    return switch (random.nextInt(5)) {
      case 0 -> "The " + pick(NOUNS) + " in " + place + " " + pick(VERBS) + " the " + pick(ADJ) + " " + pick(NOUNS)
          + " on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", after " + (2 + random.nextInt(40))
          + " residents spoke at a meeting that ran late into the evening.";
      case 1 -> "\"We have waited for this " + pick(NOUNS) + " for " + (2 + random.nextInt(20))
          + " years, and it is not going to fix everything,\" said " + pick(FIRST) + " " + pick(LAST)
          + ", who has lived near the " + pick(NOUNS) + " since she was a child.";
      case 2 -> "According to the county, the " + pick(ADJ) + " " + pick(NOUNS) + " will cost about $"
          + (1 + random.nextInt(90)) + "." + random.nextInt(10) + " million, which is more than the "
          + pick(NOUNS) + " had planned for when the work began.";
      case 3 -> "Critics of the " + pick(NOUNS) + " argue that the money would be better spent on the "
          + pick(ADJ) + " " + pick(NOUNS) + ", while supporters point to the " + pick(NOUNS)
          + " in " + pick(PLACES) + " as proof that it can work.";
      default -> "A spokesperson for the " + pick(NOUNS) + " did not respond to questions about the "
          + pick(ADJ) + " " + pick(NOUNS) + " before publication, but said in an earlier statement that the "
          + "work would be finished by " + pick(MONTHS) + ".";
    };
  }

  private Page page(String name, int site, Story s, boolean paywalled) {
    List<String> lines = new ArrayList<>();
    lines.add(SITES[site]);
    for (String m : MENUS[site]) {
      lines.add(m);
    }
    lines.add("");
    if (site % 2 == 1) {
      lines.add("You are reading 1 of 5 free stories this month.");
      lines.add("");
    }
    lines.add(s.title());
    lines.add("");
    lines.add(s.subtitle());
    lines.add("");
    lines.add((site % 2 == 0 ? "By " : "") + String.join(site % 2 == 0 ? " and " : ", ", s.authors()));
    lines.add("");
    lines.add(s.date());
    lines.add("");
    int shown = paywalled ? 2 : s.paragraphs().size();
    for (int i = 0; i < shown; i++) {
      lines.add(i == 0 ? s.dateline() + " — " + s.paragraphs().get(0) : s.paragraphs().get(i));
      lines.add("");
    }
    if (paywalled) {
      lines.add("You have reached your limit of free articles.");
      lines.add("Subscribe now to keep reading. Already a subscriber? Log in");
      lines.add("");
    }
    lines.add("Share this story");
    lines.add("Facebook");
    lines.add("Email");
    lines.add("");
    lines.add("More from " + SITES[site]);
    lines.add(capitalize(pick(PLACES) + " " + pick(NOUNS) + " reopens after repairs"));
    lines.add(capitalize(pick(ADJ) + " " + pick(NOUNS) + " draws crowds"));
    lines.add("");
    lines.add("Sign up for our morning newsletter");
    lines.add("© 2025 " + SITES[site] + ". All rights reserved.");
    lines.add("Privacy policy | Terms of use | Contact us");
    return new Page(name, SITES[site], String.join("\n", lines) + "\n");
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
