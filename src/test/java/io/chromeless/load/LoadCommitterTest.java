package io.chromeless.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit protocol on a local folder, with every way a commit can be cut short simulated by
 * stopping after a step: the partitions always end up as one whole load, the previous or the new.
 */
class LoadCommitterTest {
  private static final String DATE = "2026-11-23";

  @TempDir Path out;

  /** Stages files of a run as FileIO would have written them; returns table -> staged file names. */
  private Map<String, List<String>> stage(LoadLayout run, String content, int filesPerTable) throws IOException {
    Map<String, List<String>> staged = new TreeMap<>();
    for (String table : LoadLayout.TABLES) {
      Path dir = Path.of(run.stagingTable(table));
      Files.createDirectories(dir);
      List<String> files = new ArrayList<>();
      for (int i = 0; i < filesPerTable; i++) {
        Path f = dir.resolve(String.format("%s-%05d-of-%05d.parquet", run.filePrefix(), i, filesPerTable));
        Files.writeString(f, content + " " + table + " " + i);
        files.add(f.toString());
      }
      staged.put(table, files);
    }
    Files.createDirectories(Path.of(run.stagingTemp(), ".temp-beam-1234"));
    Files.writeString(Path.of(run.stagingTemp(), ".temp-beam-1234", "leftover"), "x");
    LoadCommitter.writeLaunch(run, JsonNodeFactory.instance.objectNode().put("run_id", run.runId()));
    return staged;
  }

  private static JsonNode manifest(LoadLayout run, Map<String, List<String>> staged) {
    Map<String, List<String>> names = new TreeMap<>();
    staged.forEach((t, files) -> names.put(t, files.stream().map(LoadCommitter::baseName).toList()));
    ObjectNode launch = JsonNodeFactory.instance.objectNode().put("run_id", run.runId());
    return Manifests.complete(launch, run, new LoadCounts(Map.of()), names, Instant.now());
  }

  private LoadLayout run(String runId) {
    return new LoadLayout(out.toString(), DATE, runId);
  }

