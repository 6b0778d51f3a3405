package io.chromeless.testing;

import io.chromeless.read.Dumps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of hostile input files, generated (nothing big is committed), and says what
 * must become of each record: a reject with a given stage and reason, or, for pages the parser
 * decides about, a document or a parse-stage reject. Same seed, same bytes.
 *
 * <p>{@code big} adds the expensive cases: a 50 MB single-line page (which the job is told to
 * accept, so the parser meets it) and a gzip bomb inside a WARC record, which is decompressed to
 * its end (10 GB) to find the next record.
 */
public final class HostileCorpus {
  /** What the job may make of one record. */
  public record Expect(String kind, String file, int recordIndex, Set<String> outcomes) {}

  /** The record may not exist (how the file is split into records is up to the reader). */
  public static final String ABSENT = "absent";

  /** A document, or a reject of the parse stage that is no crash. */
  public static final Set<String> PARSER_DECIDES =
      Set.of("document", "parse/no_article", "parse/empty");

  private static final String PROSE = "The council approved the new budget for the harbor on Tuesday after more than"
      + " forty residents spoke at a meeting that ran late into the evening, and the mayor said the work would start"
      + " in the spring if the state grant arrives on time.";
  private static final String[] CHROME = {"Home", "News", "Sports", "Business", "Opinion", "Sign in", "Subscribe",
      "Share this story", "Facebook", "Twitter", "Email", "Print", "Privacy policy | Terms of use | Contact us",
      "© 2025 The Example Gazette. All rights reserved.", "Sign up for our morning newsletter", "Read more",
      "Advertisement", "Cookie settings", "Accept all cookies", "Most read", "Log in", "Register"};

  private final Path dir;
  private final boolean big;
  private final Random random;
  private final List<Expect> expected = new ArrayList<>();

  private HostileCorpus(Path dir, boolean big, long seed) {
    this.dir = dir;
    this.big = big;
    this.random = new Random(seed);
  }

  /** Writes the corpus into {@code dir}; returns what must become of every record. */
  public static List<Expect> write(Path dir, boolean big) throws IOException {
    Files.createDirectories(dir);
    HostileCorpus c = new HostileCorpus(dir, big, 20261123L);
    c.writeAll();
    return c.expected;
  }

  private void page(String kind, String name, byte[] bytes, Set<String> outcomes) throws IOException {
    Files.write(dir.resolve(name), bytes);
    expected.add(new Expect(kind, name, 0, outcomes));
  }

