package io.chromeless.bench;

import io.chromeless.parse.ChromeKeys;
import io.chromeless.parse.PageParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The tight loop measured in CPU time of its own thread, so that a machine busy with other work
 * slows the wall clock but not the figure: parse, parse + signature and the learned-chrome line
 * keys of {@link BenchPages} pages ({@code lineKeys}: the string keys of {@link ChromeKeys#observe};
 * {@code lineKeysHashed}: the 64-bit keys the job emits, {@link ChromeKeys#observeHashed};
 * {@code parseAndSignNoMemo}: parse + signature with the parser's line memo off), one
 * thread, after a warm-up, taking turns. Prints pages and MB of page text per CPU-second (per
 * core). Run it with two builds' classes first on the class path to compare them; NAMES (comma
 * separated) runs only those.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:target/chromeless-0.1.0-SNAPSHOT-bundled.jar \
 *     io.chromeless.bench.ParseCpu [SECONDS] [ROUNDS] [NAMES]
 * </pre>
 */
public final class ParseCpu {
  private ParseCpu() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    BenchPages pages = BenchPages.generate(42);
    PageParser parser = new PageParser(pages.chrome);
    PageParser plain = new PageParser(pages.chrome, false);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"parse", "parseAndSign", "lineKeys", "lineKeysHashed", "parseAndSignNoMemo"};
    java.util.Set<String> only = args.length > 2 ? java.util.Set.of(args[2].split(",")) : java.util.Set.of(names);
    for (int round = 0; round <= rounds; round++) {
      for (int k = 0; k < names.length; k++) {
        if (!only.contains(names[k])) {
          continue;
        }
        long pagesDone = 0;
        long bytesDone = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long sink = 0;
        int i = 0;
        while (mx.getCurrentThreadCpuTime() - cpu0 < seconds * 1e9) {
          for (int b = 0; b < 32; b++) {
            Object o = switch (k) {
              case 0 -> parseOnly(parser, pages, i);
              case 1 -> TightLoop.parseAndSign(parser, pages.pages[i]);
              case 2 -> ChromeKeys.observe(pages.pages[i]);
              case 3 -> ChromeKeys.observeHashed(pages.pages[i]);
              default -> TightLoop.parseAndSign(plain, pages.pages[i]);
            };
            sink += o.hashCode();
            pagesDone++;
            bytesDone += pages.bytes[i];
            i = (i + 1) & (BenchPages.COUNT - 1);
            if (i == 0) {
              // a parser sees each page once, as in the job: a new one for each pass, its line memo empty
              parser = new PageParser(pages.chrome);
            }
          }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        if (round > 0) {
          System.out.printf(Locale.ROOT, "%-13s round %d: %8.1f pages/cpu-s %7.2f MB/cpu-s   (wall: %7.2f MB/s, load %s)%s%n",
              names[k], round, pagesDone / cpu, bytesDone / 1e6 / cpu, bytesDone / 1e6 / wall, load(),
              sink == 42 ? " " : "");
        }
      }
    }
  }

  private static Object parseOnly(PageParser parser, BenchPages pages, int i) {
    try {
      return parser.parse(pages.pages[i]);
    } catch (PageParser.NoArticleException e) {
      return e;
    }
  }

  static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }
}