  private List<String> partitionContents(String table) throws IOException {
    Path dir = Path.of(LoadLayout.partition(out.toString(), table, DATE));
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
    }
  }

  private String contentOf(String table) throws IOException {
    Path dir = Path.of(LoadLayout.partition(out.toString(), table, DATE));
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
        b.append(Files.readString(p)).append(';');
      }
    }
    return b.toString();
  }

  private boolean loadMarked() {
    return Files.exists(Path.of(run("20000101T000000Z-000000").loadDir(), LoadLayout.SUCCESS));
  }

  private void commitFully(LoadLayout run, String content) throws IOException {
    Map<String, List<String>> staged = stage(run, content, 2);
    LoadCommitter.commit(run, staged, manifest(run, staged));
  }

  @Test
  void commit_movesStagedFilesIn_writesManifestAndMarkers_andLeavesNoStaging() throws IOException {
    LoadLayout a = run("20261123T010000Z-aaaaaa");
    commitFully(a, "A");

    for (String table : LoadLayout.TABLES) {
      assertThat(partitionContents(table)).containsExactly(
          "_SUCCESS", "part-20261123T010000Z-aaaaaa-00000-of-00002.parquet", "part-20261123T010000Z-aaaaaa-00001-of-00002.parquet");
    }
    assertThat(LoadCommitter.readManifest(a).path("run_id").asText()).isEqualTo(a.runId());
    assertThat(loadMarked()).isTrue();
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void secondCommitOfTheDate_replacesTheFirst_neverAddsToIt() throws IOException {
    commitFully(run("20261123T010000Z-aaaaaa"), "A");
    LoadLayout b = run("20261124T010000Z-bbbbbb");
    commitFully(b, "B");

    for (String table : LoadLayout.TABLES) {
      assertThat(partitionContents(table)).hasSize(3).allMatch(n -> n.equals("_SUCCESS") || n.contains(b.runId()));
      assertThat(contentOf(table)).doesNotContain("A ").contains("B " + table);
    }
  }

  @Test
  void commitRetriedAfterItsCommitPoint_changesNothing() throws IOException {
    LoadLayout a = run("20261123T010000Z-aaaaaa");
    Map<String, List<String>> staged = stage(a, "A", 2);
    LoadCommitter.commit(a, staged, manifest(a, staged));
    String before = partitionContents(LoadLayout.ARTICLES).toString() + contentOf(LoadLayout.DOCUMENTS);

    LoadCommitter.commit(a, staged, manifest(a, staged)); // the runner retries the commit step

    assertThat(partitionContents(LoadLayout.ARTICLES) + contentOf(LoadLayout.DOCUMENTS)).isEqualTo(before);
  }

  @Test
  void commitCutBeforeItsManifest_isUndoneByTheNextRun_previousLoadIntact() throws IOException {
    commitFully(run("20261123T010000Z-aaaaaa"), "A");
    String previous = contentOf(LoadLayout.ARTICLES);
    LoadLayout b = run("20261124T010000Z-bbbbbb");
    Map<String, List<String>> staged = stage(b, "B", 3);
    // Steps 2 of the protocol done by hand: markers deleted, some of the staged files moved in; then killed.
    Files.delete(Path.of(b.partition(LoadLayout.ARTICLES), LoadLayout.SUCCESS));
    Files.delete(Path.of(b.loadDir(), LoadLayout.SUCCESS));
    String moved = staged.get(LoadLayout.ARTICLES).get(0);
    Files.move(Path.of(moved), Path.of(b.partition(LoadLayout.ARTICLES), LoadCommitter.baseName(moved)));
    assertThat(partitionContents(LoadLayout.ARTICLES)).hasSize(3).doesNotContain("_SUCCESS");

    LoadCommitter.prepare(run("20261125T010000Z-cccccc")); // the next run of the date starts

    assertThat(contentOf(LoadLayout.ARTICLES)).isEqualTo(previous);
    assertThat(partitionContents(LoadLayout.ARTICLES)).contains("_SUCCESS").hasSize(3);
    assertThat(loadMarked()).isTrue();
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void commitCutAfterItsManifest_isCompletedByTheNextRun() throws IOException {
    commitFully(run("20261123T010000Z-aaaaaa"), "A");
    LoadLayout b = run("20261124T010000Z-bbbbbb");
    Map<String, List<String>> staged = stage(b, "B", 2);
    for (String table : LoadLayout.TABLES) {
      Files.deleteIfExists(Path.of(b.partition(table), LoadLayout.SUCCESS));
      for (String f : staged.get(table)) {
        Files.move(Path.of(f), Path.of(b.partition(table), LoadCommitter.baseName(f)));
      }
    }
    LoadCommitter.writeAtomically(b.manifest(), LoadCommitter.JSON.writeValueAsBytes(manifest(b, staged)));
    // killed here: old files still in the partitions, no markers

    LoadCommitter.prepare(run("20261125T010000Z-cccccc"));

    for (String table : LoadLayout.TABLES) {
      assertThat(contentOf(table)).doesNotContain("A ").contains("B " + table);
      assertThat(partitionContents(table)).contains("_SUCCESS").hasSize(3);
    }
  }

  @Test
  void withoutAnyManifest_onlyFilesOfUncommittedRunsAreRemoved() throws IOException {
    Path articles = Path.of(LoadLayout.partition(out.toString(), LoadLayout.ARTICLES, DATE));
    Files.createDirectories(articles.resolve(".temp-beam-0f0f"));
    Files.writeString(articles.resolve("part-00000-of-00001.parquet"), "written by an older version of the job");
    LoadLayout b = run("20261124T010000Z-bbbbbb");
    Map<String, List<String>> staged = stage(b, "B", 1);
    String moved = staged.get(LoadLayout.ARTICLES).get(0);
    Files.move(Path.of(moved), articles.resolve(LoadCommitter.baseName(moved))); // first commit ever, killed

    LoadCommitter.prepare(run("20261125T010000Z-cccccc"));

    assertThat(partitionContents(LoadLayout.ARTICLES)).containsExactly("part-00000-of-00001.parquet");
    assertThat(out.resolve("_staging")).doesNotExist();
  }

  @Test
  void aStagedFileThatVanished_failsTheCommit_beforeItsCommitPoint() throws IOException {
    commitFully(run("20261123T010000Z-aaaaaa"), "A");
    LoadLayout b = run("20261124T010000Z-bbbbbb");
    Map<String, List<String>> staged = stage(b, "B", 2);
    Files.delete(Path.of(staged.get(LoadLayout.REJECTS).get(1)));

    assertThatThrownBy(() -> LoadCommitter.commit(b, staged, manifest(b, staged))).isInstanceOf(IOException.class)
        .hasMessageContaining("is gone");
    assertThat(LoadCommitter.readManifest(b).path("run_id").asText()).isEqualTo("20261123T010000Z-aaaaaa");
    LoadCommitter.prepare(run("20261125T010000Z-cccccc"));
    assertThat(contentOf(LoadLayout.ARTICLES)).contains("A articles").doesNotContain("B ");
  }

  @Test
  void runIds_areInFileNames_andSortByLaunchTime() {
    String id = LoadLayout.newRunId(Instant.parse("2026-11-24T02:15:03Z"));
    assertThat(id).matches("20261124T021503Z-[0-9a-f]{6}");
    assertThat(LoadLayout.runIdOf("part-" + id + "-00001-of-00004.parquet")).isEqualTo(id);
    assertThat(LoadLayout.runIdOf("part-00001-of-00004.parquet")).isNull();
  }
}
