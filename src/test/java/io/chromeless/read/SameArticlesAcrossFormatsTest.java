package io.chromeless.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.beam.ModelCoders;
import io.chromeless.group.GroupDuplicates;
import io.chromeless.model.Article;
import io.chromeless.model.ParsedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import io.chromeless.parse.ParsePages;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Acceptance: the same pages as one-page files, as a WET file and as JSON Lines, each plain and
 * compressed, read, parsed and grouped into the same articles. One pipeline, one branch per variant.
 */
public class SameArticlesAcrossFormatsTest {
  private static final String[] PAGES = {
    "harbor-ledger_ferry-fares.txt", "northfield-courier_ferry-fares-syndicated.txt", "la-voz-del-valle_mercado.txt"
  };

  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Before
  public void coders() {
    ModelCoders.registerOn(p);
  }

  @Test
  public void samePages_anyFormatAndCodec_sameArticles() throws Exception {
    List<byte[]> pages = new ArrayList<>();
    for (String name : PAGES) {
      pages.add(Files.readAllBytes(Paths.get("sample-input", name)));
    }
    List<byte[]> records = new ArrayList<>();
    records.add(Dumps.warcinfo());
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < PAGES.length; i++) {
      String text = new String(pages.get(i), StandardCharsets.UTF_8);
      String url = "https://site" + i + ".example/" + PAGES[i];
      records.add(Dumps.conversion(url, "2025-03-05T10:00:0" + i + "Z", text));
      jsonl.append(Dumps.jsonLine(url, "2025-03-05T10:00:0" + i + "Z", text));
    }
    byte[] wet = Dumps.concat(records.toArray(new byte[0][]));
    byte[] lines = jsonl.toString().getBytes(StandardCharsets.UTF_8);

    Map<String, Path> variants = new LinkedHashMap<>();
    Path pagesPlain = dir("pages-plain");
    Path pagesGz = dir("pages-gz");
    for (int i = 0; i < PAGES.length; i++) {
      Files.write(pagesPlain.resolve(PAGES[i]), pages.get(i));
      Files.write(pagesGz.resolve(PAGES[i] + ".gz"), Dumps.gzip(pages.get(i)));
    }
    variants.put("pages-plain", pagesPlain);
    variants.put("pages-gz", pagesGz);
    variants.put("wet-plain", write("wet-plain", "crawl.warc.wet", wet));
    variants.put("wet-gz", write("wet-gz", "crawl.warc.wet.gz", Dumps.gzipMembers(records.toArray(new byte[0][]))));
    variants.put("jsonl-plain", write("jsonl-plain", "feed.jsonl", lines));
    variants.put("jsonl-zst", write("jsonl-zst", "feed.jsonl.zst", Dumps.zstd(lines)));
    variants.put("jsonl-bz2", write("jsonl-bz2", "feed.jsonl.bz2", Dumps.bzip2(lines)));

    List<PCollection<String>> branches = new ArrayList<>();
    for (Map.Entry<String, Path> v : variants.entrySet()) {
      String name = v.getKey();
      PCollection<ParsedPage> parsed = p.apply("Read-" + name, ReadPages.from(List.of(v.getValue() + "/*"))).output()
          .apply("Parse-" + name, ParsePages.create()).output();
      branches.add(parsed.apply("Group-" + name, GroupDuplicates.create()).get(GroupDuplicates.ARTICLES)
          .apply("Describe-" + name, MapElements.into(TypeDescriptors.strings()).via(a -> name + "\t" + describe(a))));
    }
    int expectedVariants = variants.size();
    PAssert.that(PCollectionList.of(branches).apply(Flatten.pCollections()))
        .satisfies(
            it -> {
              Map<String, List<String>> byVariant = new TreeMap<>();
              it.forEach(s -> byVariant.computeIfAbsent(s.substring(0, s.indexOf('\t')), k -> new ArrayList<>())
                  .add(s.substring(s.indexOf('\t') + 1)));
              byVariant.values().forEach(l -> l.sort(null));
              assertThat(byVariant).hasSize(expectedVariants);
              List<String> reference = byVariant.get("pages-plain");
              assertThat(reference).hasSize(2); // ferry fares (two captures) and the market
              assertThat(byVariant).allSatisfy((k, l) -> assertThat(l).as(k).isEqualTo(reference));
              return null;
            });
    p.run().waitUntilFinish();
  }

  /** What the article says, without where it was found (url, site, crawl times differ by container). */
  private static String describe(Article a) {
    ParsedPage f = a.fields();
    return String.join(" | ", String.valueOf(f.title()), String.valueOf(f.subtitle()), String.valueOf(f.authors()),
        String.valueOf(f.publishedAtMicros()), String.valueOf(f.dateline()), String.valueOf(f.language()),
        String.valueOf(f.captions()), String.valueOf(f.paywalled()), String.valueOf(a.duplicateCount()),
        Integer.toHexString(f.body().hashCode()), String.valueOf(f.wordCount()));
  }

  private Path dir(String name) throws Exception {
    return tmp.newFolder(name).toPath();
  }

  private Path write(String dirName, String file, byte[] content) throws Exception {
    Path d = dir(dirName);
    Files.write(d.resolve(file), content);
    return d;
  }
}
