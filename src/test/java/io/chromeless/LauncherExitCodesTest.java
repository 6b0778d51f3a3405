package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.load.CommitLoad;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.Pipeline;
import org.junit.jupiter.api.Test;

/** How the launcher reports a failed run: 3 when the accounting refused the commit, 1 otherwise. */
class LauncherExitCodesTest {
  @Test
  void accountingFailureInsideTheJob_isExitCode3_withItsMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RuntimeException e = new Pipeline.PipelineExecutionException(
        new CommitLoad.AccountingException("Accounting check failed, the load is not committed: pages read 6 != documents 3 + rejects 2"));
    assertThat(ArticlesPipeline.failed(e, new PrintStream(err, true))).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("pages read 6 != documents 3 + rejects 2");
  }

  @Test
  void otherFailure_isExitCode1_andSaysNothingWasCommitted() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RuntimeException e = new RuntimeException(new java.io.IOException("disk full"));
    assertThat(ArticlesPipeline.failed(e, new PrintStream(err, true))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("partitions are as they were").contains("disk full");
  }
}
