package io.chromeless.write;

import io.chromeless.group.Signature;
import io.chromeless.load.EmptyTableWriter;
import io.chromeless.load.LoadLayout;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.Reject;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Stage 4: writes the tables as Parquet into the run's staging folder ({@link
 * LoadLayout#stagingTable}), one folder per table, and FileIO's temporary files into {@link
 * LoadLayout#stagingTemp}; nothing goes into a partition here: {@code CommitLoad} moves the files
 * into {@code <output>/<table>/load_date=<date>/} (Hive-style partitions that DuckDB, Spark and
 * BigQuery read as they are) once the whole run succeeded. Files are named {@code
 * part-<run id>-SSSSS-of-NNNNN.parquet}; the number of shards is left to the runner. Parquet
 * through parquet-avro ({@link ParquetSink}), lists in the standard 3-level layout.
 */
public final class WriteTables {
  private final LoadLayout layout;
  private final CompressionCodecName codec;

  private WriteTables(LoadLayout layout, CompressionCodecName codec) {
    this.layout = layout;
    this.codec = codec;
  }

  /** Writes into the staging folder of this run. */
  public static WriteTables staging(LoadLayout layout, String codec) {
    return new WriteTables(layout, CompressionCodecName.valueOf(codec));
  }

  public PTransform<PCollection<Article>, WriteFilesResult<Void>> articles() {
    return table(LoadLayout.ARTICLES, Schemas.ARTICLES, new ArticleToRecord());
  }

  public PTransform<PCollection<DocumentRow>, WriteFilesResult<Void>> documents() {
    return table(LoadLayout.DOCUMENTS, Schemas.DOCUMENTS, new DocumentToRecord());
  }

  public PTransform<PCollection<Reject>, WriteFilesResult<Void>> rejects() {
    return table(LoadLayout.REJECTS, Schemas.REJECTS, new RejectToRecord());
  }

  /** The article index: (article id, signature of its canonical body). */
  public PTransform<PCollection<KV<String, Signature>>, WriteFilesResult<Void>> index() {
    return table(LoadLayout.INDEX, Schemas.INDEX, new IndexToRecord());
  }

  /**
   * The empty file of a table that got no rows: one Parquet file with the table's schema, named like
   * FileIO's ({@code part-<run id>-00000-of-00001.parquet}), in the table's staging folder.
   */
  public EmptyTableWriter emptyTables() {
    return new EmptyTables(codec);
  }

  static final class EmptyTables implements EmptyTableWriter {
    private final CompressionCodecName codec;

    EmptyTables(CompressionCodecName codec) {
      this.codec = codec;
    }

    @Override
    public String writeEmpty(LoadLayout layout, String table) throws IOException {
      Schema schema = switch (table) {
        case LoadLayout.ARTICLES -> Schemas.ARTICLES;
        case LoadLayout.DOCUMENTS -> Schemas.DOCUMENTS;
        case LoadLayout.REJECTS -> Schemas.REJECTS;
        case LoadLayout.INDEX -> Schemas.INDEX;
        default -> throw new IllegalArgumentException("no such table: " + table);
      };
      ResourceId file = FileSystems.matchNewResource(layout.stagingTable(table), true)
          .resolve(layout.filePrefix() + "-00000-of-00001.parquet", StandardResolveOptions.RESOLVE_FILE);
      ParquetSink sink = new ParquetSink(schema, codec);
      WritableByteChannel channel = FileSystems.create(file, "application/octet-stream");
      try {
        sink.open(channel);
        sink.flush(); // Parquet's writer closes the channel with its footer
      } finally {
        if (channel.isOpen()) {
          channel.close(); // once only: an object store's upload completes on close
        }
      }
      return file.toString();
    }
  }

  private <T> WriteTable<T> table(String name, Schema schema, SerializableFunction<T, GenericRecord> toRecord) {
    return new WriteTable<>(layout.stagingTable(name), layout.stagingTemp(), layout.filePrefix(), schema, codec, toRecord);
  }

  /** Writes one table's values as Parquet files into one folder. */
  static final class WriteTable<T> extends PTransform<PCollection<T>, WriteFilesResult<Void>> {
    private final String dir;
    private final String tempDir;
    private final String prefix;
    private final Schema schema;
    private final CompressionCodecName codec;
    private final SerializableFunction<T, GenericRecord> toRecord;

    WriteTable(String dir, String tempDir, String prefix, Schema schema, CompressionCodecName codec,
        SerializableFunction<T, GenericRecord> toRecord) {
      this.dir = dir;
      this.tempDir = tempDir;
      this.prefix = prefix;
      this.schema = schema;
      this.codec = codec;
      this.toRecord = toRecord;
    }

    @Override
    public WriteFilesResult<Void> expand(PCollection<T> input) {
      return input.apply(
          "WriteParquet",
          FileIO.<T>write()
              .via(Contextful.fn(toRecord), new ParquetSink(schema, codec))
              .to(dir)
              .withTempDirectory(tempDir)
              .withPrefix(prefix)
              .withSuffix(".parquet"));
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

  static final class IndexToRecord implements SerializableFunction<KV<String, Signature>, GenericRecord> {
    @Override
    public GenericRecord apply(KV<String, Signature> e) {
      return Schemas.toIndexRecord(e.getKey(), e.getValue());
    }
  }
}
