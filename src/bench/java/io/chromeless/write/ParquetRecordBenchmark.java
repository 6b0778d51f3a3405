package io.chromeless.write;

import io.chromeless.bench.BenchPages;
import io.chromeless.bench.Throughput;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.parse.PageParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the writers do per row: build the Avro record of an article (and of a document row) and
 * hand it to the project's {@link ParquetSink} (Snappy, the job's default codec), whose output is
 * thrown away. The articles are the parsed generated pages ({@link BenchPages}), one per page.
 * Score: rows/s per core; {@code bytes}: bytes of the source page text per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@Threads(1)
@State(Scope.Thread)
public class ParquetRecordBenchmark {
  private Article[] articles;
  private DocumentRow[] documents;
  private int[] bytes;
  private ParquetSink articleSink;
  private ParquetSink documentSink;
  private int next;

  @Setup
  public void generate() {
    BenchPages pages = BenchPages.generate(42);
    PageParser parser = new PageParser(pages.chrome);
    List<Article> a = new ArrayList<>();
    List<DocumentRow> d = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int i = 0; i < BenchPages.COUNT && a.size() < 512; i++) {
      try {
        ParsedPage p = parser.parse(pages.pages[i]);
        a.add(new Article(p.docId(), p, 1, p.crawledAtMillis(), p.crawledAtMillis()));
        d.add(new DocumentRow(p.docId(), p.docId(), p.sourceUri(), p.recordIndex(), p.recordId(), p.url(),
            p.crawledAtMillis(), true, 1.0));
        b.add(pages.bytes[i]);
      } catch (PageParser.NoArticleException e) {
        // not an article: no row
      }
    }
    articles = a.toArray(Article[]::new);
    documents = d.toArray(DocumentRow[]::new);
    bytes = b.stream().mapToInt(Integer::intValue).toArray();
  }

  @Setup(Level.Iteration)
  public void open() throws IOException {
    articleSink = new ParquetSink(Schemas.ARTICLES, CompressionCodecName.SNAPPY);
    articleSink.open(Channels.newChannel(OutputStream.nullOutputStream()));
    documentSink = new ParquetSink(Schemas.DOCUMENTS, CompressionCodecName.SNAPPY);
    documentSink.open(Channels.newChannel(OutputStream.nullOutputStream()));
  }

  @TearDown(Level.Iteration)
  public void close() throws IOException {
    articleSink.flush();
    documentSink.flush();
  }

  @Benchmark
  public void articleRow(Throughput t) throws IOException {
    int i = next;
    next = (i + 1) % articles.length;
    t.add(bytes[i]);
    articleSink.write(Schemas.toRecord(articles[i]));
  }

  @Benchmark
  public void documentRow(Throughput t) throws IOException {
    int i = next;
    next = (i + 1) % documents.length;
    t.add(bytes[i]);
    documentSink.write(Schemas.toRecord(documents[i]));
  }
}
