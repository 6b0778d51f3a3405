package io.chromeless.parse;

import io.chromeless.metrics.Counters;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Stage 2: parses each page into an article record with {@link PageParser}. A page with no
 * article in it, or one the parser fails on, becomes a {@link Reject} (stage {@code parse}) with
 * reason {@code empty}, {@code no_article} or {@code parse_error}; nothing is dropped.
 */
public final class ParsePages
    extends PTransform<PCollection<RawPage>, WithFailures.Result<PCollection<ParsedPage>, Reject>> {
  public static final TupleTag<ParsedPage> PARSED = new TupleTag<ParsedPage>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final PCollectionView<LongSet> learnedChrome;

  private ParsePages(PCollectionView<LongSet> learnedChrome) {
    this.learnedChrome = learnedChrome;
  }

  public static ParsePages create() {
    return new ParsePages(null);
  }

  /** Treats the lines of this side input (from {@link LearnChrome}) as chrome. */
  public ParsePages withLearnedChrome(PCollectionView<LongSet> view) {
    return new ParsePages(view);
  }

  @Override
  public WithFailures.Result<PCollection<ParsedPage>, Reject> expand(PCollection<RawPage> pages) {
    ParDo.MultiOutput<RawPage, ParsedPage> parDo =
        ParDo.of(new ParsePageFn(learnedChrome)).withOutputTags(PARSED, TupleTagList.of(REJECTS));
    if (learnedChrome != null) {
      parDo = parDo.withSideInputs(learnedChrome);
    }
    PCollectionTuple out = pages.apply("ParsePage", parDo);
    return WithFailures.Result.of(out.get(PARSED), out.get(REJECTS));
  }

  /** Thin adapter: calls the parser, routes the outcome, counts. */
  static final class ParsePageFn extends DoFn<RawPage, ParsedPage> {
    private final Counter parsed = Metrics.counter(Counters.PARSE, Counters.PAGES_PARSED);
    private final Counter paywalled = Metrics.counter(Counters.PARSE, Counters.PAGES_PAYWALLED);
    private final PCollectionView<LongSet> learnedChrome;
    private transient PageParser parser;
    private transient LongSet parserChrome;

    ParsePageFn(PCollectionView<LongSet> learnedChrome) {
      this.learnedChrome = learnedChrome;
    }

    /** The parser for this chrome set, built once per set (the side input is the same for the run). */
    private PageParser parser(LongSet chrome) {
      if (parser == null || parserChrome != chrome) {
        parser = chrome == null ? new PageParser() : new PageParser(chrome);
        parserChrome = chrome;
      }
      return parser;
    }

    @ProcessElement
    public void process(@Element RawPage page, MultiOutputReceiver out, ProcessContext c) {
      LongSet chrome = learnedChrome == null ? null : c.sideInput(learnedChrome);
      try {
        ParsedPage p = parser(chrome).parse(page);
        parsed.inc();
        if (p.paywalled()) {
          paywalled.inc();
        }
        out.get(PARSED).output(p);
      } catch (PageParser.NoArticleException e) {
        reject(out, page, e.reason(), e.getMessage());
      } catch (RuntimeException e) {
        reject(out, page, "parse_error", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }

    private static void reject(MultiOutputReceiver out, RawPage page, String reason, String message) {
      Metrics.counter(Counters.PARSE, Counters.rejected(reason)).inc();
      out.get(REJECTS)
          .output(new Reject(page.sourceUri(), page.recordIndex(), Counters.PARSE, reason, message, page.text(),
              page.recordId()));
    }
  }
}
