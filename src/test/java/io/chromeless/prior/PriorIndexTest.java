package io.chromeless.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.chromeless.group.Signature;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorIndexTest {
  @TempDir Path out;

  @BeforeAll
  static void fileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  @Test
  void onlyCommittedEarlierLoads_withThisBuildsSignatures_areRead() throws Exception {
    load("2026-11-19", "{\"versions\": {\"signature\": " + Signature.VERSION + "}}", true);
    load("2026-11-20", "{\"versions\": {\"signature\": " + (Signature.VERSION + 1) + "}}", true); // another recipe
    load("2026-11-21", "{\"versions\": {\"chromeless\": \"0.0.1\"}}", true); // written before versions were kept
    load("2026-11-22", "{\"versions\": {\"signature\": " + Signature.VERSION + "}}", false); // not committed
    load("2026-11-23", "{\"versions\": {\"signature\": " + Signature.VERSION + "}}", true); // this night itself

    assertThat(PriorIndex.partitions(out.toString(), "2026-11-23"))
        .containsExactly(out + "/_index/load_date=2026-11-19/");
  }

  private void load(String date, String manifest, boolean committed) throws Exception {
    Path index = Files.createDirectories(out.resolve("_index/load_date=" + date));
    Files.write(index.resolve("part-x-00000-of-00001.parquet"), new byte[0]);
    if (committed) {
      Files.write(index.resolve("_SUCCESS"), new byte[0]);
    }
    Files.writeString(Files.createDirectories(out.resolve("_loads/load_date=" + date)).resolve("manifest.json"), manifest);
  }
}
