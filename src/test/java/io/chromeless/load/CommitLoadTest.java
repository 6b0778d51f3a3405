package io.chromeless.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The commit step on the direct runner: it commits a balanced load and refuses an unbalanced one. */
public class CommitLoadTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private LoadLayout layout;
  private final List<KV<String, String>> files = new ArrayList<>();

  @Before
  public void stageFiles() throws IOException {
    layout = new LoadLayout(tmp.getRoot().toString(), "2026-11-23", "20261123T020000Z-abcdef");
    for (String table : LoadLayout.TABLES) {
      Path f = Path.of(layout.stagingTable(table), layout.filePrefix() + "-00000-of-00001.parquet");
      Files.createDirectories(f.getParent());
      Files.writeString(f, table);
      files.add(KV.of(CommitLoad.FILE + table, f.toString()));
    }
    LoadCommitter.writeLaunch(layout, JsonNodeFactory.instance.objectNode().put("run_id", layout.runId()));
  }

  private void apply(Pipeline p, long pages, long readRejects, long documents, long parseRejects) {
    KvCoder<String, Long> coder = KvCoder.of(StringUtf8Coder.of(), org.apache.beam.sdk.coders.VarLongCoder.of());
    List<KV<String, Long>> tallies = new ArrayList<>();
    for (long i = 0; i < pages; i++) {
      tallies.add(KV.of(LoadCounts.PAGES, 1L));
    }
    tallies.add(KV.of(LoadCounts.rejectKey("read", "binary"), readRejects));
    tallies.add(KV.of(LoadCounts.rejectKey("parse", "no_article"), parseRejects));
    tallies.add(KV.of(LoadCounts.DOCUMENTS, documents));
    tallies.add(KV.of(LoadCounts.ARTICLES, 1L));
    PCollection<KV<String, String>> fileFacts =
        p.apply("Files", Create.of(files).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionList.of(fileFacts)
        .and(CommitLoad.tallies(PCollectionList.of(p.apply("Tallies", Create.of(tallies).withCoder(coder)))))
        .apply(CommitLoad.of(layout));
  }

  @Test
  public void balancedLoad_isCommittedWithItsCounts() throws IOException {
    apply(p, 5, 1, 4, 1); // pages read 5 + 1 = documents 4 + rejects 1 + 1
    p.run().waitUntilFinish();

    JsonNode m = LoadCommitter.readManifest(layout);
    assertThat(m.path("run_id").asText()).isEqualTo(layout.runId());
    assertThat(m.at("/counts/pages_read").asLong()).isEqualTo(6);
    assertThat(m.at("/counts/rejected_by_reason/binary").asLong()).isEqualTo(1);
    assertThat(m.at("/counts/rejected_by_stage/parse/no_article").asLong()).isEqualTo(1);
    assertThat(m.at("/accounting/balanced").asBoolean()).isTrue();
    for (String table : LoadLayout.TABLES) {
      assertThat(Path.of(layout.partition(table), layout.filePrefix() + "-00000-of-00001.parquet")).hasContent(table);
      assertThat(Path.of(layout.partition(table), LoadLayout.SUCCESS)).exists();
    }
    assertThat(Path.of(layout.stagingDate())).doesNotExist();
  }

  @Test
  public void unbalancedLoad_failsTheJob_andCommitsNothing() throws IOException {
    apply(p, 5, 1, 3, 1); // one page lost: 6 read, 3 documents + 2 rejects

    assertThatThrownBy(() -> p.run().waitUntilFinish())
        .hasRootCauseInstanceOf(CommitLoad.AccountingException.class)
        .rootCause().hasMessageContaining("pages read 6 != documents 3 + rejects 2");
    assertThat(LoadCommitter.readManifest(layout)).isNull();
    for (String table : LoadLayout.TABLES) {
      assertThat(Path.of(layout.partition(table))).doesNotExist();
    }
    assertThat(Path.of(layout.stagingTable(LoadLayout.ARTICLES), layout.filePrefix() + "-00000-of-00001.parquet"))
        .exists();
  }
}
