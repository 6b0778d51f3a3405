package io.chromeless.bench;

import io.chromeless.corpus.CorpusGenerator;
import io.chromeless.corpus.GeneratedPage;
import io.chromeless.model.RawPage;
import io.chromeless.parse.LongSet;
import io.chromeless.parse.PageParser;
import io.chromeless.read.Dumps;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * End-to-end benchmark: generates a corpus of a given size (WET files of generated news pages,
 * one gzip member per record, as Common Crawl writes them), runs the whole job on it in a child
 * JVM ({@code java -jar} of the bundled jar, as a user would) on each runner asked for, and in the
 * same run measures the tight loop (parse + signature of the same kind of pages on as many threads
 * as cores, in this JVM, without Beam) right before each job. Prints one markdown table row per
 * run: wall time, MB/s and pages/s (MB of page text), CPU utilisation of the job's process (user +
 * system CPU over wall time and cores), peak heap (the largest heap in use before a GC and the
 * largest left after one, from the job's GC log), the tight loop's MB/s and the ratio; and the
 * same per CPU-second (MB of page text over the job's user + system CPU time, and over the tight
 * loop's threads' CPU time), which a machine busy with other work disturbs much less.
 *
 * <pre>
 * java -cp target/chromeless-0.1.0-SNAPSHOT-bundled.jar:target/test-classes \
 *     io.chromeless.bench.EndToEndBench --work=/tmp/e2e --mb=1000 --runners=flink,direct --runs=3 [--heap=2g]
 * </pre>
 *
 * Runners: {@code flink} (FlinkRunner, embedded: {@code --flinkMaster=[local] --parallelism=CORES}),
 * {@code direct} (DirectRunner), {@code default} (no runner option: what {@code java -jar} picks).
 * {@code --jobArgs='--a=b --c=d'} adds job options; {@code --timeoutMinutes} (60) ends a run that takes longer. The corpus is kept under {@code --work} and
 * reused by later runs of the same size.
 */
public final class EndToEndBench {
  private EndToEndBench() {}

  /** Page text per generated file: big files, as a nightly dump has, and several, so every core reads. */
  static final long FILE_BYTES = 64L << 20;

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      o.put(a.substring(2, eq < 0 ? a.length() : eq), eq < 0 ? "true" : a.substring(eq + 1));
    }
    Path work = Path.of(o.getOrDefault("work", "/tmp/chromeless-e2e"));
    long mb = Long.parseLong(o.getOrDefault("mb", "100"));
    String[] runners = o.getOrDefault("runners", "flink,direct").split(",");
    int runs = Integer.parseInt(o.getOrDefault("runs", "1"));
    String heap = o.getOrDefault("heap", "2g");
    double tightSeconds = Double.parseDouble(o.getOrDefault("tightSeconds", "15"));
    String jar = o.getOrDefault("jar", "target/chromeless-0.1.0-SNAPSHOT-bundled.jar");
    String jobArgs = o.getOrDefault("jobArgs", "");
    long timeout = Long.parseLong(o.getOrDefault("timeoutMinutes", "60"));
    int cores = Runtime.getRuntime().availableProcessors();

    Corpus corpus = Corpus.ensure(work.resolve("corpus-" + mb + "MB"), mb << 20, 20261123L);
    System.out.printf(Locale.ROOT, "corpus %s: %d files, %d pages, %.1f MB of page text, %.1f MB on disk%n",
        corpus.dir, corpus.files, corpus.pages, corpus.pageBytes / 1e6, corpus.diskBytes / 1e6);
    TightSample sample = TightSample.of(20261123L, 40L << 20);
    System.out.println();
    System.out.println("| runner | input MB | pages | wall s | MB/s | pages/s | CPU util | heap peak / max live MB"
        + " | tight loop MB/s | ratio | job MB/cpu-s | tight loop MB/cpu-s | CPU ratio | load before/after |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (int r = 0; r < runs; r++) {
      for (String runner : runners) {
        double[] tightBoth = sample.throughput(cores, tightSeconds);
        double tight = tightBoth[0];
        String loadBefore = ParseCpu.load();
        Path out = work.resolve("out-" + runner);
        deleteTree(out);
        Result res = runJob(jar, heap, runner, cores, corpus, out, work, jobArgs, timeout);
        String loadAfter = ParseCpu.load();
        double mbs = corpus.pageBytes / 1e6 / res.wall;
        double mbCpu = corpus.pageBytes / 1e6 / res.cpu;
        System.out.printf(Locale.ROOT, "| %s | %.0f | %d | %.1f | %.2f | %.0f | %.0f %% | %d / %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s / %s |%s%n",
            runner, corpus.pageBytes / 1e6, corpus.pages, res.wall, mbs, corpus.pages / res.wall,
            100 * res.cpu / res.wall / cores, res.heapPeakMb, res.heapLiveMb, tight, mbs / tight, mbCpu, tightBoth[1],
            mbCpu / tightBoth[1], loadBefore,
            loadAfter, res.exit == 0 ? "" : res.exit < 0 ? " killed after " + timeout + " min" : " exit " + res.exit + " (" + res.log + ")");
        deleteTree(out);
      }
    }
  }

  /** What one job run measured. */
  record Result(int exit, double wall, double cpu, long heapPeakMb, long heapLiveMb, Path log) {}

  static Result runJob(String jar, String heap, String runner, int cores, Corpus corpus, Path out, Path work,
      String jobArgs, long timeoutMinutes) throws IOException, InterruptedException {
    Path gc = work.resolve("gc-" + runner + ".log");
    Path time = work.resolve("time-" + runner + ".txt");
    Path log = work.resolve("job-" + runner + ".log");
    Files.deleteIfExists(gc);
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", time.toString(),
        "java", "-Xmx" + heap, "-Xlog:gc:file=" + gc, "-jar", jar,
        "--inputs=" + corpus.dir + "/*.warc.wet.gz", "--output=" + out, "--loadDate=2026-11-22"));
    switch (runner) {
      case "flink" -> cmd.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=" + cores));
      case "direct" -> cmd.add("--runner=DirectRunner");
      case "default" -> { }
      default -> throw new IllegalArgumentException("runner: flink, direct or default, not " + runner);
    }
    for (String a : jobArgs.split(" ")) {
      if (!a.isBlank()) {
        cmd.add(a);
      }
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit;
    if (p.waitFor(timeoutMinutes, java.util.concurrent.TimeUnit.MINUTES)) {
      exit = p.exitValue();
    } else {
      // the job's JVM first, so that time(1) still writes what it measured
      p.descendants().forEach(ProcessHandle::destroy);
      p.waitFor();
      exit = -1;
    }
    String[] t = Files.readString(time).strip().lines().reduce((a, b) -> b).orElse("0 0 0 0").split(" ");
    double wall = Double.parseDouble(t[0]);
    double cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
    long peak = 0;
    long live = 0;
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.exists(gc) ? Files.readString(gc) : "");
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(1)));
      live = Math.max(live, Long.parseLong(m.group(2)));
    }
    return new Result(exit, wall, cpu, peak, live, log);
  }

  /** The generated WET files of one size. */
  static final class Corpus {
    final Path dir;
    final int files;
    final long pages;
    final long pageBytes;
    final long diskBytes;

    Corpus(Path dir, int files, long pages, long pageBytes, long diskBytes) {
      this.dir = dir;
      this.files = files;
      this.pages = pages;
      this.pageBytes = pageBytes;
      this.diskBytes = diskBytes;
    }

    /** Generates the corpus (files in parallel) unless a complete one is there. */
    static Corpus ensure(Path dir, long pageBytes, long seed) throws Exception {
      Path done = dir.resolve("DONE");
      if (!Files.exists(done)) {
        deleteTree(dir);
        Files.createDirectories(dir);
        int files = (int) Math.max(2, (pageBytes + FILE_BYTES - 1) / FILE_BYTES);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<long[]>> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
          Path f = dir.resolve(String.format(Locale.ROOT, "part-%04d.warc.wet.gz", i));
          long s = seed + i;
          long bytes = pageBytes / files;
          parts.add(pool.submit(() -> writeWet(f, bytes, s)));
        }
        long pages = 0;
        long text = 0;
        for (Future<long[]> f : parts) {
          pages += f.get()[0];
          text += f.get()[1];
        }
        pool.shutdown();
        Files.writeString(done, files + " " + pages + " " + text + "\n");
      }
      String[] d = Files.readString(done).strip().split(" ");
      long disk;
      try (Stream<Path> s = Files.list(dir)) {
        disk = s.mapToLong(f -> f.toFile().length()).sum();
      }
      return new Corpus(dir, Integer.parseInt(d[0]), Long.parseLong(d[1]), Long.parseLong(d[2]), disk);
    }
  }

  /** Writes generated pages of seed {@code seed} until their text reaches {@code pageBytes}; returns pages, bytes. */
  static long[] writeWet(Path out, long pageBytes, long seed) throws IOException {
    long pages = 0;
    long text = 0;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      o.write(Dumps.gzip(Dumps.warcinfo()));
      for (GeneratedPage p : pages(seed, pageBytes)) {
        if (text >= pageBytes) {
          break;
        }
        byte[] t = p.text().getBytes(StandardCharsets.UTF_8);
        o.write(Dumps.gzip(Dumps.warcRecord("conversion", p.url(),
            Instant.ofEpochMilli(p.crawledAtMillis() / 1000 * 1000).toString(), t, "text/plain", -1)));
        pages++;
        text += t.length;
      }
    }
    return new long[] {pages, text};
  }

  /** A lazy generator with enough pages for {@code bytes} of page text. */
  static CorpusGenerator pages(long seed, long bytes) {
    return CorpusGenerator.of(Math.max(1_000, bytes / 1_000), seed);
  }

  /**
   * The tight loop: the pages of the corpus's first file (up to a size held in memory), with the
   * chrome learned from them, parsed and signed on {@code threads} threads for a while.
   */
  static final class TightSample {
    final RawPage[] pages;
    final int[] bytes;
    final LongSet chrome;

    private TightSample(RawPage[] pages, int[] bytes, LongSet chrome) {
      this.pages = pages;
      this.bytes = bytes;
      this.chrome = chrome;
    }

    static TightSample of(long seed, long maxBytes) {
      List<RawPage> list = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      long total = 0;
      for (GeneratedPage p : pages(seed, maxBytes)) {
        if (total >= maxBytes) {
          break;
        }
        int b = p.text().getBytes(StandardCharsets.UTF_8).length;
        list.add(new RawPage("gen://" + p.name(), 0, p.url(), p.crawledAtMillis(), p.text()));
        sizes.add(b);
        total += b;
      }
      RawPage[] pages = list.toArray(RawPage[]::new);
      return new TightSample(pages, sizes.stream().mapToInt(Integer::intValue).toArray(),
          BenchPages.learnChrome(pages, 3));
    }

    /** MB of page text per second of wall time, and per CPU-second, on {@code threads} threads (after a warm-up). */
    double[] throughput(int threads, double seconds) throws InterruptedException {
      run(threads, Math.min(5, seconds / 3));
      return run(threads, seconds);
    }

    private double[] run(int threads, double seconds) throws InterruptedException {
      AtomicLong done = new AtomicLong();
      AtomicLong cpuNanos = new AtomicLong();
      long end = System.nanoTime() + (long) (seconds * 1e9);
      long t0 = System.nanoTime();
      List<Thread> ts = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int start = k * pages.length / threads;
        Thread t = new Thread(() -> {
          // a parser per thread, as the job's DoFn instances have, and a new one for each pass over
          // the pages: the job's parser sees each page once, so its line memo must not know them all
          PageParser parser = new PageParser(chrome);
          long b = 0;
          int i = start;
          while (System.nanoTime() < end) {
            TightLoop.parseAndSign(parser, pages[i]);
            b += bytes[i];
            i = (i + 1) % pages.length;
            if (i == start) {
              parser = new PageParser(chrome);
            }
          }
          done.addAndGet(b);
          cpuNanos.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        });
        t.start();
        ts.add(t);
      }
      for (Thread t : ts) {
        t.join();
      }
      return new double[] {done.get() / 1e6 / ((System.nanoTime() - t0) / 1e9), done.get() / 1e6 / (cpuNanos.get() / 1e9)};
    }
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
