package io.chromeless;

import com.fasterxml.jackson.databind.JsonNode;
import io.chromeless.beam.ModelCoders;
import io.chromeless.group.GroupDuplicates;
import io.chromeless.group.Signature;
import io.chromeless.load.CommitLoad;
import io.chromeless.load.CommitLoad.Tally;
import io.chromeless.load.LoadCommitter;
import io.chromeless.load.LoadCounts;
import io.chromeless.load.LoadLayout;
import io.chromeless.load.Manifests;
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
import io.chromeless.parse.LongSet;
import io.chromeless.parse.ParsePages;
import io.chromeless.prior.PriorArticles;
import io.chromeless.prior.PriorIndex;
import io.chromeless.read.InputFormat;
import io.chromeless.read.PathStyleS3ClientBuilderFactory;
import io.chromeless.read.ReadPages;
import io.chromeless.write.WriteTables;
import java.beans.Introspector;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * The job: text dumps of news pages in, one clean article per story out, as Parquet, loaded
 * into the {@code load_date} partitions atomically.
 *
 * <pre>
 *   ReadPages -> LearnChrome -> (side input of ParsePages: lines recurring across articles)
 *   ReadPages -> ParsePages -> GroupDuplicates -> WriteTables (articles, documents, index: to staging)
 *   rejects of ReadPages and ParsePages      -> WriteTables (rejects: to staging)
 *   with --priorOutput: ReadPriorIndex -> MatchPriorArticles (edges into GroupDuplicates) -> JoinPriorArticles
 *   files written + tallies of every collection -> CommitLoad (accounting check, manifest, partitions)
 * </pre>
 *
 * <p>Direct runner (default): {@code java -jar target/chromeless-*-bundled.jar
 * --inputs='sample-input/*' --output=out/}. Other runners take the same options plus their own:
 * Flink {@code --runner=FlinkRunner --flinkMaster=[local]|HOST:PORT --parallelism=2}, Dataflow
 * {@code --runner=DataflowRunner --project=… --region=… --tempLocation=gs://…} or the Flex Template
 * in pipelines/dataflow/. The launcher waits for local and Flink runs (with a progress line on
 * the direct runner), prints a summary and checks the accounting; on Dataflow it returns once
 * the job is submitted, and the job commits (or refuses to) on its own. {@code
 * --help=ArticlesOptions} lists the job's options.
 */
public final class ArticlesPipeline {
  public static final String[] TABLES = {LoadLayout.ARTICLES, LoadLayout.DOCUMENTS, LoadLayout.REJECTS};

  private ArticlesPipeline() {}

  public static void main(String[] args) {
    int code = execute(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** A started run: the runner's handle and where the load goes. */
  public record Launched(PipelineResult result, LoadLayout layout, Instant started) {}

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
    storeOptions(options); // before the inputs are matched
    // The inputs are listed once: the runner is chosen by their size, the manifest records them,
    // and a local run reads these very files (see launch).
    List<MatchResult.Metadata> inputs;
    try {
      FileSystems.setDefaultPipelineOptions(options);
      inputs = matchInputs(options.getInputs(), options.getAllowEmptyInput());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    String chosen = LocalDefaults.apply(args, options, inputs);
    if (chosen != null) {
      err.println(chosen);
    }
    if (options.getRunner().getSimpleName().equals("DirectRunner") && options.getProgressIntervalSeconds() > 0) {
      // The direct runner blocks in run() by default; return at once so the progress report can poll.
      options.as(DirectOptions.class).setBlockOnRun(false);
    }
    Launched launched;
    PipelineResult.State state;
    try {
      try {
        launched = launch(options, inputs);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      }
      if (!waitsForTheJob(options)) {
        // A Dataflow launch (plain or Flex Template): the job runs on, watched in Dataflow's monitoring;
        // a template launcher must return once the job is submitted. The job checks its accounting
        // and commits the load itself.
        out.println("Submitted " + options.getJobName() + " to " + options.getRunner().getSimpleName()
            + " (run " + launched.layout().runId() + "); the job checks its accounting and commits "
            + launched.layout().manifest() + " when it succeeds.");
        return 0;
      }
      try (ProgressReporter progress = ProgressReporter.start(
          launched.result(), Duration.ofSeconds(options.getProgressIntervalSeconds()), err)) {
        state = launched.result().waitUntilFinish();
      }
    } catch (RuntimeException e) {
      // Runners that execute in run() (Flink) or rethrow in waitUntilFinish (direct) end here.
      return failed(e, err);
    }
    if (state != PipelineResult.State.DONE) {
      err.println("The job ended in state " + state + "; nothing was committed.");
      return 1;
    }
    RunSummary summary;
    try {
      summary = RunSummary.of(launched);
    } catch (IOException e) {
      err.println("The job ended, but its manifest cannot be read: " + e.getMessage());
      return 1;
    }
    out.println(summary.describe());
    if (!summary.balanced()) {
      err.println("Accounting check failed: " + summary.mismatch());
      return 3;
    }
    return 0;
  }

  /** Reports a failed run: exit 3 when the accounting check refused the commit, 1 otherwise. */
  static int failed(RuntimeException e, PrintStream err) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CommitLoad.AccountingException) {
        err.println(t.getMessage());
        return 3;
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    e.printStackTrace(err);
    err.println("The job failed; the partitions are as they were before it. " + root.getClass().getSimpleName()
        + ": " + root.getMessage());
    return 1;
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
    return launch(options).result();
  }

  /**
   * Prepares the load (brings this date's partitions back to their manifest, removes stale
   * staging, matches the inputs, writes what it knows into the run's staging folder), then builds
   * and starts the pipeline.
   */
  public static Launched launch(ArticlesOptions options) {
    return launch(options, null);
  }

  /**
   * {@link #launch(ArticlesOptions)} with the inputs matched already ({@link #matchInputs}), or
   * null to match them here. A run that {@link #readsMatchedFiles reads the matched files} reads
   * exactly these, with no second listing.
   */
  static Launched launch(ArticlesOptions options, List<MatchResult.Metadata> matched) {
    OptionsValidator.validate(options);
    if (options.getLoadDate() == null) {
      options.setLoadDate(LocalDate.now(ZoneOffset.UTC).toString());
    }
    storeOptions(options);
    FileSystems.setDefaultPipelineOptions(options);
    Instant started = Instant.now();
    List<MatchResult.Metadata> inputs =
        matched != null ? matched : matchInputs(options.getInputs(), options.getAllowEmptyInput());
    LoadLayout layout = new LoadLayout(options.getOutput(), options.getLoadDate(), LoadLayout.newRunId(started));
    List<String> priorPartitions;
    try {
      LoadCommitter.prepare(layout);
      priorPartitions = options.getPriorOutput() == null
          ? List.of() : PriorIndex.partitions(options.getPriorOutput(), options.getLoadDate());
      LoadCommitter.writeLaunch(layout, Manifests.launch(layout, options.getRunner().getSimpleName(),
          jobOptions(options), options.getInputs(), inputs, options.getPriorOutput(), priorPartitions, started));
    } catch (IOException e) {
      throw new IllegalArgumentException("--output: cannot prepare " + layout + ": " + e.getMessage(), e);
    }
    return new Launched(build(options, layout, priorPartitions, readsMatchedFiles(options) ? inputs : null).run(),
        layout, started);
  }

  /**
   * Whether the job reads the files the launcher matched rather than matching its inputs again:
   * yes when the graph runs while the launcher waits (direct and Flink runs), so a large bucket is
   * listed once; no on Dataflow, whose job (or Flex Template, launched later and again) matches
   * its inputs on the workers, and whose graph would carry the whole listing.
   */
  static boolean readsMatchedFiles(PipelineOptions options) {
    return waitsForTheJob(options);
  }

  /** The job's graph, writing to the run's staging folder and ending in the commit. */
  static Pipeline build(ArticlesOptions options, LoadLayout layout, List<String> priorPartitions) {
    return build(options, layout, priorPartitions, null);
  }

  /** {@link #build(ArticlesOptions, LoadLayout, List)} reading {@code matched} when not null (instead of matching). */
  static Pipeline build(ArticlesOptions options, LoadLayout layout, List<String> priorPartitions,
      List<MatchResult.Metadata> matched) {
    Pipeline p = Pipeline.create(options);
    ModelCoders.registerOn(p);
    WriteTables write = WriteTables.staging(layout, options.getParquetCodec());

    ReadPages readPages = ReadPages.from(options.getInputs())
        .withMaxRecordBytes(options.getMaxRecordBytes())
        .withFormat(InputFormat.parse(options.getInputFormat()))
        .withJsonFields(options.getJsonTextField(), options.getJsonUrlField(), options.getJsonCrawledAtField());
    WithFailures.Result<PCollection<RawPage>, Reject> read =
        p.apply("ReadPages", matched == null ? readPages : readPages.withMatchedFiles(matched));
    PCollectionView<LongSet> chrome =
        read.output().apply("LearnChrome", LearnChrome.withMinArticles(options.getChromeMinArticles()));
    WithFailures.Result<PCollection<ParsedPage>, Reject> parsed =
        read.output().apply("ParsePages", ParsePages.create().withLearnedChrome(chrome));

    PCollection<Article> articles;
    PCollection<DocumentRow> documents;
    PCollection<KV<String, Signature>> index;
    List<PCollection<KV<String, Long>>> tallies = new ArrayList<>();
    if (options.getPriorOutput() == null) {
      PCollectionTuple grouped = parsed.output().apply("GroupDuplicates", GroupDuplicates.create());
      articles = grouped.get(GroupDuplicates.ARTICLES);
      documents = grouped.get(GroupDuplicates.DOCUMENTS);
      index = articles.apply("IndexArticles", PriorArticles.indexRows());
    } else {
      PCollection<KV<String, Signature>> earlier = p.apply("ReadPriorIndex", PriorIndex.read(priorPartitions));
      PCollection<KV<String, KV<String, Double>>> matches =
          parsed.output().apply("MatchPriorArticles", PriorArticles.match(earlier));
      PCollectionTuple grouped = parsed.output().apply("GroupDuplicates",
          GroupDuplicates.create().withExtraEdges(matches.apply("ChainPriorMatches", PriorArticles.edges())));
      PCollectionTuple joined = grouped.apply("JoinPriorArticles", PriorArticles.relabel(matches));
      articles = joined.get(GroupDuplicates.ARTICLES);
      documents = joined.get(GroupDuplicates.DOCUMENTS);
      index = joined.get(PriorArticles.INDEX);
      tallies.add(joined.get(PriorArticles.SEEN_BEFORE).apply("TallySeenBefore", Tally.as(LoadCounts.SEEN_BEFORE)));
    }
    PCollection<Reject> rejects =
        PCollectionList.of(read.failures()).and(parsed.failures()).apply("FlattenRejects", Flatten.pCollections());

    tallies.add(read.output().apply("TallyPages", Tally.as(LoadCounts.PAGES)));
    tallies.add(articles.apply("TallyArticles", Tally.<Article>as(LoadCounts.ARTICLES).withCounter(Counters.ARTICLES_WRITTEN)));
    tallies.add(documents.apply("TallyDocuments",
        Tally.<DocumentRow>as(LoadCounts.DOCUMENTS).withCounter(Counters.DOCUMENTS_WRITTEN)));
    tallies.add(rejects.apply("TallyRejects",
        Tally.<Reject>by(r -> LoadCounts.rejectKey(r.stage(), r.reason())).withCounter(Counters.REJECTS_WRITTEN)));
    tallies.add(index.apply("TallyIndex", Tally.<KV<String, Signature>>as(LoadCounts.INDEX)
        .withCounter(Counters.INDEX_ROWS_WRITTEN)));

    PCollectionList.of(CommitLoad.files(LoadLayout.ARTICLES, articles.apply("WriteArticles", write.articles())))
        .and(CommitLoad.files(LoadLayout.DOCUMENTS, documents.apply("WriteDocuments", write.documents())))
        .and(CommitLoad.files(LoadLayout.REJECTS, rejects.apply("WriteRejects", write.rejects())))
        .and(CommitLoad.files(LoadLayout.INDEX, index.apply("WriteIndex", write.index())))
        .and(CommitLoad.tallies(PCollectionList.of(tallies)))
        .apply("CommitLoad", CommitLoad.of(layout).withEmptyTables(write.emptyTables()));
    return p;
  }

  /** The values of the job's own options (not the runner's, which may hold credentials). */
  static Map<String, Object> jobOptions(ArticlesOptions options) {
    Map<String, Object> out = new TreeMap<>();
    for (Method m : ArticlesOptions.class.getMethods()) {
      String name = m.getName();
      if (m.getParameterCount() == 0 && name.startsWith("get") && m.getDeclaringClass().getName().startsWith("io.chromeless.")) {
        try {
          out.put(Introspector.decapitalize(name.substring(3)), m.invoke(options));
        } catch (ReflectiveOperationException e) {
          out.put(Introspector.decapitalize(name.substring(3)), "unreadable: " + e.getMessage());
        }
      }
    }
    return out;
  }

  /** Matches every glob (files and sizes for the manifest); fails with those that match nothing, unless allowed. */
  static List<MatchResult.Metadata> matchInputs(List<String> inputs, boolean allowEmpty) {
    List<String> empty = new ArrayList<>();
    List<MatchResult.Metadata> files = new ArrayList<>();
    for (String spec : inputs) {
      try {
        MatchResult m = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
        if (m.status() == MatchResult.Status.ERROR) {
          throw new IllegalArgumentException("--inputs: cannot match '" + spec + "': " + withHint(spec, matchError(m)));
        }
        if (m.status() != MatchResult.Status.OK || m.metadata().isEmpty()) {
          String why = m.status() == MatchResult.Status.OK ? "" : " (" + m.status() + ": " + matchError(m) + ")";
          empty.add(spec + why);
        } else {
          files.addAll(m.metadata());
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("--inputs: cannot match '" + spec + "': " + withHint(spec, e.getMessage()), e);
      }
    }
    if (!empty.isEmpty() && !allowEmpty) {
      throw new IllegalArgumentException(
          "--inputs: no file matches " + empty + " (pass --allowEmptyInput to run anyway)");
    }
    return files;
  }

  /** The job's options for the stores that Beam's own options spell otherwise. */
  private static void storeOptions(ArticlesOptions options) {
    if (options.getS3PathStyle()) {
      options.as(S3Options.class).setS3ClientFactoryClass(PathStyleS3ClientBuilderFactory.class);
    }
  }

  /** A match error, with what to do when an S3 bucket's host name does not resolve. */
  private static String withHint(String spec, String error) {
    if (spec.startsWith("s3://") && String.valueOf(error).contains("UnknownHostException")) {
      return error + " (an S3-compatible store under a plain host name in --endpoint needs --s3PathStyle: without"
          + " it the bucket is addressed as a host of its own, <bucket>.<host>)";
    }
    return error;
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

  /**
   * The end of a finished run: the counts its manifest holds (tallied from the data, exact) and the
   * runner's counters, both checked for {@code pages read = documents + rejects}.
   */
  public static final class RunSummary {
    private final LoadLayout layout;
    private final JsonNode manifest;
    private final LoadCounts counts;
    private final Map<String, Long> counters;
    private final Duration took;

    private RunSummary(LoadLayout layout, JsonNode manifest, Map<String, Long> counters, Duration took) {
      this.layout = layout;
      this.manifest = manifest;
      this.counts = LoadCounts.fromJson(manifest.path("counts"));
      this.counters = counters;
      this.took = took;
    }

    public static RunSummary of(Launched run) throws IOException {
      JsonNode manifest = LoadCommitter.readManifest(run.layout());
      if (manifest == null || !run.layout().runId().equals(manifest.path("run_id").asText())) {
        throw new IOException(run.layout().manifest() + " is not this run's (" + run.layout().runId() + ")");
      }
      return new RunSummary(run.layout(), manifest, counters(run.result()),
          Duration.between(run.started(), Instant.now()));
    }

    static Map<String, Long> counters(PipelineResult result) {
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
      return c;
    }

    public LoadCounts counts() {
      return counts;
    }

    public JsonNode manifest() {
      return manifest;
    }

    public long counter(String namespace, String name) {
      return counters.getOrDefault(namespace + "/" + name, 0L);
    }

    /** The counters' own check: pages read (read stage) = rows handed to the documents and rejects writers. */
    public boolean countersBalanced() {
      return counter(Counters.READ, Counters.PAGES_READ)
          == counter(Counters.WRITE, Counters.DOCUMENTS_WRITTEN) + counter(Counters.WRITE, Counters.REJECTS_WRITTEN);
    }

    public boolean balanced() {
      return counts.balanced() && countersBalanced();
    }

    public String mismatch() {
      return "manifest: " + counts.accountingLine() + "; counters: pages read " + counter(Counters.READ, Counters.PAGES_READ)
          + ", documents written " + counter(Counters.WRITE, Counters.DOCUMENTS_WRITTEN) + ", rejects written "
          + counter(Counters.WRITE, Counters.REJECTS_WRITTEN);
    }

    /** One screen: what was committed where, the counts, the accounting. */
    public String describe() {
      JsonNode in = manifest.path("inputs");
      StringBuilder b = new StringBuilder();
      b.append("Committed load ").append(layout.loadDate()).append(" (run ").append(layout.runId()).append(") in ")
          .append(String.format("%d:%02d:%02d", took.toHours(), took.toMinutesPart(), took.toSecondsPart())).append('\n');
      b.append("  tables     ").append(layout.output()).append("/{articles,documents,rejects}/load_date=")
          .append(layout.loadDate()).append('\n');
      b.append("  manifest   ").append(layout.manifest()).append('\n');
      b.append(String.format("  inputs     %8d files, %,d bytes%n", in.path("file_count").asLong(), in.path("total_bytes").asLong()));
      if (manifest.has("prior")) {
        b.append(String.format("  earlier    %8d index partitions under %s%n",
            manifest.path("prior").path("index_partitions").size(), manifest.path("prior").path("output").asText()));
      }
      b.append(String.format("  pages read %8d%n", counts.pagesRead()));
      b.append(String.format("    parsed   %8d%n", counts.parsed()));
      b.append(String.format("    rejected %8d", counts.rejects()));
      counts.rejectsByReason().forEach((reason, n) -> b.append("  ").append(reason).append(' ').append(n));
      b.append('\n');
      b.append(String.format("  grouped    %8d pages into %d articles", counts.documents(), counts.articles()));
      if (manifest.has("prior")) {
        b.append(String.format(" (%d continue an earlier night's article)", counts.seenBefore()));
      }
      b.append('\n');
      b.append(String.format("  written    %8d articles, %d documents, %d rejects, %d index rows%n", counts.articles(),
          counts.documents(), counts.rejects(), counts.indexRows()));
      b.append(String.format("  paywalled  %8d pages%n", counter(Counters.PARSE, Counters.PAGES_PAYWALLED)));
      b.append(balanced()
          ? "  accounting: pages read = documents + rejects (" + counts.pagesRead() + " = " + counts.documents() + " + "
              + counts.rejects() + ", in the data and in the counters)"
          : "  accounting: MISMATCH (" + mismatch() + ")");
      return b.toString();
    }
  }
}
