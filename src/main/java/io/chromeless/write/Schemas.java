package io.chromeless.write;

import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.Reject;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.values.KV;

/**
 * The Parquet contract of the three tables, as Avro schemas, and the mapping of model values to
 * records. Optional fields are unions with null; lists are arrays of strings, written in
 * Parquet's standard 3-level list layout (see {@link WriteTables}); timestamps are {@code
 * timestamp-micros}, which Parquet stores as UTC-adjusted TIMESTAMP(MICROS).
 */
public final class Schemas {
  private Schemas() {}

  private static Schema optionalTimestamp() {
    Schema ts = LogicalTypes.timestampMicros().addToSchema(Schema.create(Schema.Type.LONG));
    return Schema.createUnion(Schema.create(Schema.Type.NULL), ts);
  }

  private static Schema optionalStringList() {
    return Schema.createUnion(
        Schema.create(Schema.Type.NULL), Schema.createArray(Schema.create(Schema.Type.STRING)));
  }

  public static final Schema ARTICLES =
      SchemaBuilder.record("Article").namespace("io.chromeless").fields()
          .requiredString("article_id")
          .optionalString("title")
          .optionalString("subtitle")
          .name("authors").type(optionalStringList()).withDefault(null)
          .name("published_at").type(optionalTimestamp()).withDefault(null)
          .optionalString("dateline")
          .optionalString("language")
          .optionalString("site")
          .optionalString("url")
          .requiredString("body")
          .requiredInt("word_count")
          .name("captions").type(optionalStringList()).withDefault(null)
          .requiredBoolean("paywalled")
          .requiredInt("duplicate_count")
          .name("first_seen").type(optionalTimestamp()).withDefault(null)
          .name("last_seen").type(optionalTimestamp()).withDefault(null)
          .requiredString("canonical_doc_id")
          .endRecord();

  public static final Schema DOCUMENTS =
      SchemaBuilder.record("Document").namespace("io.chromeless").fields()
          .requiredString("doc_id")
          .requiredString("article_id")
          .requiredString("source_uri")
          .requiredInt("record_index")
          .optionalString("record_id")
          .optionalString("url")
          .name("crawled_at").type(optionalTimestamp()).withDefault(null)
          .requiredBoolean("is_canonical")
          .requiredDouble("similarity")
          .endRecord();

  public static final Schema REJECTS =
      SchemaBuilder.record("Reject").namespace("io.chromeless").fields()
          .requiredString("source_uri")
          .requiredInt("record_index")
          .requiredString("stage")
          .requiredString("reason")
          .optionalString("message")
          .optionalString("excerpt")
          .optionalString("record_id")
          .endRecord();

  /**
   * The article index ({@code _index/load_date=D/}): one row per article of a load, the MinHash
   * signature of its canonical body, which later loads match their pages against
   * ({@code --priorOutput}). {@code mins} holds the {@link MinHasher#BINS} bin minima as 8-byte
   * big-endian longs.
   */
  public static final Schema INDEX =
      SchemaBuilder.record("ArticleSignature").namespace("io.chromeless").fields()
          .requiredString("article_id")
          .requiredString("doc_id")
          .requiredInt("shingles")
          .requiredLong("content_hash")
          .requiredBytes("prefix_hashes")
          .requiredBytes("mins")
          .endRecord();

  public static GenericRecord toIndexRecord(String articleId, Signature s) {
    GenericData.Record r = new GenericData.Record(INDEX);
    r.put("article_id", articleId);
    r.put("doc_id", s.docId());
    r.put("shingles", s.shingles());
    r.put("content_hash", s.contentHash());
    ByteBuffer prefixes = ByteBuffer.allocate(s.prefixHashes().length * Long.BYTES);
    for (long h : s.prefixHashes()) {
      prefixes.putLong(h);
    }
    prefixes.flip();
    r.put("prefix_hashes", prefixes);
    ByteBuffer mins = ByteBuffer.allocate(s.mins().length * Integer.BYTES);
    for (int m : s.mins()) {
      mins.putInt(m);
    }
    mins.flip();
    r.put("mins", mins);
    return r;
  }

  /** An index row back as (article id, signature). */
  public static KV<String, Signature> fromIndexRecord(GenericRecord r) {
    ByteBuffer b = ((ByteBuffer) r.get("mins")).duplicate();
    int[] mins = new int[b.remaining() / Integer.BYTES];
    for (int i = 0; i < mins.length; i++) {
      mins[i] = b.getInt();
    }
    ByteBuffer p = ((ByteBuffer) r.get("prefix_hashes")).duplicate();
    long[] prefixes = new long[p.remaining() / Long.BYTES];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = p.getLong();
    }
    Signature s = new Signature(r.get("doc_id").toString(), mins, (Integer) r.get("shingles"),
        (Long) r.get("content_hash"), prefixes);
    return KV.of(r.get("article_id").toString(), s);
  }

  public static GenericRecord toRecord(Article a) {
    ParsedPage f = a.fields();
    GenericData.Record r = new GenericData.Record(ARTICLES);
    r.put("article_id", a.articleId());
    r.put("title", f.title());
    r.put("subtitle", f.subtitle());
    r.put("authors", list(f.authors()));
    r.put("published_at", f.publishedAtMicros());
    r.put("dateline", f.dateline());
    r.put("language", f.language());
    r.put("site", f.site());
    r.put("url", f.url());
    r.put("body", f.body());
    r.put("word_count", f.wordCount());
    r.put("captions", list(f.captions()));
    r.put("paywalled", f.paywalled());
    r.put("duplicate_count", a.duplicateCount());
    r.put("first_seen", millisToMicros(a.firstSeenMillis()));
    r.put("last_seen", millisToMicros(a.lastSeenMillis()));
    r.put("canonical_doc_id", f.docId());
    return r;
  }

  public static GenericRecord toRecord(DocumentRow d) {
    GenericData.Record r = new GenericData.Record(DOCUMENTS);
    r.put("doc_id", d.docId());
    r.put("article_id", d.articleId());
    r.put("source_uri", d.sourceUri());
    r.put("record_index", d.recordIndex());
    r.put("record_id", d.recordId());
    r.put("url", d.url());
    r.put("crawled_at", millisToMicros(d.crawledAtMillis()));
    r.put("is_canonical", d.canonical());
    r.put("similarity", d.similarity());
    return r;
  }

  public static GenericRecord toRecord(Reject x) {
    GenericData.Record r = new GenericData.Record(REJECTS);
    r.put("source_uri", x.sourceUri());
    r.put("record_index", x.recordIndex());
    r.put("stage", x.stage());
    r.put("reason", x.reason());
    r.put("message", x.message());
    r.put("excerpt", x.excerpt());
    r.put("record_id", x.recordId());
    return r;
  }

  private static List<String> list(List<String> l) {
    return l == null ? null : new ArrayList<>(l);
  }

  private static Long millisToMicros(Long ms) {
    return ms == null ? null : ms * 1000L;
  }
}
