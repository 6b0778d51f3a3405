package io.chromeless.group;

import io.chromeless.metrics.Counters;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Stage 3: groups captures of the same story and merges each group into one canonical article.
 *
 * <p>Steps: MinHash signatures of the cleaned bodies ({@link MinHasher}); bucket keys (LSH bands,
 * body prefix, exact content: {@link DuplicateRules}); verification of the pairs in each bucket;
 * connected components of the verified edges; a join of each page with its component; merge of
 * each component ({@link ArticleMerger}). Output: {@link #ARTICLES}, one per story, and {@link
 * #DOCUMENTS}, one per input page, pointing to its article.
 *
 * <p>Components: this version unions the edges on one worker (a single-key GroupByKey), which
 * holds while the duplicate edges of a run fit in one worker's memory (about 100 bytes an edge:
 * some ten million edges per GiB of heap). Pages without edges never reach that worker.
 */
public final class GroupDuplicates extends PTransform<PCollection<ParsedPage>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<DocumentRow>() {};

  private static final TupleTag<ParsedPage> PAGE = new TupleTag<ParsedPage>() {};
  private static final TupleTag<Signature> SIG = new TupleTag<Signature>() {};
  private static final TupleTag<String> COMPONENT = new TupleTag<String>() {};

  private final PCollection<KV<String, String>> extraEdges;

  private GroupDuplicates(PCollection<KV<String, String>> extraEdges) {
    this.extraEdges = extraEdges;
  }

  public static GroupDuplicates create() {
    return new GroupDuplicates(null);
  }

  /**
   * Also unions these pairs of doc ids, found outside this stage (pages of tonight that match the
   * same article of an earlier night, see {@code prior.PriorArticles}).
   */
  public GroupDuplicates withExtraEdges(PCollection<KV<String, String>> edges) {
    return new GroupDuplicates(edges);
  }

  @Override
  public PCollectionTuple expand(PCollection<ParsedPage> pages) {
    PCollection<KV<String, ParsedPage>> byDoc = pages.apply("KeyByDoc", ParDo.of(new KeyByDocFn()));
    PCollection<KV<String, Signature>> sigs = pages.apply("Sign", ParDo.of(new SignFn()));
    PCollection<KV<String, String>> edges =
        sigs.apply("BucketKeys", ParDo.of(new BucketKeysFn()))
            .apply("GroupBuckets", GroupByKey.create())
            .apply("VerifyCandidates", ParDo.of(new VerifyBucketFn()))
            .apply("DistinctEdges", Distinct.create());
    if (extraEdges != null) {
      edges = PCollectionList.of(edges).and(extraEdges).apply("AddExtraEdges", Flatten.pCollections());
    }
    PCollection<KV<String, String>> components = edges.apply("Components", ConnectedComponents.create());
    return KeyedPCollectionTuple.of(PAGE, byDoc)
        .and(SIG, sigs)
        .and(COMPONENT, components)
        .apply("JoinComponents", CoGroupByKey.create())
        .apply("KeyByComponent", ParDo.of(new KeyByComponentFn()))
        .apply("GroupCaptures", GroupByKey.create())
        .apply("MergeArticles", ParDo.of(new MergeFn()).withOutputTags(ARTICLES, TupleTagList.of(DOCUMENTS)));
  }

  static final class KeyByDocFn extends DoFn<ParsedPage, KV<String, ParsedPage>> {
    @ProcessElement
    public void process(@Element ParsedPage p, OutputReceiver<KV<String, ParsedPage>> out) {
      out.output(KV.of(p.docId(), p));
    }
  }

  static final class SignFn extends DoFn<ParsedPage, KV<String, Signature>> {
    @ProcessElement
    public void process(@Element ParsedPage p, OutputReceiver<KV<String, Signature>> out) {
      out.output(KV.of(p.docId(), MinHasher.sign(p.docId(), p.body())));
    }
  }

  static final class BucketKeysFn extends DoFn<KV<String, Signature>, KV<Long, Signature>> {
    @ProcessElement
    public void process(@Element KV<String, Signature> e, OutputReceiver<KV<Long, Signature>> out) {
      for (long k : DuplicateRules.bucketKeys(e.getValue())) {
        out.output(KV.of(k, e.getValue()));
      }
    }
  }

  static final class VerifyBucketFn extends DoFn<KV<Long, Iterable<Signature>>, KV<String, String>> {
    private final Counter edges = Metrics.counter(Counters.GROUP, Counters.DUPLICATE_EDGES);
    private final Counter oversized = Metrics.counter(Counters.GROUP, Counters.OVERSIZED_BUCKETS);

    @ProcessElement
    public void process(@Element KV<Long, Iterable<Signature>> bucket, OutputReceiver<KV<String, String>> out) {
      List<Signature> members = new ArrayList<>();
      bucket.getValue().forEach(members::add);
      if (members.size() < 2) {
        return;
      }
      if (members.size() > DuplicateRules.MAX_ALL_PAIRS) {
        oversized.inc();
      }
      for (DuplicateRules.Edge e : DuplicateRules.bucketEdges(members)) {
        edges.inc();
        out.output(KV.of(e.a, e.b));
      }
    }
  }

  static final class KeyByComponentFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<ParsedPage, Signature>>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, KV<ParsedPage, Signature>>> out) {
      ParsedPage page = e.getValue().getOnly(PAGE, null);
      if (page == null) {
        return; // an edge or signature of a page is never without its page; nothing to emit
      }
      Signature sig = e.getValue().getOnly(SIG);
      String component = e.getValue().getOnly(COMPONENT, e.getKey());
      out.output(KV.of(component, KV.of(page, sig)));
    }
  }

  static final class MergeFn extends DoFn<KV<String, Iterable<KV<ParsedPage, Signature>>>, Article> {
    private final Counter articles = Metrics.counter(Counters.GROUP, Counters.ARTICLES);
    private final Counter documents = Metrics.counter(Counters.GROUP, Counters.DOCUMENTS);

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<ParsedPage, Signature>>> group, MultiOutputReceiver out) {
      List<ArticleMerger.Capture> captures = new ArrayList<>();
      for (KV<ParsedPage, Signature> kv : group.getValue()) {
        captures.add(new ArticleMerger.Capture(kv.getKey(), kv.getValue()));
      }
      ArticleMerger.Merged m = ArticleMerger.merge(captures);
      articles.inc();
      out.get(ARTICLES).output(m.article);
      for (DocumentRow d : m.documents) {
        documents.inc();
        out.get(DOCUMENTS).output(d);
      }
    }
  }

  /** Connected components of the edge list, unioned on one worker; see the class comment. */
  static final class ConnectedComponents extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
    static ConnectedComponents create() {
      return new ConnectedComponents();
    }

    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
      return edges
          .apply("OneKey", WithKeys.<Integer, KV<String, String>>of(0).withKeyType(TypeDescriptors.integers()))
          .apply("AllEdges", GroupByKey.create())
          .apply("UnionFind", ParDo.of(new UnionFindFn()));
    }
  }

  static final class UnionFindFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> all, OutputReceiver<KV<String, String>> out) {
      UnionFind uf = new UnionFind();
      for (KV<String, String> e : all.getValue()) {
        uf.union(e.getKey(), e.getValue());
      }
      for (Map.Entry<String, String> r : uf.roots().entrySet()) {
        out.output(KV.of(r.getKey(), r.getValue()));
      }
    }
  }
}
