package io.chromeless.write;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What FileIO pays each time it opens a file: a clone (serialize + deserialize) of the table's
 * sink. ParquetIO's sink carries a Hadoop Configuration, whose deserialization re-reads Hadoop's
 * default XML resources; {@link ParquetSink} carries only a schema and a codec.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Thread)
public class ParquetSinkCloneBenchmark {
  private final FileIO.Sink<?> parquetIo = ParquetIO.sink(Schemas.ARTICLES)
      .withCompressionCodec(CompressionCodecName.SNAPPY)
      .withConfiguration(Map.of("parquet.avro.write-old-list-structure", "false"));
  private final FileIO.Sink<?> own = new ParquetSink(Schemas.ARTICLES, CompressionCodecName.SNAPPY);

  @Benchmark
  public Object cloneParquetIoSink() {
    return SerializableUtils.clone(parquetIo);
  }

  @Benchmark
  public Object cloneParquetSink() {
    return SerializableUtils.clone(own);
  }
}
