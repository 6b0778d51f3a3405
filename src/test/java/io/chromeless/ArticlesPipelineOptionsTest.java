package io.chromeless;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.options.ArticlesOptions;
import io.chromeless.options.OptionsValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesPipelineOptionsTest {
  @TempDir Path tmp;

  @Test
  void validator_reportsEveryProblemAtOnce() {
    ArticlesOptions o =
        PipelineOptionsFactory.fromArgs("--inputs=a/*", "--output=out", "--loadDate=23.11.2026", "--maxRecordBytes=0",
                "--parquetCodec=LZ4")
            .as(ArticlesOptions.class);
    assertThat(OptionsValidator.problems(o))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("--loadDate"))
        .anySatisfy(p -> assertThat(p).startsWith("--maxRecordBytes"))
        .anySatisfy(p -> assertThat(p).startsWith("--parquetCodec"));
  }

  @Test
  void validator_checksInputFormatAndJsonFields() {
    ArticlesOptions o =
        PipelineOptionsFactory.fromArgs("--inputs=a/*", "--output=out", "--inputFormat=csv", "--jsonTextField= ")
            .as(ArticlesOptions.class);
    assertThat(OptionsValidator.problems(o))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("--inputFormat").contains("jsonl"))
        .anySatisfy(p -> assertThat(p).startsWith("--jsonTextField"));
    ArticlesOptions ok =
        PipelineOptionsFactory.fromArgs("--inputs=a/*", "--output=out", "--inputFormat=WARC").as(ArticlesOptions.class);
    assertThat(OptionsValidator.problems(ok)).isEmpty();
  }

  @Test
  void globMatchingNothing_isAClearError_unlessAllowed() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {"--inputs=" + tmp + "/nothing-here/*.txt", "--output=" + tmp + "/out", "--loadDate=2026-01-02"};
    int code = ArticlesPipeline.execute(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no file matches").contains("nothing-here");

    String[] allowed = {"--inputs=" + tmp + "/nothing-here/*.txt", "--output=" + tmp + "/out", "--loadDate=2026-01-02",
        "--allowEmptyInput"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ArticlesPipeline.execute(allowed, new PrintStream(out), new PrintStream(err))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("pages read").contains("accounting: pages read = documents + rejects");
  }
}
