package io.chromeless.options;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The job's options. Runner-neutral: it extends plain {@link PipelineOptions}, so the same jar
 * runs on the direct runner, Flink and Dataflow; the runner's own options (--runner,
 * --flinkMaster, --project…) are added by the runner on the command line. {@code --help} prints
 * these descriptions; {@link OptionsValidator} checks combinations before the graph is built.
 */
public interface ArticlesOptions extends PipelineOptions {
  @Description(
      "Input pages: one or more globs or URIs, comma-separated, matched through Beam's file systems "
          + "(local paths, gs://, s3://). Each matched file is one page of UTF-8 text; .gz, .bz2 and .zst "
          + "files are decompressed. Example: --inputs='dumps/2026-11-23/*.txt,gs://bucket/extra/*.gz'. "
          + "A glob that matches nothing fails the job unless --allowEmptyInput.")
  @Validation.Required
  List<String> getInputs();

  void setInputs(List<String> value);

  @Description(
      "Output root (local folder, gs:// or s3://). The job writes <output>/articles, <output>/documents and "
          + "<output>/rejects, each as Parquet in a load_date=YYYY-MM-DD partition; a re-run of the same "
          + "load date replaces that partition. Example: --output=out/")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Load date of this run, YYYY-MM-DD: names the partition written. Default: today in UTC. "
          + "Example: --loadDate=2026-11-23")
  String getLoadDate();

  void setLoadDate(String value);

  @Description("Accept globs that match no file (the run then writes empty tables) instead of failing. Default: false.")
  @Default.Boolean(false)
  boolean getAllowEmptyInput();

  void setAllowEmptyInput(boolean value);

  @Description(
      "Largest page, in bytes after decompression; larger pages are rejected as too_large without being "
          + "read further. Default: 10485760 (10 MiB).")
  @Default.Long(10L << 20)
  long getMaxRecordBytes();

  void setMaxRecordBytes(long value);

  @Description("Parquet compression codec: SNAPPY, ZSTD, GZIP or UNCOMPRESSED. Default: SNAPPY.")
  @Default.String("SNAPPY")
  String getParquetCodec();

  void setParquetCodec(String value);

  @Description(
      "Seconds between one-line progress reports (pages read, parsed, grouped) on stderr while the "
          + "launcher waits for a local run (direct runner); 0 turns them off. Flink's web UI and Dataflow's "
          + "monitoring show the same counters per stage. Default: 30. Example: --progressIntervalSeconds=10")
  @Default.Integer(30)
  int getProgressIntervalSeconds();

  void setProgressIntervalSeconds(int value);
}