  private void page(String kind, String name, String text, Set<String> outcomes) throws IOException {
    page(kind, name, text.getBytes(StandardCharsets.UTF_8), outcomes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String article(String lead) {
    StringBuilder b = new StringBuilder("The Example Gazette\nHome\nNews\nSign in\n\nA headline about the harbor budget\n\n");
    b.append(lead).append("\n\n");
    for (int i = 0; i < 6; i++) {
      b.append(PROSE).append(' ').append(PROSE).append("\n\n");
    }
    return b.append("Share this story\nPrivacy policy | Terms of use\n").toString();
  }

  /** Over the default record limit; {@code big} runs raise the limit to 64 MiB, and the parser gets them. */
  private Set<String> overLimit() {
    return big ? PARSER_DECIDES : Set.of("read/too_large");
  }

  private void writeAll() throws IOException {
    Set<String> binary = Set.of("read/binary");
    // Binary content.
    byte[] noise = new byte[256 << 10];
    random.nextBytes(noise);
    page("random bytes", "random-bytes.txt", noise, binary);
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 4096);
    page("an image", "image.png.txt", png, binary);
    page("only NUL bytes", "all-nul.txt", new byte[256 << 10], binary);
    // Text with NUL bytes in it.
    page("NUL bytes in text", "nul-bytes.txt", utf8(article("Lead.").replace(" ", " \0")), binary);
    // Invalid UTF-8: mostly (paired bytes that are never UTF-8), and a little in a real article.
    StringBuilder bad = new StringBuilder();
    byte[] invalid = new byte[20000];
    for (int i = 0; i < invalid.length; i += 4) {
      invalid[i] = 'a';
      invalid[i + 1] = (byte) 0xF8;
      invalid[i + 2] = (byte) 0x88;
      invalid[i + 3] = ' ';
    }
    page("mostly invalid UTF-8", "invalid-utf8-mostly.txt", invalid, Set.of("read/decode_error"));
    byte[] someInvalid = utf8(article("Lead with a broken byte here."));
    someInvalid[200] = (byte) 0xC3;
    someInvalid[201] = (byte) 0x28;
    page("some invalid UTF-8", "invalid-utf8-some.txt", someInvalid, PARSER_DECIDES);
    // Encoded surrogates (CESU-8) and overlong encodings: invalid in UTF-8.
    byte[] cesu = utf8(article("Lead."));
    for (int i = 300; i + 6 < cesu.length && i < 2000; i += 40) {
      cesu[i] = (byte) 0xED;
      cesu[i + 1] = (byte) 0xA0;
      cesu[i + 2] = (byte) 0x80;
      cesu[i + 3] = (byte) 0xC0;
      cesu[i + 4] = (byte) 0xAF;
    }
    page("UTF-8 surrogates and overlong forms", "surrogates-and-overlong.txt", cesu, Set.of("document", "parse/no_article", "read/decode_error"));
    // Empty, white space only, a byte-order mark only.
    page("empty file", "empty.txt", new byte[0], Set.of("read/empty"));
    page("only white space", "whitespace.txt", " \n\t\n \r\n".repeat(1000), Set.of("read/empty"));
    page("only a byte-order mark", "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Set.of("read/empty"));
    // Many lines: 100,000 one-character lines; a million lone carriage returns.
    page("100,000 one-character lines", "100k-one-char-lines.txt", "x\n".repeat(100_000), PARSER_DECIDES);
    page("300,000 lone carriage returns", "300k-carriage-returns.txt", "a\r".repeat(300_000), PARSER_DECIDES);
    // Long lines and tokens: a 2 MB word, a 2 MB line of prose, 1 MB of emoji.
    page("a 1 MB word", "1mb-word.txt", "a".repeat(1 << 20), PARSER_DECIDES);
    page("a 1 MB line of prose", "1mb-prose-line.txt", (PROSE + " ").repeat((1 << 20) / PROSE.length()), PARSER_DECIDES);
    page("half a MB of emoji", "emoji.txt", "\uD83D\uDE00".repeat(1 << 17), PARSER_DECIDES);
    // Lines built against backtracking regexes (bylines, datelines, dates, separators, parentheses).
    page("regex: an endless byline", "regex-byline.txt", "By " + "Anna Smith and ".repeat(10_000) + "!\n\n" + article("Lead."), PARSER_DECIDES);
    page("regex: spaces and open parentheses", "regex-spaces-paren.txt", "By Anna" + " ".repeat(100_000) + "x\n" + "word (".repeat(20_000), PARSER_DECIDES);
    page("regex: capitals like a dateline", "regex-dateline.txt", "AB ".repeat(30_000) + "- x\n" + "A".repeat(100_000) + " — y\n"
        + "AB-".repeat(30_000) + " z\n\n" + article("LONDON (Reuters) — lead."), PARSER_DECIDES);
    page("regex: dates and times", "regex-dates.txt", "1/".repeat(30_000) + "\n" + "2019-".repeat(20_000) + "\n" + "12:34 ".repeat(20_000)
        + "\n" + "November ".repeat(10_000) + "\n" + "20.".repeat(30_000) + "\n", PARSER_DECIDES);
    page("regex: separators and counters", "regex-separators.txt", "a | ".repeat(30_000) + "\n" + "- ".repeat(50_000) + "\n"
        + ".".repeat(100_000) + "\n" + "abcDef".repeat(20_000) + "\n" + "12 comments ".repeat(10_000), PARSER_DECIDES);
    // Combining marks stacked on one letter ("Zalgo"): Unicode normalization is quadratic in such a run.
    page("a flood of combining marks", "zalgo.txt", article("Le\u0301ad " + "a" + "\u0301\u0316\u0327\u0335".repeat(100_000)), PARSER_DECIDES);
    // A page of only chrome.
    StringBuilder chrome = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      chrome.append(CHROME[i % CHROME.length]).append('\n');
    }
    page("only chrome", "only-chrome.txt", chrome.toString(), Set.of("parse/no_article"));
    // Unexpected scripts: Ethiopic, Cherokee, Tifinagh, Ol Chiki, and Klingon in the private use area.
    String[] scripts = {"ሰላም ለዓለም። የከተማው ምክር ቤት አዲሱን በጀት አጸደቀ። ", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎤᏂᎦᏚ ᏃᎴ ᎠᏂᏴᏫ. ",
        "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵜⴰⵏⴰⵡⴰⵢⵜ ⵏ ⵜⵎⴷⵉⵏⵜ. ", "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ ᱨᱮ ᱚᱞ. ", "\uF8D0\uF8D1\uF8D2 \uF8D3\uF8D4 \uF8D5\uF8D6\uF8D7. "};
    String[] names = {"ethiopic", "cherokee", "tifinagh", "ol-chiki", "klingon-pua"};
    for (int i = 0; i < scripts.length; i++) {
      StringBuilder t = new StringBuilder("Home\nNews\n\n");
      for (int p = 0; p < 8; p++) {
        t.append(scripts[i].repeat(12)).append("\n\n");
      }
      page("script: " + names[i], "script-" + names[i] + ".txt", t.toString(), PARSER_DECIDES);
    }
    // Right-to-left overrides, zero-width characters and control characters in prose.
    page("bidi overrides, zero-width and control characters", "bidi-zero-width.txt", article("\u202Eevil\u202C lead \u200B\u200D\u2060 with \u0007 bell \u001B[31m"),
        PARSER_DECIDES);
    // UTF-16 with a byte-order mark (decoded), and without one (NUL every other byte: binary).
    page("UTF-16 with a byte-order mark", "utf16-bom.txt", article("Lead.").getBytes(StandardCharsets.UTF_16), PARSER_DECIDES);
    page("UTF-16 without a byte-order mark", "utf16le-no-bom.txt", article("Lead.").getBytes(StandardCharsets.UTF_16LE), binary);
    // Markup soup.
    page("markup soup", "html-soup.txt", "<div class=\"a\"><span>".repeat(20_000) + "</span></div>", PARSER_DECIDES);
    // A page with a name full of characters that mean something in globs and URIs.
    page("a file name full of glob and URI characters", "odd name #1 [x] {y} ?é%20.txt", article("Lead of the oddly named file."), PARSER_DECIDES);
    // A page over the record limit, and a gzip bomb (10 GB of zeros in 10 MB), as one-page files.
    page("a page over the record limit", "11mb-page.txt", utf8(("x".repeat(99) + "\n").repeat(110_000)), overLimit());
    page("gzip bomb (10 GB of zeros)", "bomb.txt.gz", gzipBomb(1000), Set.of("read/too_large"));
    // Compressed files cut short, or only pretending to be compressed.
    byte[] gz = Dumps.gzip(utf8(article("Lead.")));
    page("gzip cut short", "truncated.txt.gz", Arrays.copyOf(gz, gz.length / 2), Set.of("read/truncated"));
    byte[] bz = Dumps.bzip2(utf8(article("Lead.")));
    page("bzip2 cut short", "truncated.txt.bz2", Arrays.copyOf(bz, bz.length / 2), Set.of("read/truncated", "read/read_error"));
    byte[] fakeZstd = new byte[4096];
    random.nextBytes(fakeZstd);
    fakeZstd[0] = 0x28;
    fakeZstd[1] = (byte) 0xB5;
    fakeZstd[2] = 0x2F;
    fakeZstd[3] = (byte) 0xFD;
    page("zstd magic bytes and noise", "garbage.zst", fakeZstd, Set.of("read/truncated", "read/read_error"));

    writeWarc();
    writeJsonLines();
    if (big) {
      // One 50 MB line, accepted by the job's raised record limit, so the parser gets it.
      page("a 50 MB single line", "50mb-line.txt", utf8((PROSE + " ").repeat((50 << 20) / (PROSE.length() + 1))), PARSER_DECIDES);
      // A gzip bomb inside a WARC record: the reader decompresses it to its end to find the next record.
      byte[] head = utf8("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
          + "Content-Type: text/plain\r\nContent-Length: 10000000000\r\n\r\n");
      Files.write(dir.resolve("bomb.warc.gz"), Dumps.concat(Dumps.gzip(head), gzipBomb(1000)));
      expected.add(new Expect("gzip bomb in a WARC record", "bomb.warc.gz", 0, Set.of("read/too_large", "read/bad_length")));
    }
  }

  /** Gzip members of 10 MB of zeros each, concatenated: {@code members} × 10 MB decompressed. */
  private static byte[] gzipBomb(int members) throws IOException {
    java.io.ByteArrayOutputStream one = new java.io.ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(one)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 10; i++) {
        z.write(zeros);
      }
    }
    byte[] member = one.toByteArray();
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(member.length * members);
    for (int i = 0; i < members; i++) {
      all.write(member);
    }
    return all.toByteArray();
  }

  /** A WET file with broken records among good ones; every record is accounted for. */
  private void writeWarc() throws IOException {
    String name = "malformed.warc";
    byte[] good1 = Dumps.conversion("https://example.org/a", "2025-03-05T08:00:00Z", article("First good record."));
    byte[] badHeader = utf8("WARC/1.0\r\nthis is not a header line\r\n\0\0\0\r\n\r\n");
    byte[] good2 = Dumps.conversion("https://example.org/b", "2025-03-05T08:01:00Z", article("Second good record."));
    byte[] longLength = Dumps.warcRecord("conversion", "https://example.org/c", "2025-03-05T08:02:00Z",
        utf8(article("Content-Length too long.")), "text/plain", 999_999);
    byte[] binaryBody = Dumps.warcRecord("conversion", "https://example.org/d", "2025-03-05T08:03:00Z",
        new byte[5000], "text/plain", -1);
    byte[] badHttp = Dumps.warcRecord("response", "https://example.org/e", "2025-03-05T08:04:00Z",
        utf8("HTTP/9 what\r\n\0\0garbage"), "application/http; msgtype=response", -1);
    byte[] cut = Arrays.copyOf(Dumps.conversion("https://example.org/f", "2025-03-05T08:05:00Z", article("Cut short.")), 400);
    Files.write(dir.resolve(name), Dumps.concat(Dumps.warcinfo(), good1, badHeader, good2, longLength, binaryBody, badHttp, cut));
    Set<String> header = Set.of("read/bad_warc_header");
    expected.add(new Expect("WARC: a good record", name, 1, PARSER_DECIDES));
    expected.add(new Expect("WARC: not a header", name, 2, header));
    expected.add(new Expect("WARC: a good record after a bad one", name, 3, PARSER_DECIDES));
    expected.add(new Expect("WARC: Content-Length past the end", name, 4, Set.of("read/bad_length")));
    expected.add(new Expect("WARC: binary payload", name, 5, Set.of("read/binary")));
    expected.add(new Expect("WARC: broken HTTP response", name, 6, Set.of("read/bad_http")));
    expected.add(new Expect("WARC: record cut short", name, 7, Set.of("read/bad_length")));
    // A file that starts like WARC and is nothing else.
    page("WARC: a version line and nothing else", "only-a-warc-line.warc", "WARC/1.0\r\n\r\n", Set.of("read/bad_warc_header"));
  }

  /** JSON Lines with hostile lines among good ones. */
  private void writeJsonLines() throws IOException {
    String name = "hostile.jsonl";
    List<String> lines = new ArrayList<>();
    List<Set<String>> outcomes = new ArrayList<>();
    List<String> kinds = List.of("JSON: a good line", "JSON: nested 10,000 deep", "JSON: 100,000 open brackets",
        "JSON: text not a string", "JSON: text null", "JSON: no text", "JSON: text of NULs", "JSON: lone surrogates",
        "JSON: an 11 MB line", "JSON: not JSON", "JSON: absurd crawl time");
    lines.add(Dumps.jsonLine("https://example.org/j0", "2025-03-05T09:00:00Z", article("A good JSON line.")));
    outcomes.add(PARSER_DECIDES);
    lines.add("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"); // nested 10,000 deep
    outcomes.add(Set.of("read/bad_json"));
    lines.add("[".repeat(100_000) + "\n"); // an array opened 100,000 times, never closed
    outcomes.add(Set.of("read/bad_json"));
    lines.add("{\"text\": 12345}\n");
    outcomes.add(Set.of("read/no_text"));
    lines.add("{\"text\": null, \"url\": {\"deep\": [1,2,3]}}\n");
    outcomes.add(Set.of("read/no_text"));
    lines.add("{\"url\": \"https://example.org/j5\"}\n");
    outcomes.add(Set.of("read/no_text"));
    lines.add("{\"text\": \"" + "\\u0000".repeat(1000) + "\"}\n");
    outcomes.add(Set.of("read/binary"));
    lines.add("{\"text\": \"" + "\\ud800".repeat(1000) + "\"}\n"); // lone surrogates as escapes
    outcomes.add(Set.of("read/decode_error", "read/bad_json", "parse/no_article"));
    lines.add("{\"text\": \"" + "9".repeat(11_000_000) + "\"}\n"); // an 11 MB line: over the record limit
    outcomes.add(overLimit());
    lines.add("not json at all\n");
    outcomes.add(Set.of("read/bad_json"));
    lines.add(Dumps.jsonLine("https://example.org/j10", "99999999999999999999", article("A good line, a bad time.")));
    outcomes.add(PARSER_DECIDES);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      all.append(lines.get(i));
      expected.add(new Expect(kinds.get(i), name, i, outcomes.get(i)));
    }
    Files.write(dir.resolve(name), utf8(all.toString()));
    // A JSON Lines file whose first line is the deeply nested one.
    String nestedFirst = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "\n"
        + Dumps.jsonLine("https://example.org/k1", "2025-03-05T09:00:00Z", article("After a nested line."));
    Files.write(dir.resolve("nested-first.jsonl"), utf8(nestedFirst));
    // Told from its first line, which no JSON parser takes: read as one page today (record 0), as
    // JSON Lines if format detection learns to (records 0 and 1); either way nothing is lost.
    expected.add(new Expect("JSON Lines opening with a line nested 10,000 deep", "nested-first.jsonl", 0, Set.of("read/bad_json", "parse/no_article", "document")));
    expected.add(new Expect("JSON Lines opening with a line nested 10,000 deep", "nested-first.jsonl", 1, Set.of(ABSENT, "parse/no_article", "document")));
  }
}
