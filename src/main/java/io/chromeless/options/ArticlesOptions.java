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
          + "(local paths, gs://, s3://). Each matched file is one page of text, a WARC/WET file or a JSON Lines "
          + "file (see --inputFormat), plain or compressed with gzip, bzip2 or zstd (told from its first bytes). "
          + "Example: --inputs='dumps/2026-11-23/*.txt,gs://bucket/crawl/*.warc.wet.gz'. "
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
      "Load date of this run, YYYY-MM-DD: names the partitions written. The run writes to a staging folder "
          + "(<output>/_staging/) and replaces the load_date partitions of all tables only when it succeeded and "
          + "its accounting holds (manifest: <output>/_loads/load_date=D/manifest.json; _SUCCESS markers). "
          + "Default: today in UTC. Example: --loadDate=2026-11-23")
  String getLoadDate();

  void setLoadDate(String value);

  @Description(
      "Output root of earlier loads (usually the same as --output): pages of this run that are captures of "
          + "an article of an earlier load date (exact or near duplicates, by the article index each load writes "
          + "to <output>/_index/) take that article's id. Only committed load dates before --loadDate are read. "
          + "Default: none (ids from this run alone). Example: --priorOutput=gs://bucket/articles/")
  String getPriorOutput();

  void setPriorOutput(String value);

  @Description(
      "Address S3 buckets by path (http://host:9000/bucket/key) instead of by host name "
          + "(http://bucket.host:9000/key): S3-compatible stores (MinIO, Ceph RGW) reached through a plain host "
          + "name given in --endpoint need it. Sets Beam's --s3ClientFactoryClass. Default: false. "
          + "Example: --endpoint=http://minio.internal:9000 --s3PathStyle")
  @Default.Boolean(false)
  boolean getS3PathStyle();

  void setS3PathStyle(boolean value);

  @Description("Accept globs that match no file (the run then writes empty tables) instead of failing. Default: false.")
  @Default.Boolean(false)
  boolean getAllowEmptyInput();

  void setAllowEmptyInput(boolean value);

  @Description(
      "Largest record (a one-page file, a WARC record, a JSON line), in bytes after decompression; larger "
          + "records are rejected as too_large without being held in memory, and a one-page file is not "
          + "decompressed further. Default: 10485760 (10 MiB). Example: --maxRecordBytes=1048576")
  @Default.Long(10L << 20)
  long getMaxRecordBytes();

  void setMaxRecordBytes(long value);

  @Description(
      "Lines on the pages of at least this many different articles of one site (of the whole run when "
          + "pages carry no URL) are learned as chrome and never taken into a body; paragraph-long lines need "
          + "twice as many. 0 turns learning off. Default: 3.")
  @Default.Integer(3)
  int getChromeMinArticles();

  void setChromeMinArticles(int value);

  @Description(
      "Format of the input files: auto (default: told per file from its content: a WARC header, a first "
          + "line that is a JSON object, else one page per file), page (each file is one page), warc (WARC "
          + "or WET: conversion records, and text/plain resource/response records), jsonl (one JSON object "
          + "per line). Example: --inputFormat=warc")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("JSON Lines: the field holding the page's text (a string). Default: text. Example: --jsonTextField=content")
  @Default.String("text")
  String getJsonTextField();

  void setJsonTextField(String value);

  @Description("JSON Lines: the field holding the page's URL (optional in each line). Default: url.")
  @Default.String("url")
  String getJsonUrlField();

  void setJsonUrlField(String value);

  @Description(
      "JSON Lines: the field holding the crawl time (optional in each line): ISO-8601 (no offset = UTC), "
          + "a date, yyyyMMddHHmmss, or epoch seconds/milliseconds as a number. Default: crawled_at.")
  @Default.String("crawled_at")
  String getJsonCrawledAtField();

  void setJsonCrawledAtField(String value);

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
