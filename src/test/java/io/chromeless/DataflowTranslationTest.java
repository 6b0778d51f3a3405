package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translates the job for the Dataflow runner offline, with no project, bucket or credentials: the
 * runner writes the translated job (a classic template file, --templateLocation) to a local path
 * instead of submitting it, staging to a local folder. What it proves: the options parse for
 * Dataflow, the graph builds and every transform translates, and the launcher returns without
 * waiting for a job. What it cannot prove offline: submission (project, credentials, a gs:// bucket)
 * and workers starting from the staged bundled jar.
 */
class DataflowTranslationTest {
  @TempDir Path tmp;

  @Test
  void pipeline_translatesForDataflow_andLauncherDoesNotWait() throws Exception {
    Path template = tmp.resolve("template.json");
    Path stageMe = Files.writeString(tmp.resolve("stage-me.txt"), "stand-in for the bundled jar");
    String[] args = {
      "--runner=DataflowRunner",
      "--project=chromeless-offline",
      "--region=europe-west1",
      "--tempLocation=" + tmp.resolve("temp"),
      "--gcpTempLocation=" + tmp.resolve("temp"),
      "--stagingLocation=" + tmp.resolve("staging"),
      "--templateLocation=" + template,
      "--filesToStage=" + stageMe,
      "--credentialFactoryClass=org.apache.beam.sdk.extensions.gcp.auth.NoopCredentialFactory",
      "--pathValidatorClass=org.apache.beam.sdk.extensions.gcp.storage.NoopPathValidator",
      "--inputs=" + Paths.get("sample-input").toAbsolutePath() + "/*",
      "--output=" + tmp.resolve("out"),
      "--loadDate=2026-11-23",
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = ArticlesPipeline.execute(args, new PrintStream(out, true), new PrintStream(err, true));

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Submitted").doesNotContain("pages read");
    // The job as Dataflow would receive it: one step per primitive transform, named by its path.
    List<String> steps = new ArrayList<>();
    for (JsonNode step : new ObjectMapper().readTree(template.toFile()).get("steps")) {
      steps.add(step.at("/properties/user_name/value").asText());
    }
    assertThat(steps)
        .contains("ParsePages/ParsePage", "GroupDuplicates/MergeArticles", "FlattenRejects")
        .anyMatch(s -> s.startsWith("ReadPages/"))
        .anyMatch(s -> s.startsWith("WriteArticles/"))
        .anyMatch(s -> s.startsWith("WriteDocuments/"))
        .anyMatch(s -> s.startsWith("WriteRejects/"));
    // Dataflow (and a Flex Template launched later) matches the inputs in the job: the graph does
    // not carry the launcher's listing
    assertThat(steps).anyMatch(s -> s.startsWith("ReadPages/Match/")).noneMatch(s -> s.startsWith("ReadPages/MatchedFiles"));
  }
}
