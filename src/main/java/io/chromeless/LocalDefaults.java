package io.chromeless;

import io.chromeless.options.ArticlesOptions;
import java.util.List;
import java.util.Locale;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The launcher's defaults for a run started with {@code java -jar} (docs/BENCHMARKS.md has the
 * measurements behind them):
 *
 * <ul>
 *   <li>No {@code --runner} and at least {@value #EMBEDDED_FLINK_BYTES} bytes of input: the job
 *       runs on an embedded Flink cluster ({@code --runner=FlinkRunner --flinkMaster=[local]
 *       --parallelism=<cores>}). The direct runner spends its time on per-bundle bookkeeping (it
 *       re-translates each ParDo for every bundle, and every key of a GroupByKey is a bundle of
 *       its own), so a few tens of MB of pages already take minutes; Flink runs the same job close
 *       to the speed of the parser. Smaller inputs (the quickstart, the tests) stay on the direct
 *       runner, which starts in a second.
 *   <li>On the direct runner, its immutability and encodability checks are off unless asked for
 *       ({@code --enforceImmutability=true}): they copy and encode every element at every step,
 *       for checks that the project's own tests run with (TestPipeline keeps Beam's defaults).
 * </ul>
 *
 * An option given on the command line always wins.
 */
final class LocalDefaults {
  /** Bytes of input files (as stored: compressed) from which java -jar picks embedded Flink. */
  static final long EMBEDDED_FLINK_BYTES = 8L << 20;

  private LocalDefaults() {}

  /**
   * Applies the defaults for inputs that matched {@code inputs} (the launcher's one listing of
   * them: the job reads those files, see {@link ArticlesPipeline#readsMatchedFiles}); returns a
   * line saying what was chosen, or null when nothing was.
   */
  static String apply(String[] args, ArticlesOptions options, List<MatchResult.Metadata> inputs) {
    String said = null;
    if (!given(args, "runner") && options.getRunner() == DirectRunner.class) {
      long bytes = totalBytes(inputs);
      if (bytes >= EMBEDDED_FLINK_BYTES) {
        int cores = Runtime.getRuntime().availableProcessors();
        options.setRunner(FlinkRunner.class);
        FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
        if (!given(args, "flinkMaster")) {
          flink.setFlinkMaster("[local]");
        }
        if (!given(args, "parallelism")) {
          flink.setParallelism(cores);
        }
        said = String.format(Locale.ROOT, "No --runner given and %.1f MB of input: running on an embedded Flink"
                + " cluster (--runner=FlinkRunner --flinkMaster=%s --parallelism=%d). Pass --runner=DirectRunner for"
                + " the direct runner.", bytes / 1e6, flink.getFlinkMaster(), flink.getParallelism());
      }
    }
    if (options.getRunner() == DirectRunner.class) {
      DirectOptions direct = options.as(DirectOptions.class);
      if (!given(args, "enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!given(args, "enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
    }
    return said;
  }

  static boolean given(String[] args, String option) {
    for (String a : args) {
      if (a.equals("--" + option) || a.startsWith("--" + option + "=")) {
        return true;
      }
    }
    return false;
  }

  static long totalBytes(List<MatchResult.Metadata> files) {
    long total = 0;
    for (MatchResult.Metadata f : files) {
      total += f.sizeBytes();
    }
    return total;
  }
}
