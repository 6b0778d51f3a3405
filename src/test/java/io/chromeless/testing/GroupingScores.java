package io.chromeless.testing;

import io.chromeless.corpus.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a grouping against the truth: a pair of pages is predicted
 * when both got the same article id, true when both belong to the same story. Per-kind recall
 * counts the true pairs that involve a page of that kind.
 */
public final class GroupingScores {
  public final long truePairs;
  public final long predictedPairs;
  public final long correctPairs;
  public final Map<Kind, long[]> perKind = new EnumMap<>(Kind.class);
  public final List<String> falseMerges = new ArrayList<>();
  public final List<String> misses = new ArrayList<>();

  /** One scored page: its name, truth story, kind and the article id it got. */
  public record Scored(String page, String story, Kind kind, String articleId) {}

  public GroupingScores(List<Scored> pages) {
    Map<String, List<Scored>> byStory = new HashMap<>();
    Map<String, List<Scored>> byArticle = new HashMap<>();
    for (Scored s : pages) {
      byStory.computeIfAbsent(s.story(), k -> new ArrayList<>()).add(s);
      byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(s);
    }
    long t = 0;
    long c = 0;
    for (List<Scored> story : byStory.values()) {
      for (int i = 0; i < story.size(); i++) {
        for (int j = i + 1; j < story.size(); j++) {
          Scored x = story.get(i);
          Scored y = story.get(j);
          boolean same = x.articleId().equals(y.articleId());
          t++;
          c += same ? 1 : 0;
          count(x.kind(), same);
          if (y.kind() != x.kind()) {
            count(y.kind(), same);
          }
          if (!same && misses.size() < 20) {
            misses.add(x.page() + " (" + x.kind() + ") / " + y.page() + " (" + y.kind() + ")");
          }
        }
      }
    }
    long p = 0;
    for (List<Scored> article : byArticle.values()) {
      for (int i = 0; i < article.size(); i++) {
        for (int j = i + 1; j < article.size(); j++) {
          p++;
          Scored x = article.get(i);
          Scored y = article.get(j);
          if (!x.story().equals(y.story()) && falseMerges.size() < 20) {
            falseMerges.add(x.page() + " (" + x.kind() + ") / " + y.page() + " (" + y.kind() + ")");
          }
        }
      }
    }
    truePairs = t;
    predictedPairs = p;
    correctPairs = c;
  }

  private void count(Kind k, boolean same) {
    long[] v = perKind.computeIfAbsent(k, x -> new long[2]);
    v[0]++;
    v[1] += same ? 1 : 0;
  }

  public double precision() {
    return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
  }

  public double recall() {
    return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
  }

  public double recall(Kind k) {
    long[] v = perKind.get(k);
    return v == null || v[0] == 0 ? 1 : (double) v[1] / v[0];
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format("precision %.4f recall %.4f (%d true pairs, %d predicted)",
        precision(), recall(), truePairs, predictedPairs));
    perKind.forEach((k, v) -> b.append(String.format("%n  recall %-12s %.4f (%d pairs)", k, (double) v[1] / v[0], v[0])));
    if (!falseMerges.isEmpty()) {
      b.append("\n  false merges (first 20): ").append(falseMerges);
    }
    if (!misses.isEmpty()) {
      b.append("\n  misses (first 20): ").append(misses);
    }
    return b.toString();
  }
}
