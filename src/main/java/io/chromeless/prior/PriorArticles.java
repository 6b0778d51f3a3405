package io.chromeless.prior;

import io.chromeless.group.MinHasher;
import io.chromeless.group.Signature;
import io.chromeless.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * The article index each load writes ({@code _index/load_date=D/}): the signature of each article,
 * for later loads to match their pages against.
 */
public final class PriorArticles {
  private PriorArticles() {}

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
