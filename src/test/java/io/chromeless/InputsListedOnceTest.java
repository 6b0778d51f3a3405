package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.corpus.CorpusDumps;
import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.testing.FaultyFileSystem;
import io.chromeless.testing.ParquetOutputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local run lists its inputs once: the launcher's match sizes the run (the runner choice),
 * goes into the manifest, and is what the job reads, with no second match inside the job. The
 * inputs are under {@code faulty://} ({@link FaultyFileSystem}), which counts the matches of each
 * glob in this JVM (the direct runner runs the job in it).
 */
class InputsListedOnceTest {
  @TempDir Path tmp;

  @Test
  void localRun_listsTheInputsOnce_andReadsEveryFile() throws Exception {
    List<CorpusDumps.Placed> files = CorpusDumps.writePageFiles(tmp.resolve("in"), CorpusGenerator.of(14, 9L), true);
    String glob = FaultyFileSystem.uri(tmp.resolve("in")) + "/*";
    Path out = tmp.resolve("out");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();

    int code = ArticlesPipeline.execute(new String[] {"--inputs=" + glob, "--output=" + out,
        "--loadDate=2026-11-24", "--progressIntervalSeconds=0"}, new PrintStream(o, true), new PrintStream(e, true));

    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(FaultyFileSystem.matches(glob)).as("matches of " + glob).isEqualTo(1);
    // one page a file: every file became a document or a reject
    assertThat(ParquetOutputs.rows(out.toString(), "documents") + ParquetOutputs.rows(out.toString(), "rejects"))
        .isEqualTo(files.size());
    assertThat(o.toString(StandardCharsets.UTF_8)).contains("accounting: pages read = documents + rejects");
  }
}
