package io.chromeless.bench;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.parse.ChromeKeys;
import io.chromeless.parse.PageParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints one line per page: its name and a digest of everything the parser made of it (every
 * field of the parsed page, or the reject reason and message), for generated pages (with the
 * chrome learned from them) and for the text files of a folder. Two builds of the parser that
 * print the same lines give the same output: a speed change is checked with a diff.
 *
 * <pre>
 * java -cp target/chromeless-0.1.0-SNAPSHOT-bundled.jar:target/test-classes \
 *     io.chromeless.bench.ParseDigest PAGES SEED [FOLDER] > digest.txt
 * </pre>
 */
public final class ParseDigest {
  private ParseDigest() {}

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    List<RawPage> pages = new ArrayList<>();
    for (GeneratedPage p : new CorpusGenerator(new CorpusGenerator.Config().pages(n).seed(seed)).generate()) {
      pages.add(new RawPage("gen://" + p.name(), 0, p.url(), p.crawledAtMillis(), p.text()));
    }
    if (args.length > 2) {
      try (Stream<Path> files = Files.list(Path.of(args[2]))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          pages.add(new RawPage(f.getFileName().toString(), 0, null, null,
              new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
        }
      }
    }
    Map<String, Set<Long>> seen = new HashMap<>();
    for (RawPage p : pages) {
      ChromeKeys.Observed o = ChromeKeys.observe(p);
      for (String k : o.keys) {
        seen.computeIfAbsent(k, x -> new HashSet<>()).add(o.fingerprint);
      }
    }
    Set<String> chrome = new HashSet<>();
    seen.forEach((k, f) -> {
      if (ChromeKeys.isChrome(k, f.size(), 3)) {
        chrome.add(k);
      }
    });
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println("chrome " + digest(String.join("\n", new java.util.TreeSet<>(chrome)).getBytes(StandardCharsets.UTF_8)));
    // The line above digests the chrome as the string keys of the first decision rule, so that
    // digests stay comparable across versions; the parser gets the hashed set the job learns.
    PageParser parser = new PageParser(ChromeKeys.learn(pages, 3));
    for (RawPage p : pages) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try {
        ParsedPage parsed = parser.parse(p);
        parsed.writeTo(new DataOutputStream(b));
      } catch (PageParser.NoArticleException e) {
        b.writeBytes((e.reason() + "\n" + e.getMessage()).getBytes(StandardCharsets.UTF_8));
      }
      out.println(p.sourceUri() + " " + digest(b.toByteArray()));
    }
    out.flush();
  }

  private static String digest(byte[] b) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 12);
  }
}
