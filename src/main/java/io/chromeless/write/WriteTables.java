package io.chromeless.write;

import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.Reject;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Stage 4: writes the three tables as Parquet under {@code <output>/<table>/load_date=<date>/}, a
 * Hive-style partition that DuckDB, Spark and BigQuery read as they are. Files are named {@code
 * part-SSSSS-of-NNNNN.parquet}; the number of shards is left to the runner. Parquet through
 * parquet-avro ({@link ParquetSink}), lists in the standard 3-level layout.
 */
public final class WriteTables {
  private final String output;
  private final String loadDate;
  private final CompressionCodecName codec;

  private WriteTables(String output, String loadDate, CompressionCodecName codec) {
    this.output = output.replaceAll("/+$", "");
    this.loadDate = loadDate;
    this.codec = codec;
  }

  public static WriteTables to(String output, String loadDate, String codec) {
    return new WriteTables(output, loadDate, CompressionCodecName.valueOf(codec));
  }

  /** The partition folder of a table for this load date. */
  public static String partition(String output, String table, String loadDate) {
    return output.replaceAll("/+$", "") + "/" + table + "/load_date=" + loadDate + "/";
  }

  public PTransform<PCollection<Article>, PDone> articles() {
    return table("articles", Schemas.ARTICLES, new ArticleToRecord());
  }

  public PTransform<PCollection<DocumentRow>, PDone> documents() {
    return table("documents", Schemas.DOCUMENTS, new DocumentToRecord());
  }

  public PTransform<PCollection<Reject>, PDone> rejects() {
    return table("rejects", Schemas.REJECTS, new RejectToRecord());
  }

  private <T> WriteTable<T> table(String name, Schema schema, SerializableFunction<T, GenericRecord> toRecord) {
    return new WriteTable<>(partition(output, name, loadDate), schema, codec, toRecord);
  }

  /** Writes one table's values as Parquet files into one partition folder. */
  static final class WriteTable<T> extends PTransform<PCollection<T>, PDone> {
    private final String dir;
    private final Schema schema;
    private final CompressionCodecName codec;
    private final SerializableFunction<T, GenericRecord> toRecord;

    WriteTable(String dir, Schema schema, CompressionCodecName codec, SerializableFunction<T, GenericRecord> toRecord) {
      this.dir = dir;
      this.schema = schema;
      this.codec = codec;
      this.toRecord = toRecord;
    }

    @Override
    public PDone expand(PCollection<T> input) {
      input.apply(
          "WriteParquet",
          FileIO.<T>write()
              .via(Contextful.fn(toRecord), new ParquetSink(schema, codec))
              .to(dir)
              .withPrefix("part")
              .withSuffix(".parquet"));
      return PDone.in(input.getPipeline());
    }
  }

  static final class ArticleToRecord implements SerializableFunction<Article, GenericRecord> {
    @Override
    public GenericRecord apply(Article a) {
      return Schemas.toRecord(a);
    }
  }

  static final class DocumentToRecord implements SerializableFunction<DocumentRow, GenericRecord> {
    @Override
    public GenericRecord apply(DocumentRow d) {
      return Schemas.toRecord(d);
    }
  }

  static final class RejectToRecord implements SerializableFunction<Reject, GenericRecord> {
    @Override
    public GenericRecord apply(Reject r) {
      return Schemas.toRecord(r);
    }
  }
}
