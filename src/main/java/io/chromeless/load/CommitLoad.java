package io.chromeless.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.chromeless.metrics.Counters;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.WriteFilesResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The last stage: once every table is written to staging, checks the accounting and commits the
 * load ({@link LoadCommitter}), inside the pipeline, so that it happens on every runner, also where
 * no launcher waits for the job (Dataflow, Flex Templates).
 *
 * <p>Input: facts about the run as {@code KV<String, String>}: {@link #files} (each file a table's
 * write produced) and {@link #tallies} (the summed counts of {@link Tally}). They meet in one group
 * (a single key), which a batch runner forms only when all of them are complete; the commit runs
 * once, and again only as a retry, which the protocol allows. If {@code pages read != documents +
 * rejects} the step fails with {@link AccountingException} and nothing is committed.
 */
public final class CommitLoad extends PTransform<PCollectionList<KV<String, String>>, PCollection<String>> {
  static final String FILE = "file/";
  static final String COUNT = "count/";
  static final String SEED = "seed";

  private final LoadLayout layout;
  private final EmptyTableWriter empty;

  private CommitLoad(LoadLayout layout, EmptyTableWriter empty) {
    this.layout = layout;
    this.empty = empty;
  }

  public static CommitLoad of(LoadLayout layout) {
    return new CommitLoad(layout, null);
  }

  /** A table that got no file this run gets one with its schema and no rows, written by {@code empty}. */
  public CommitLoad withEmptyTables(EmptyTableWriter empty) {
    return new CommitLoad(layout, empty);
  }

  /** The files one table's write produced, as facts. */
  public static PCollection<KV<String, String>> files(String table, WriteFilesResult<Void> written) {
    return written.getPerDestinationOutputFilenames()
        .apply("FilesOf" + table, MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via(kv -> KV.of(FILE + table, kv.getValue())));
  }

  /** Summed tallies, as facts. */
  public static PCollection<KV<String, String>> tallies(PCollectionList<KV<String, Long>> tallies) {
    return tallies
        .apply("FlattenTallies", Flatten.pCollections())
        .apply("SumTallies", Sum.longsPerKey())
        .apply("TalliesAsFacts", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via(kv -> KV.of(COUNT + kv.getKey(), Long.toString(kv.getValue()))));
  }

  @Override
  public PCollection<String> expand(PCollectionList<KV<String, String>> facts) {
    PCollection<KV<String, String>> seed =
        facts.getPipeline().apply("Seed", Create.of(KV.of(SEED, "")).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    return facts.and(seed)
        .apply("AllFacts", Flatten.pCollections())
        .apply("OneGroup", WithKeys.<Integer, KV<String, String>>of(0).withKeyType(TypeDescriptors.integers()))
        .apply("WhenAllWritten", GroupByKey.create())
        .apply("CheckAndCommit", ParDo.of(new CommitFn(layout, empty)));
  }

  /** The accounting does not hold: the load is not committed. */
  public static final class AccountingException extends IllegalStateException {
    public AccountingException(String message) {
      super(message);
    }
  }

  static final class CommitFn extends DoFn<KV<Integer, Iterable<KV<String, String>>>, String> {
    private final LoadLayout layout;
    private final EmptyTableWriter empty;

    CommitFn(LoadLayout layout, EmptyTableWriter empty) {
      this.layout = layout;
      this.empty = empty;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> all, OutputReceiver<String> out)
        throws IOException {
      Map<String, List<String>> staged = new TreeMap<>();
      Map<String, Long> tallies = new HashMap<>();
      for (KV<String, String> f : all.getValue()) {
        if (f.getKey().startsWith(FILE)) {
          staged.computeIfAbsent(f.getKey().substring(FILE.length()), t -> new ArrayList<>()).add(f.getValue());
        } else if (f.getKey().startsWith(COUNT)) {
          tallies.merge(f.getKey().substring(COUNT.length()), Long.parseLong(f.getValue()), Long::sum);
        }
      }
      LoadCounts counts = new LoadCounts(tallies);
      if (!counts.balanced()) {
        throw new AccountingException("Accounting check failed, the load is not committed: " + counts.accountingLine()
            + " (" + counts + ")");
      }
      if (empty != null) {
        for (String table : LoadLayout.TABLES) {
          if (staged.getOrDefault(table, List.of()).isEmpty()) {
            staged.put(table, new ArrayList<>(List.of(empty.writeEmpty(layout, table))));
          }
        }
      }
      Map<String, List<String>> names = new TreeMap<>();
      staged.forEach((table, files) -> {
        List<String> n = new ArrayList<>();
        files.forEach(f -> n.add(LoadCommitter.baseName(f)));
        names.put(table, n);
      });
      JsonNode launch = LoadCommitter.readLaunch(layout);
      LoadCommitter.commit(layout, staged, Manifests.complete(launch, layout, counts, names, Instant.now()));
      out.output(layout.manifest());
    }
  }

  /**
   * Tallies the elements of a collection under a key computed from each (for the manifest's exact
   * counts), and counts them in a Beam counter (for the runner's monitoring) when one is named.
   */
  public static final class Tally<T> extends PTransform<PCollection<T>, PCollection<KV<String, Long>>> {
    private final SerializableFunction<T, String> key;
    private final String counter;

    private Tally(SerializableFunction<T, String> key, String counter) {
      this.key = key;
      this.counter = counter;
    }

    /** Tallies every element under one key. */
    public static <T> Tally<T> as(String key) {
      return new Tally<>(new Constant<>(key), null);
    }

    public static <T> Tally<T> by(SerializableFunction<T, String> key) {
      return new Tally<>(key, null);
    }

    /** Also counts each element in the counter {@code write/<name>}. */
    public Tally<T> withCounter(String name) {
      return new Tally<>(key, name);
    }

    @Override
    public PCollection<KV<String, Long>> expand(PCollection<T> input) {
      return input.apply("Tally", ParDo.of(new TallyFn<>(key, counter)));
    }
  }

  private static final class Constant<T> implements SerializableFunction<T, String> {
    private final String key;

    Constant(String key) {
      this.key = key;
    }

    @Override
    public String apply(T input) {
      return key;
    }
  }

  static final class TallyFn<T> extends DoFn<T, KV<String, Long>> {
    private final SerializableFunction<T, String> key;
    private final Counter counter;

    TallyFn(SerializableFunction<T, String> key, String counter) {
      this.key = key;
      this.counter = counter == null ? null : Metrics.counter(Counters.WRITE, counter);
    }

    @ProcessElement
    public void process(@Element T element, OutputReceiver<KV<String, Long>> out) {
      if (counter != null) {
        counter.inc();
      }
      out.output(KV.of(key.apply(element), 1L));
    }
  }
}
