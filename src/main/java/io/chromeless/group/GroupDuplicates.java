package io.chromeless.group;

import io.chromeless.metrics.Counters;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 3: groups captures of the same story and merges each group into one canonical article.
 *
 * <p>Steps: MinHash signatures of the cleaned bodies ({@link MinHasher}); bucket keys (LSH bands,
 * body prefixes, exact content: {@link DuplicateRules}), where a bucket holds only doc ids and
 * content hashes; candidate pairs per bucket (all pairs, or star pairs to anchors in a large
 * bucket); each distinct pair joined with both signatures and verified; a contained capture keeps
 * its best container only; connected components of the verified edges ({@link
 * ConnectedComponents}); a join of each page with its component; the merge of each component
 * ({@link ArticleMerger}). Output: {@link #ARTICLES}, one per story, and {@link #DOCUMENTS}, one
 * per input page, pointing to its article.
 *
 * <p>Shuffled per page: 18-19 bucket entries of about 40 bytes, its signature twice (about 560
 * bytes, for the verification joins), the page itself once (the join with its component), and once
 * more when it has duplicates (the merge). Pages without a candidate pair get no edge and never
 * reach the components step.
 */
public final class GroupDuplicates extends PTransform<PCollection<ParsedPage>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final TupleTag<DocumentRow> DOCUMENTS = new TupleTag<DocumentRow>() {};

  private static final TupleTag<ParsedPage> PAGE = new TupleTag<ParsedPage>() {};
  private static final TupleTag<ParsedPage> SINGLE = new TupleTag<ParsedPage>() {};
  private static final TupleTag<KV<String, ParsedPage>> CAPTURES = new TupleTag<KV<String, ParsedPage>>() {};
  private static final TupleTag<Signature> SIG = new TupleTag<Signature>() {};
  private static final TupleTag<String> COMPONENT = new TupleTag<String>() {};
  private static final TupleTag<String> PARTNER = new TupleTag<String>() {};
  private static final TupleTag<Signature> PARTNER_SIG = new TupleTag<Signature>() {};
  private static final TupleTag<KV<String, String>> EDGES = new TupleTag<KV<String, String>>() {};
  private static final TupleTag<KV<String, String>> PAIRS = new TupleTag<KV<String, String>>() {};
  private static final TupleTag<KV<String, DuplicateRules.Match>> CONTAINED =
      new TupleTag<KV<String, DuplicateRules.Match>>() {};

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

    PCollectionTuple fromBuckets =
        sigs.apply("BucketKeys", ParDo.of(new BucketKeysFn()))
            .apply("GroupBuckets", GroupByKey.create())
            .apply("CandidatePairs", ParDo.of(new CandidatePairsFn()).withOutputTags(PAIRS, TupleTagList.of(EDGES)));
    PCollection<KV<String, String>> pairs = fromBuckets.get(PAIRS).apply("DistinctPairs", Distinct.create());

    // Verification: each pair meets the signature of its first page, then that of its second.
    PCollection<KV<String, Signature>> withFirst =
        KeyedPCollectionTuple.of(PARTNER, pairs).and(SIG, sigs)
            .apply("JoinFirstSignature", CoGroupByKey.create())
            .apply("SendToSecond", ParDo.of(new SendToSecondFn()));
    PCollectionTuple verified =
        KeyedPCollectionTuple.of(PARTNER_SIG, withFirst).and(SIG, sigs)
            .apply("JoinSecondSignature", CoGroupByKey.create())
            .apply("Verify", ParDo.of(new VerifyFn()).withOutputTags(EDGES, TupleTagList.of(CONTAINED)));
    PCollection<KV<String, String>> containedEdges =
        verified.get(CONTAINED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), MatchCoder.INSTANCE))
            .apply("GroupContainers", GroupByKey.create())
            .apply("BestContainer", ParDo.of(new BestContainerFn()));
    PCollectionList<KV<String, String>> allEdges =
        PCollectionList.of(verified.get(EDGES)).and(containedEdges).and(fromBuckets.get(EDGES));
    if (extraEdges != null) {
      allEdges = allEdges.and(extraEdges);
    }
    PCollection<KV<String, String>> edges = allEdges.apply("AllEdges", Flatten.pCollections());

    PCollection<KV<String, String>> components = edges.apply("Components", ConnectedComponents.create());
    // Only pages with an edge meet again by component; a page alone is merged where the join
    // finds it. The page crosses one shuffle here (two when it has duplicates), its signature none:
    // the merge signs its captures again, which costs less than carrying 560 bytes a page.
    PCollectionTuple keyed =
        KeyedPCollectionTuple.of(PAGE, byDoc)
            .and(COMPONENT, components)
            .apply("JoinComponents", CoGroupByKey.create())
            .apply("KeyByComponent", ParDo.of(new KeyByComponentFn()).withOutputTags(CAPTURES, TupleTagList.of(SINGLE)));
    PCollectionTuple singles =
        keyed.get(SINGLE)
            .apply("MergeSingles", ParDo.of(new MergeSingleFn()).withOutputTags(ARTICLES, TupleTagList.of(DOCUMENTS)));
    PCollectionTuple groups =
        keyed.get(CAPTURES)
            .apply("GroupCaptures", GroupByKey.create())
            .apply("MergeArticles", ParDo.of(new MergeFn()).withOutputTags(ARTICLES, TupleTagList.of(DOCUMENTS)));
    return PCollectionTuple.of(ARTICLES,
            PCollectionList.of(singles.get(ARTICLES)).and(groups.get(ARTICLES)).apply("AllArticles", Flatten.pCollections()))
        .and(DOCUMENTS,
            PCollectionList.of(singles.get(DOCUMENTS)).and(groups.get(DOCUMENTS)).apply("AllDocuments", Flatten.pCollections()));
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

  /** Bucket entries: (key, (doc id, content hash)): a bucket never holds signatures. */
  static final class BucketKeysFn extends DoFn<KV<String, Signature>, KV<Long, KV<String, Long>>> {
    @ProcessElement
    public void process(@Element KV<String, Signature> e, OutputReceiver<KV<Long, KV<String, Long>>> out) {
      Signature s = e.getValue();
      KV<String, Long> member = KV.of(s.docId(), s.contentHash());
      for (long k : DuplicateRules.bucketKeys(s)) {
        out.output(KV.of(k, member));
      }
    }
  }

  /** Candidate pairs of distinct bodies; from an exact-content bucket, also the edges of identical bodies. */
  static final class CandidatePairsFn extends DoFn<KV<Long, Iterable<KV<String, Long>>>, KV<String, String>> {
    private final Counter oversized = Metrics.counter(Counters.GROUP, Counters.OVERSIZED_BUCKETS);
    private final Counter candidates = Metrics.counter(Counters.GROUP, Counters.CANDIDATE_PAIRS);
    private final Counter same = Metrics.counter(Counters.GROUP, Counters.DUPLICATE_EDGES);
    private final Distribution sizes = Metrics.distribution(Counters.GROUP, Counters.BUCKET_SIZE);

    @ProcessElement
    public void process(@Element KV<Long, Iterable<KV<String, Long>>> bucket, MultiOutputReceiver out) {
      List<DuplicateRules.Member> members = new ArrayList<>();
      for (KV<String, Long> m : bucket.getValue()) {
        members.add(new DuplicateRules.Member(m.getKey(), m.getValue()));
      }
      if (members.size() < 2) {
        return;
      }
      sizes.update(members.size());
      if (members.size() > DuplicateRules.MAX_ALL_PAIRS) {
        oversized.inc();
      }
      if (DuplicateRules.isExactKey(bucket.getKey())) {
        for (DuplicateRules.Edge e : DuplicateRules.sameContentEdges(members)) {
          same.inc();
          out.get(EDGES).output(KV.of(e.a, e.b));
        }
      }
      for (DuplicateRules.Pair p : DuplicateRules.candidatePairs(members)) {
        candidates.inc();
        out.get(PAIRS).output(KV.of(p.a(), p.b()));
      }
    }
  }

  static final class SendToSecondFn extends DoFn<KV<String, CoGbkResult>, KV<String, Signature>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, Signature>> out) {
      Signature first = e.getValue().getOnly(SIG, null);
      if (first == null) {
        return;
      }
      for (String second : e.getValue().getAll(PARTNER)) {
        out.output(KV.of(second, first));
      }
    }
  }

  static final class VerifyFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter edges = Metrics.counter(Counters.GROUP, Counters.DUPLICATE_EDGES);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, MultiOutputReceiver out) {
      Signature second = e.getValue().getOnly(SIG, null);
      if (second == null) {
        return;
      }
      for (Signature first : e.getValue().getAll(PARTNER_SIG)) {
        DuplicateRules.Match m = DuplicateRules.match(first, second);
        if (m == null) {
          continue;
        }
        if (m.kind() == DuplicateRules.MatchKind.CONTAINED) {
          out.get(CONTAINED).output(KV.of(m.a(), m));
        } else {
          edges.inc();
          out.get(EDGES).output(KV.of(m.a(), m.b()));
        }
      }
    }
  }

  static final class BestContainerFn extends DoFn<KV<String, Iterable<DuplicateRules.Match>>, KV<String, String>> {
    private final Counter edges = Metrics.counter(Counters.GROUP, Counters.DUPLICATE_EDGES);

    @ProcessElement
    public void process(@Element KV<String, Iterable<DuplicateRules.Match>> e, OutputReceiver<KV<String, String>> out) {
      DuplicateRules.Match best = null;
      for (DuplicateRules.Match m : e.getValue()) {
        if (best == null || DuplicateRules.BEST_CONTAINER.compare(m, best) < 0) {
          best = m;
        }
      }
      edges.inc();
      out.output(KV.of(best.a(), best.b()));
    }
  }

  /** A page with a component goes to {@link #CAPTURES} under its root; a page without one to {@link #SINGLE}. */
  static final class KeyByComponentFn extends DoFn<KV<String, CoGbkResult>, KV<String, ParsedPage>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, MultiOutputReceiver out) {
      ParsedPage page = e.getValue().getOnly(PAGE, null);
      if (page == null) {
        return; // an edge of a page is never without its page; nothing to emit
      }
      String component = e.getValue().getOnly(COMPONENT, null);
      if (component == null) {
        out.get(SINGLE).output(page);
      } else {
        out.get(CAPTURES).output(KV.of(component, page));
      }
    }
  }

  static final class MergeSingleFn extends DoFn<ParsedPage, Article> {
    private final Counter articles = Metrics.counter(Counters.GROUP, Counters.ARTICLES);
    private final Counter documents = Metrics.counter(Counters.GROUP, Counters.DOCUMENTS);

    @ProcessElement
    public void process(@Element ParsedPage page, MultiOutputReceiver out) {
      emit(ArticleMerger.merge(List.of(capture(page))), out, articles, documents);
    }
  }

  static final class MergeFn extends DoFn<KV<String, Iterable<ParsedPage>>, Article> {
    private final Counter articles = Metrics.counter(Counters.GROUP, Counters.ARTICLES);
    private final Counter documents = Metrics.counter(Counters.GROUP, Counters.DOCUMENTS);

    @ProcessElement
    public void process(@Element KV<String, Iterable<ParsedPage>> group, MultiOutputReceiver out) {
      List<ArticleMerger.Capture> captures = new ArrayList<>();
      for (ParsedPage page : group.getValue()) {
        captures.add(capture(page));
      }
      emit(ArticleMerger.merge(captures), out, articles, documents);
    }
  }

  private static ArticleMerger.Capture capture(ParsedPage page) {
    return new ArticleMerger.Capture(page, MinHasher.sign(page.docId(), page.body()));
  }

  private static void emit(ArticleMerger.Merged m, DoFn.MultiOutputReceiver out, Counter articles, Counter documents) {
    articles.inc();
    out.get(ARTICLES).output(m.article);
    for (DocumentRow d : m.documents) {
      documents.inc();
      out.get(DOCUMENTS).output(d);
    }
  }

  /** Wire format of a verified containment match (only between verification and best-container choice). */
  static final class MatchCoder extends CustomCoder<DuplicateRules.Match> {
    static final MatchCoder INSTANCE = new MatchCoder();

    @Override
    public void encode(DuplicateRules.Match m, OutputStream os) throws IOException {
      DataOutputStream out = new DataOutputStream(os);
      out.writeByte(m.kind().ordinal());
      out.writeUTF(m.a());
      out.writeUTF(m.b());
      out.writeDouble(m.jaccard());
      out.writeDouble(m.containment());
      out.writeLong(m.bContentHash());
      out.flush();
    }

    @Override
    public DuplicateRules.Match decode(InputStream is) throws IOException {
      DataInputStream in = new DataInputStream(is);
      return new DuplicateRules.Match(DuplicateRules.MatchKind.values()[in.readByte()], in.readUTF(), in.readUTF(),
          in.readDouble(), in.readDouble(), in.readLong());
    }

    @Override
    public void verifyDeterministic() {}
  }
}
