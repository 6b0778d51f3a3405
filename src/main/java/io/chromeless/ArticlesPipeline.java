package io.chromeless;

import io.chromeless.beam.ModelCoders;
import io.chromeless.group.GroupDuplicates;
import io.chromeless.metrics.Counters;
import io.chromeless.metrics.ProgressReporter;
import io.chromeless.model.Article;
import io.chromeless.model.DocumentRow;
import io.chromeless.model.ParsedPage;
import io.chromeless.model.RawPage;
import io.chromeless.model.Reject;
import io.chromeless.options.ArticlesOptions;
import io.chromeless.options.OptionsValidator;
import io.chromeless.parse.LearnChrome;
import io.chromeless.parse.ParsePages;
import io.chromeless.read.InputFormat;
import io.chromeless.read.ReadPages;
import io.chromeless.write.WriteTables;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The job: text dumps of news pages in, one clean article per story out, as Parquet.
 *
 * <pre>
 *   ReadPages -> LearnChrome -> (side input of ParsePages: lines recurring across articles)
 *   ReadPages -> ParsePages -> GroupDuplicates -> WriteTables (articles, documents)
 *   rejects of ReadPages and ParsePages      -> WriteTables (rejects)
 * </pre>
 *
 * <p>Direct runner (default): {@code java -jar target/chromeless-*-bundled.jar
 * --inputs='sample-input/*' --output=out/}. Other runners take the same options plus their own:
 * Flink {@code --runner=FlinkRunner --flinkMaster=[local]|HOST:PORT --parallelism=2}, Dataflow
 * {@code --runner=DataflowRunner --project=… --region=… --tempLocation=gs://…} or the Flex Template
 * in pipelines/dataflow/. The launcher waits for local and Flink runs (with a progress line on
 * the direct runner), prints a summary and checks the accounting; on Dataflow it returns once
 * the job is submitted. {@code --help=ArticlesOptions} lists the job's options.
 */
public final class ArticlesPipeline {
  public static final String[] TABLES = {"articles", "documents", "rejects"};

  private ArticlesPipeline() {}

  public static void main(String[] args) {
    int code = execute(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Parses the options, runs the job to the end, prints a summary; returns the exit code. */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    PipelineOptionsFactory.register(ArticlesOptions.class);
    ArticlesOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ArticlesOptions.class);
      OptionsValidator.validate(options);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (options.getRunner().getSimpleName().equals("DirectRunner") && options.getProgressIntervalSeconds() > 0) {
      // The direct runner blocks in run() by default; return at once so the progress report can poll.
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    PipelineResult result;
    try {
      result = run(options);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (!waitsForTheJob(options)) {
      // A Dataflow launch (plain or Flex Template): the job runs on, watched in Dataflow's monitoring;
      // a template launcher must return once the job is submitted.
      out.println("Submitted " + options.getJobName() + " to " + options.getRunner().getSimpleName()
          + "; the summary and accounting check are the job's counters in the runner's monitoring.");
      return 0;
    }
    PipelineResult.State state;
    try (ProgressReporter progress =
        ProgressReporter.start(result, Duration.ofSeconds(options.getProgressIntervalSeconds()), err)) {
      state = result.waitUntilFinish();
    }
    if (state != PipelineResult.State.DONE) {
      err.println("The job ended in state " + state);
      return 1;
    }
    RunSummary summary = RunSummary.of(result);
    out.println(summary.describe(options.getOutput(), options.getLoadDate()));
    if (!summary.balanced()) {
      err.println("Accounting check failed: pages read " + summary.pagesRead() + " != documents "
          + summary.documents() + " + rejects " + summary.rejects());
      return 3;
    }
    return 0;
  }

  /**
   * Whether the launcher waits for the end of the run, prints the summary and checks the
   * accounting: yes for local and Flink runs, no for Dataflow, where the launcher (a Flex Template
   * launch, a scheduler's call) only submits the job.
   */
  static boolean waitsForTheJob(PipelineOptions options) {
    return !options.getRunner().getSimpleName().startsWith("Dataflow")
        && System.getenv("FLEX_TEMPLATE_JAVA_MAIN_CLASS") == null;
  }

  /** Builds and starts the pipeline; the caller decides whether to wait. */
  public static PipelineResult run(ArticlesOptions options) {
    OptionsValidator.validate(options);
    if (options.getLoadDate() == null) {
      options.setLoadDate(LocalDate.now(ZoneOffset.UTC).toString());
    }
    FileSystems.setDefaultPipelineOptions(options);
    checkInputs(options.getInputs(), options.getAllowEmptyInput());
    clearPartitions(options.getOutput(), options.getLoadDate());

    Pipeline p = Pipeline.create(options);
    ModelCoders.registerOn(p);
    WriteTables write = WriteTables.to(options.getOutput(), options.getLoadDate(), options.getParquetCodec());

    WithFailures.Result<PCollection<RawPage>, Reject> read =
        p.apply("ReadPages",
            ReadPages.from(options.getInputs())
                .withMaxRecordBytes(options.getMaxRecordBytes())
                .withFormat(InputFormat.parse(options.getInputFormat()))
                .withJsonFields(options.getJsonTextField(), options.getJsonUrlField(), options.getJsonCrawledAtField()));
    PCollectionView<Set<String>> chrome =
        read.output().apply("LearnChrome", LearnChrome.withMinArticles(options.getChromeMinArticles()));
    WithFailures.Result<PCollection<ParsedPage>, Reject> parsed =
        read.output().apply("ParsePages", ParsePages.create().withLearnedChrome(chrome));
    PCollectionTuple grouped = parsed.output().apply("GroupDuplicates", GroupDuplicates.create());

    PCollection<Article> articles = grouped.get(GroupDuplicates.ARTICLES);
    PCollection<DocumentRow> documents = grouped.get(GroupDuplicates.DOCUMENTS);
    PCollection<Reject> rejects =
        PCollectionList.of(read.failures()).and(parsed.failures()).apply("FlattenRejects", Flatten.pCollections());

    articles.apply("WriteArticles", write.articles());
    documents.apply("WriteDocuments", write.documents());
    rejects.apply("WriteRejects", write.rejects());
    return p.run();
  }

  /** Fails with every glob that matches nothing, unless empty input is allowed. */
  static void checkInputs(List<String> inputs, boolean allowEmpty) {
    List<String> empty = new ArrayList<>();
    for (String spec : inputs) {
      try {
        MatchResult m = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
        if (m.status() == MatchResult.Status.ERROR) {
          throw new IllegalArgumentException("--inputs: cannot match '" + spec + "': " + matchError(m));
        }
        if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
          String why = m.status() == MatchResult.Status.OK ? "" : " (" + m.status() + ": " + matchError(m) + ")";
          empty.add(spec + why);
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("--inputs: cannot match '" + spec + "': " + e.getMessage(), e);
      }
    }
    if (!empty.isEmpty() && !allowEmpty) {
      throw new IllegalArgumentException(
          "--inputs: no file matches " + empty + " (pass --allowEmptyInput to run anyway)");
    }
  }

  /** The error a failed match carries (a missing bucket, a refused credential…). */
  private static String matchError(MatchResult m) {
    try {
      m.metadata();
      return "no detail";
    } catch (IOException e) {
      StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
      for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        String msg = c.getMessage() == null ? "" : c.getMessage().lines().findFirst().orElse("");
        if (!msg.isBlank() && b.indexOf(msg) < 0) {
          b.append(": ").append(msg);
        }
      }
      return b.toString();
    }
  }

  /** Removes the files of this load date's partitions so a re-run replaces them. */
  static void clearPartitions(String output, String loadDate) {
    for (String table : TABLES) {
      String dir = WriteTables.partition(output, table, loadDate);
      try {
        MatchResult m = FileSystems.match(dir + "*", EmptyMatchTreatment.ALLOW);
        List<ResourceId> files = new ArrayList<>();
        if (m.status() == MatchResult.Status.OK) {
          for (MatchResult.Metadata md : m.metadata()) {
            files.add(md.resourceId());
          }
        }
        if (!files.isEmpty()) {
          FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("--output: cannot clear " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  /** The counters of a finished run, and the accounting check. */
  public static final class RunSummary {
    private final Map<String, Long> counters;

    private RunSummary(Map<String, Long> counters) {
      this.counters = counters;
    }

    public static RunSummary of(PipelineResult result) {
      Map<String, Long> c = new TreeMap<>();
      MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> r : q.getCounters()) {
        Long v;
        try {
          v = r.getCommitted();
        } catch (UnsupportedOperationException e) {
          v = r.getAttempted();
        }
        c.merge(r.getName().getNamespace() + "/" + r.getName().getName(), v == null ? 0L : v, Long::sum);
      }
      return new RunSummary(c);
    }

    public long get(String namespace, String name) {
      return counters.getOrDefault(namespace + "/" + name, 0L);
    }

    public Map<String, Long> counters() {
      return counters;
    }

    public long pagesRead() {
      return get(Counters.READ, Counters.PAGES_READ);
    }

    public long documents() {
      return get(Counters.GROUP, Counters.DOCUMENTS);
    }

    public long articles() {
      return get(Counters.GROUP, Counters.ARTICLES);
    }

    /** Rejects by reason code, summed over stages. */
    public Map<String, Long> rejectsByReason() {
      Map<String, Long> out = new TreeMap<>();
      counters.forEach((k, v) -> {
        String name = k.substring(k.indexOf('/') + 1);
        if (name.startsWith(Counters.REJECTED_PREFIX)) {
          out.merge(name.substring(Counters.REJECTED_PREFIX.length()), v, Long::sum);
        }
      });
      return out;
    }

    public long rejects() {
      return rejectsByReason().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every page read ended in exactly one of documents or rejects. */
    public boolean balanced() {
      return pagesRead() == documents() + rejects();
    }

    public String describe(String output, String loadDate) {
      StringBuilder b = new StringBuilder();
      b.append("Wrote ").append(output.replaceAll("/+$", "")).append("/{articles,documents,rejects}/load_date=")
          .append(loadDate).append('\n');
      b.append(String.format("  pages read      %8d%n", pagesRead()));
      b.append(String.format("  documents       %8d%n", documents()));
      b.append(String.format("  articles        %8d%n", articles()));
      b.append(String.format("  rejects         %8d", rejects()));
      Map<String, Long> reasons = rejectsByReason();
      if (!reasons.isEmpty()) {
        b.append("  ").append(reasons);
      }
      b.append('\n');
      b.append(String.format("  paywalled pages %8d%n", get(Counters.PARSE, Counters.PAGES_PAYWALLED)));
      b.append(balanced() ? "  accounting: pages read = documents + rejects" : "  accounting: MISMATCH");
      return b.toString();
    }
  }
}
