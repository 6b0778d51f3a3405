package io.chromeless.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus generator: deterministic, sized, every kind planted, truth consistent with the text. */
class CorpusGeneratorTest {
  private static final List<GeneratedPage> PAGES = CorpusGenerator.of(3000, 99).generate();

  private static Map<String, GeneratedPage> originals() {
    return PAGES.stream().filter(p -> p.kind() == Kind.ORIGINAL)
        .collect(Collectors.toMap(GeneratedPage::story, p -> p));
  }

  @Test
  void sameSeed_samePages_andExactlyTheAskedSize() {
    List<GeneratedPage> again = CorpusGenerator.of(3000, 99).generate();
    assertThat(again).hasSize(3000);
    for (int i = 0; i < PAGES.size(); i += 97) {
      assertThat(again.get(i).name()).isEqualTo(PAGES.get(i).name());
      assertThat(again.get(i).text()).isEqualTo(PAGES.get(i).text());
      assertThat(again.get(i).body()).isEqualTo(PAGES.get(i).body());
    }
    List<GeneratedPage> other = CorpusGenerator.of(50, 100).generate();
    assertThat(other.get(0).body()).isNotEqualTo(PAGES.get(0).body());
  }

  @Test
  void storiesCanBeGeneratedOnTheirOwn_inAnyOrder() {
    CorpusGenerator g = CorpusGenerator.of(3000, 99);
    List<GeneratedPage> story7 = g.story(7);
    List<GeneratedPage> fromIterator = PAGES.stream().filter(p -> p.story().startsWith("s00000007")).toList();
    assertThat(story7).extracting(GeneratedPage::name)
        .containsExactlyElementsOf(fromIterator.stream().map(GeneratedPage::name).toList());
    assertThat(story7.get(0).text()).isEqualTo(fromIterator.get(0).text());
  }

  @Test
  void everyKindIsPlanted_andArticlesHaveRealisticLength() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    PAGES.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
    assertThat(counts.keySet()).containsExactlyInAnyOrder(Kind.values());
    assertThat(counts.get(Kind.PAYWALL_CUT)).isGreaterThan(100);
    double meanWords = PAGES.stream().filter(p -> p.kind() == Kind.ORIGINAL)
        .mapToInt(GeneratedPage::wordCount).average().orElseThrow();
    assertThat(meanWords).isBetween(520.0, 700.0);
  }

  @Test
  void paywallCuts_holdThirtyToSixtyPercent_startLikeTheirArticle_oftenWithoutTitle() {
    Map<String, GeneratedPage> originals = originals();
    int untitled = 0;
    int cuts = 0;
    for (GeneratedPage p : PAGES) {
      if (p.kind() != Kind.PAYWALL_CUT || p.story().endsWith("f")) {
        continue;
      }
      GeneratedPage full = originals.get(p.story());
      if (full == null) {
        continue; // the original fell past the corpus size
      }
      cuts++;
      double share = (double) String.join(" ", p.paragraphs()).split("\\s+").length
          / String.join(" ", full.paragraphs()).split("\\s+").length;
      assertThat(share).as(p.name()).isBetween(0.2, 0.61);
      assertThat(String.join("\n\n", full.paragraphs())).startsWith(p.paragraphs().get(0));
      assertThat(p.paywalled()).isTrue();
      untitled += p.title() == null ? 1 : 0;
    }
    assertThat(cuts).isGreaterThan(100);
    assertThat(untitled).isGreaterThan(cuts / 3);
  }

  @Test
  void followUps_shareTheFirstParagraph_butAreOtherStories() {
    Map<String, GeneratedPage> originals = originals();
    int seen = 0;
    for (GeneratedPage p : PAGES) {
      if (p.kind() == Kind.FOLLOW_UP && originals.containsKey(p.story().replace("f", ""))) {
        GeneratedPage first = originals.get(p.story().replace("f", ""));
        assertThat(p.story()).isNotEqualTo(first.story());
        // The first capture may carry typos the follow-up fixed; compare the opening words.
        assertThat(p.paragraphs().get(0).substring(0, 20)).isEqualTo(first.paragraphs().get(0).substring(0, 20));
        assertThat(p.paragraphs().subList(1, p.paragraphs().size())).doesNotContainAnyElementsOf(first.paragraphs());
        seen++;
      }
    }
    assertThat(seen).isGreaterThan(50);
  }

  @Test
  void duplicatesShowTheirStoryInOtherChrome() {
    Map<String, GeneratedPage> originals = originals();
    for (GeneratedPage p : PAGES) {
      GeneratedPage o = originals.get(p.story());
      if (p.kind() == Kind.SYNDICATED && o != null) {
        assertThat(p.siteName()).isNotNull();
        assertThat(p.text()).contains(p.paragraphs().get(1));
      }
      if (p.kind() == Kind.RECRAWL && o != null) {
        assertThat(p.paragraphs()).isEqualTo(o.paragraphs());
        assertThat(p.text()).isNotEqualTo(o.text()); // the teasers differ at least
      }
    }
    // Different articles under identical chrome: many stories per site.
    Map<String, Set<String>> storiesPerSite = new HashMap<>();
    PAGES.forEach(p -> storiesPerSite.computeIfAbsent(p.siteName(), k -> new HashSet<>()).add(p.story()));
    assertThat(storiesPerSite.values().stream().mapToInt(Set::size).max().orElseThrow()).isGreaterThan(100);
  }

  @Test
  void chromeOnlyBodies_repeatPageAfterPage() {
    Map<String, Integer> bodies = new HashMap<>();
    PAGES.stream().filter(p -> p.kind() == Kind.CHROME_ONLY).forEach(p -> bodies.merge(p.body(), 1, Integer::sum));
    assertThat(bodies.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(1);
  }

  @Test
  void dumpsAndTruthAreWritten(@TempDir Path dir) throws Exception {
    List<GeneratedPage> few = PAGES.subList(0, 30);
    List<CorpusDumps.Placed> files = CorpusDumps.writePageFiles(dir.resolve("pages"), few, true);
    List<CorpusDumps.Placed> jsonl = CorpusDumps.writeJsonLines(dir.resolve("jsonl"), few, 8);
    List<CorpusDumps.Placed> wet = CorpusDumps.writeWet(dir.resolve("wet"), few, 8);
    assertThat(files).hasSize(30);
    assertThat(Files.list(dir.resolve("pages")).count()).isEqualTo(30);
    assertThat(Files.list(dir.resolve("jsonl")).count()).isEqualTo(4);
    assertThat(wet.get(8).file()).isEqualTo("pages-00001.warc.wet.gz");
    assertThat(wet.get(8).recordIndex()).isEqualTo(1); // after the file's warcinfo record
    assertThat(jsonl.get(9).recordIndex()).isEqualTo(1);
    CorpusDumps.writeTruth(dir.resolve("truth.tsv"), wet);
    List<String> truth = Files.readAllLines(dir.resolve("truth.tsv"));
    assertThat(truth).hasSize(31);
    assertThat(truth.get(1)).startsWith("pages-00000.warc.wet.gz\t1\t" + few.get(0).name() + "\t" + few.get(0).story());
  }
}
