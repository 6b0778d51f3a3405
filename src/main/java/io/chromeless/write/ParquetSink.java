package io.chromeless.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A {@link FileIO.Sink} of Avro records as Parquet (parquet-avro's writer), like ParquetIO's sink
 * but without a serialized Hadoop {@code Configuration}: FileIO clones its sink for every file it
 * opens, and each clone of ParquetIO's sink re-reads Hadoop's default XML resources (tens of
 * milliseconds; most of a direct run's time). Here the writer's configuration is built empty in
 * {@link #open} with the one setting the tables need: lists in the standard 3-level layout.
 */
final class ParquetSink implements FileIO.Sink<GenericRecord> {
  private final String schemaJson;
  private final CompressionCodecName codec;
  private transient ParquetWriter<GenericRecord> writer;

  ParquetSink(Schema schema, CompressionCodecName codec) {
    this.schemaJson = schema.toString();
    this.codec = codec;
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    Configuration conf = new Configuration(false);
    conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
    writer =
        AvroParquetWriter.<GenericRecord>builder(new StreamOutputFile(Channels.newOutputStream(channel)))
            .withSchema(new Schema.Parser().parse(schemaJson))
            .withDataModel(GenericData.get())
            .withCompressionCodec(codec)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withConf(conf)
            .build();
  }

  @Override
  public void write(GenericRecord element) throws IOException {
    writer.write(element);
  }

  /** Parquet writes its footer on close; FileIO closes the channel after this. */
  @Override
  public void flush() throws IOException {
    writer.close();
  }

  /** An output "file" that is a stream already opened by FileIO. */
  private static final class StreamOutputFile implements OutputFile {
    private final OutputStream out;

    StreamOutputFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new CountingStream(out);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return new CountingStream(out);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }

  private static final class CountingStream extends PositionOutputStream {
    private final OutputStream out;
    private long pos;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public long getPos() {
      return pos;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      pos++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      pos += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
