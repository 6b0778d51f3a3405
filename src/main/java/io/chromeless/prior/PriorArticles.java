package io.chromeless.prior;

import io.chromeless.group.DuplicateRules;
import io.chromeless.group.GroupDuplicates;
import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import io.chromeless.metrics.Counters;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Duplicates across nights: a page captured again on a later night joins the article id it got
 * before, also when the new capture is only near the old one (an update, a paywall-cut copy, a
 * syndicated version). Runs around {@link GroupDuplicates}, with the same rules ({@link
 * MinHasher} signatures, {@link DuplicateRules} bucket keys and verification):
 *
 * <ol>
 *   <li>{@link #match}: each page of tonight is compared with the signatures of earlier nights'
 *       articles ({@link PriorIndex}) that share a bucket key with it; its best verified match
 *       (highest similarity, then smallest article id) is kept.
 *   <li>{@link #edges}: pages of tonight that match the same earlier article are chained by
 *       extra edges, so {@link GroupDuplicates#withExtraEdges} puts them in one article.
 *   <li>{@link #relabel}: each article of tonight whose pages matched an earlier article takes that
 *       article's id (the best match over its pages), in the articles and documents rows.
 *   <li>{@link #indexRowsOf}: tonight's articles' signatures, the index a later night reads.
 * </ol>
 *
 * <p>Tonight's articles partition holds every article with a page tonight, the ones seen before
 * included, merged from tonight's captures only. Every choice is made on values (similarity, ids),
 * never on arrival order: the same inputs and earlier index give the same rows on every runner.
 */
public final class PriorArticles {
  /** An article of tonight that continues an earlier one: tonight's id -> the earlier id. */
  public static final TupleTag<KV<String, String>> SEEN_BEFORE = new TupleTag<KV<String, String>>() {};
  /** The index rows of tonight's articles, under their final ids (see {@link #indexRowsOf}). */
  public static final TupleTag<KV<String, Signature>> INDEX = new TupleTag<KV<String, Signature>>() {};

  private static final TupleTag<Signature> TONIGHT = new TupleTag<Signature>() {};
  private static final TupleTag<KV<String, Signature>> EARLIER = new TupleTag<KV<String, Signature>>() {};
  private static final TupleTag<String> ARTICLE_OF_DOC = new TupleTag<String>() {};
  private static final TupleTag<KV<String, Double>> MATCH = new TupleTag<KV<String, Double>>() {};
  private static final TupleTag<Article> ARTICLE = new TupleTag<Article>() {};
  private static final TupleTag<DocumentRow> DOCUMENT = new TupleTag<DocumentRow>() {};
  private static final TupleTag<String> EARLIER_ID = new TupleTag<String>() {};

  private PriorArticles() {}

  /** Best earlier article of each page that has one: doc id -> (article id, similarity). */
  public static PTransform<PCollection<ParsedPage>, PCollection<KV<String, KV<String, Double>>>> match(
      PCollection<KV<String, Signature>> earlier) {
    return new Match(earlier);
  }

  /** Pages matching the same earlier article, chained: edges for {@link GroupDuplicates#withExtraEdges}. */
  public static PTransform<PCollection<KV<String, KV<String, Double>>>, PCollection<KV<String, String>>> edges() {
    return new Edges();
  }

  /**
   * Gives the articles of tonight (and their documents) whose pages matched an earlier article that
   * article's id. Input and output: {@link GroupDuplicates}' tuple (ARTICLES, DOCUMENTS); the output
   * also holds {@link #SEEN_BEFORE} and the index rows ({@link #INDEX}).
   */
  public static PTransform<PCollectionTuple, PCollectionTuple> relabel(PCollection<KV<String, KV<String, Double>>> matches) {
    return new Relabel(matches);
  }

  /** The index rows of articles that kept their own ids (a run without earlier nights). */
  public static PTransform<PCollection<Article>, PCollection<KV<String, Signature>>> indexRows() {
    return new IndexRows();
  }

  /**
   * The index rows of one article: the signature of its canonical body, and, when grouping gave it
   * an id from another capture's content (the id is the hex of the smallest content hash of its
   * captures), an exact-content row with that hash. The second row means a later page with that
   * exact content always finds this article, so a later night can never produce, unmatched, an id
   * that an earlier article already has.
   *
   * @param ownId the id grouping gave the article tonight
   * @param article the article under its final id
   */
  public static List<KV<String, Signature>> indexRowsOf(String ownId, Article article) {
    List<KV<String, Signature>> rows = new ArrayList<>(2);
    Signature canonical = MinHasher.sign(article.fields().docId(), article.fields().body());
    rows.add(KV.of(article.articleId(), canonical));
    Long idHash = parseId(ownId);
    if (idHash != null && idHash != canonical.contentHash()) {
      rows.add(KV.of(article.articleId(),
          new Signature(article.fields().docId(), new int[MinHasher.BINS], 0, idHash, new long[0])));
    }
    return rows;
  }

  private static Long parseId(String id) {
    try {
      return id.length() == 16 ? Long.parseUnsignedLong(id, 16) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Higher similarity first, then the smaller article id: a total order, so any runner picks the same. */
  static final Comparator<KV<String, Double>> BEST_FIRST =
      Comparator.<KV<String, Double>>comparingDouble(KV::getValue).reversed().thenComparing(KV::getKey);

  static final class Best implements SerializableFunction<Iterable<KV<String, Double>>, KV<String, Double>> {
    @Override
    public KV<String, Double> apply(Iterable<KV<String, Double>> candidates) {
      KV<String, Double> best = null;
      for (KV<String, Double> c : candidates) {
        if (best == null || BEST_FIRST.compare(c, best) < 0) {
          best = c;
        }
      }
      return best;
    }
  }

  static final class Match extends PTransform<PCollection<ParsedPage>, PCollection<KV<String, KV<String, Double>>>> {
    private final PCollection<KV<String, Signature>> earlier;

    Match(PCollection<KV<String, Signature>> earlier) {
      this.earlier = earlier;
    }

    @Override
    public PCollection<KV<String, KV<String, Double>>> expand(PCollection<ParsedPage> pages) {
      PCollection<KV<Long, Signature>> tonight = pages.apply("SignTonight", ParDo.of(new SignPageFn()));
      PCollection<KV<Long, KV<String, Signature>>> before = earlier.apply("KeyEarlier", ParDo.of(new KeyEarlierFn()));
      return KeyedPCollectionTuple.of(TONIGHT, tonight)
          .and(EARLIER, before)
          .apply("JoinBuckets", CoGroupByKey.create())
          .apply("VerifyAgainstEarlier", ParDo.of(new VerifyFn()))
          .apply("BestPerPage", Combine.perKey(new Best()));
    }
  }

  static final class SignPageFn extends DoFn<ParsedPage, KV<Long, Signature>> {
    @ProcessElement
    public void process(@Element ParsedPage p, OutputReceiver<KV<Long, Signature>> out) {
      Signature s = MinHasher.sign(p.docId(), p.body());
      for (long k : DuplicateRules.bucketKeys(s)) {
        out.output(KV.of(k, s));
      }
    }
  }

  static final class KeyEarlierFn extends DoFn<KV<String, Signature>, KV<Long, KV<String, Signature>>> {
    @ProcessElement
    public void process(@Element KV<String, Signature> e, OutputReceiver<KV<Long, KV<String, Signature>>> out) {
      for (long k : DuplicateRules.bucketKeys(e.getValue())) {
        out.output(KV.of(k, e));
      }
    }
  }

  /**
   * Verifies the pages of tonight in one bucket against the earlier articles in it. A bucket with
   * more than {@link DuplicateRules#MAX_ALL_PAIRS} earlier signatures compares each page with the
   * first {@link DuplicateRules#ANCHORS} of them in (article id, content hash) order, as grouping
   * does with its large buckets: the work stays linear.
   */
  static final class VerifyFn extends DoFn<KV<Long, CoGbkResult>, KV<String, KV<String, Double>>> {
    private final Counter matched = Metrics.counter(Counters.PRIOR, Counters.PAGES_MATCHED);

    @ProcessElement
    public void process(@Element KV<Long, CoGbkResult> bucket, OutputReceiver<KV<String, KV<String, Double>>> out) {
      List<KV<String, Signature>> before = new ArrayList<>();
      bucket.getValue().getAll(EARLIER).forEach(before::add);
      if (before.isEmpty()) {
        return;
      }
      before.sort(Comparator.<KV<String, Signature>, String>comparing(KV::getKey)
          .thenComparingLong(kv -> kv.getValue().contentHash()));
      int n = before.size() > DuplicateRules.MAX_ALL_PAIRS ? DuplicateRules.ANCHORS : before.size();
      for (Signature page : bucket.getValue().getAll(TONIGHT)) {
        KV<String, Double> best = null;
        for (int i = 0; i < n; i++) {
          KV<String, Signature> e = before.get(i);
          double sim = DuplicateRules.verify(page, e.getValue());
          if (sim >= 0) {
            KV<String, Double> c = KV.of(e.getKey(), sim);
            if (best == null || BEST_FIRST.compare(c, best) < 0) {
              best = c;
            }
          }
        }
        if (best != null) {
          matched.inc();
          out.output(KV.of(page.docId(), best));
        }
      }
    }
  }

  static final class Edges extends PTransform<PCollection<KV<String, KV<String, Double>>>, PCollection<KV<String, String>>> {
    @Override
    public PCollection<KV<String, String>> expand(PCollection<KV<String, KV<String, Double>>> matches) {
      return matches
          .apply("ByEarlierArticle", ParDo.of(new ByEarlierFn()))
          .apply("PagesOfEarlierArticle", GroupByKey.create())
          .apply("ChainPages", ParDo.of(new ChainFn()));
    }
  }

  static final class ByEarlierFn extends DoFn<KV<String, KV<String, Double>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, KV<String, Double>> m, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(m.getValue().getKey(), m.getKey()));
    }
  }

  /** Edges doc[0]-doc[1], doc[1]-doc[2], … over the sorted doc ids of one earlier article's pages. */
  static final class ChainFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> group, OutputReceiver<KV<String, String>> out) {
      List<String> docs = new ArrayList<>();
      group.getValue().forEach(docs::add);
      docs.sort(Comparator.naturalOrder());
      for (int i = 1; i < docs.size(); i++) {
        if (!docs.get(i).equals(docs.get(i - 1))) {
          out.output(KV.of(docs.get(i - 1), docs.get(i)));
        }
      }
    }
  }

  static final class Relabel extends PTransform<PCollectionTuple, PCollectionTuple> {
    private final PCollection<KV<String, KV<String, Double>>> matches;

    Relabel(PCollection<KV<String, KV<String, Double>>> matches) {
      this.matches = matches;
    }

    @Override
    public PCollectionTuple expand(PCollectionTuple grouped) {
      PCollection<Article> articles = grouped.get(GroupDuplicates.ARTICLES);
      PCollection<DocumentRow> documents = grouped.get(GroupDuplicates.DOCUMENTS);
      PCollection<KV<String, String>> articleOfDoc = documents.apply("ArticleOfDoc", ParDo.of(new ArticleOfDocFn()));
      PCollection<KV<String, String>> seenBefore =
          KeyedPCollectionTuple.of(ARTICLE_OF_DOC, articleOfDoc)
              .and(MATCH, matches)
              .apply("JoinDocMatches", CoGroupByKey.create())
              .apply("MatchesOfArticle", ParDo.of(new MatchesOfArticleFn()))
              .apply("BestPerArticle", Combine.perKey(new Best()))
              .apply("EarlierId", ParDo.of(new EarlierIdFn()));
      PCollectionTuple relabelled =
          KeyedPCollectionTuple.of(ARTICLE, articles.apply("KeyArticles", ParDo.of(new KeyArticleFn())))
              .and(EARLIER_ID, seenBefore)
              .apply("JoinArticles", CoGroupByKey.create())
              .apply("RelabelArticles", ParDo.of(new RelabelArticleFn())
                  .withOutputTags(GroupDuplicates.ARTICLES, TupleTagList.of(INDEX)));
      PCollection<DocumentRow> relabelledDocs =
          KeyedPCollectionTuple.of(DOCUMENT, documents.apply("KeyDocuments", ParDo.of(new KeyDocumentFn())))
              .and(EARLIER_ID, seenBefore)
              .apply("JoinDocuments", CoGroupByKey.create())
              .apply("RelabelDocuments", ParDo.of(new RelabelDocumentFn()));
      return PCollectionTuple.of(GroupDuplicates.ARTICLES, relabelled.get(GroupDuplicates.ARTICLES))
          .and(GroupDuplicates.DOCUMENTS, relabelledDocs)
          .and(SEEN_BEFORE, seenBefore)
          .and(INDEX, relabelled.get(INDEX));
    }
  }

  static final class ArticleOfDocFn extends DoFn<DocumentRow, KV<String, String>> {
    @ProcessElement
    public void process(@Element DocumentRow d, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(d.docId(), d.articleId()));
    }
  }

  static final class MatchesOfArticleFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, Double>>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> doc, OutputReceiver<KV<String, KV<String, Double>>> out) {
      KV<String, Double> match = doc.getValue().getOnly(MATCH, null);
      if (match == null) {
        return;
      }
      for (String article : doc.getValue().getAll(ARTICLE_OF_DOC)) {
        out.output(KV.of(article, match));
      }
    }
  }

  static final class EarlierIdFn extends DoFn<KV<String, KV<String, Double>>, KV<String, String>> {
    private final Counter seen = Metrics.counter(Counters.PRIOR, Counters.ARTICLES_SEEN_BEFORE);

    @ProcessElement
    public void process(@Element KV<String, KV<String, Double>> best, OutputReceiver<KV<String, String>> out) {
      seen.inc();
      out.output(KV.of(best.getKey(), best.getValue().getKey()));
    }
  }

  static final class KeyArticleFn extends DoFn<Article, KV<String, Article>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Article>> out) {
      out.output(KV.of(a.articleId(), a));
    }
  }

  static final class KeyDocumentFn extends DoFn<DocumentRow, KV<String, DocumentRow>> {
    @ProcessElement
    public void process(@Element DocumentRow d, OutputReceiver<KV<String, DocumentRow>> out) {
      out.output(KV.of(d.articleId(), d));
    }
  }

  static final class RelabelArticleFn extends DoFn<KV<String, CoGbkResult>, Article> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, MultiOutputReceiver out) {
      String id = e.getValue().getOnly(EARLIER_ID, null);
      for (Article a : e.getValue().getAll(ARTICLE)) {
        Article result = id == null ? a
            : new Article(id, a.fields(), a.duplicateCount(), a.firstSeenMillis(), a.lastSeenMillis());
        out.get(GroupDuplicates.ARTICLES).output(result);
        for (KV<String, Signature> row : indexRowsOf(a.articleId(), result)) {
          out.get(INDEX).output(row);
        }
      }
    }
  }

  static final class RelabelDocumentFn extends DoFn<KV<String, CoGbkResult>, DocumentRow> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<DocumentRow> out) {
      String id = e.getValue().getOnly(EARLIER_ID, null);
      for (DocumentRow d : e.getValue().getAll(DOCUMENT)) {
        out.output(id == null ? d
            : new DocumentRow(d.docId(), id, d.sourceUri(), d.recordIndex(), d.url(), d.crawledAtMillis(),
                d.canonical(), d.similarity()));
      }
    }
  }

  static final class IndexRows extends PTransform<PCollection<Article>, PCollection<KV<String, Signature>>> {
    @Override
    public PCollection<KV<String, Signature>> expand(PCollection<Article> articles) {
      return articles.apply("SignArticles", ParDo.of(new SignArticleFn()));
    }
  }

  static final class SignArticleFn extends DoFn<Article, KV<String, Signature>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, Signature>> out) {
      for (KV<String, Signature> row : indexRowsOf(a.articleId(), a)) {
        out.output(row);
      }
    }
  }
}
