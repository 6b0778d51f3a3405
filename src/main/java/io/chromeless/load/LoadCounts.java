package io.chromeless.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one load, tallied from the data itself (one tally per element of each
 * collection, summed), so they are exact on every runner and under retries, unlike counters
 * that may count an element once per attempt. Keys:
 *
 * <ul>
 *   <li>{@code read/pages}: pages ReadPages emitted; pages read = this + rejects of stage read
 *   <li>{@code rejects/STAGE/REASON}: rows of the rejects table
 *   <li>{@code write/articles}, {@code write/documents}, {@code write/index}: rows written
 *   <li>{@code prior/seen_before}: articles of this load that continue an earlier night's article
 * </ul>
 *
 * <p>Pages parsed are not tallied but follow from these: the parse stage ends every page it gets
 * in exactly one of an article record or a reject, so parsed = {@code read/pages} minus the
 * rejects of stage parse. (A tally of its own would cost the job another pass over every parsed
 * page: on Flink's batch runner each consumer of a collection reads its own serialized copy.)
 */
public final class LoadCounts {
  public static final String PAGES = "read/pages";
  public static final String REJECTS_PREFIX = "rejects/";
  public static final String ARTICLES = "write/articles";
  public static final String DOCUMENTS = "write/documents";
  public static final String INDEX = "write/index";
  public static final String SEEN_BEFORE = "prior/seen_before";

  private final Map<String, Long> tallies;

  public LoadCounts(Map<String, Long> tallies) {
    this.tallies = new TreeMap<>(tallies);
  }

  public static String rejectKey(String stage, String reason) {
    return REJECTS_PREFIX + stage + "/" + reason;
  }

  public long get(String key) {
    return tallies.getOrDefault(key, 0L);
  }

  /** Every page read: those that went on to parsing and those the read stage rejected. */
  public long pagesRead() {
    return get(PAGES) + rejectsOfStage("read");
  }

  /** Pages that became an article record: every page the read stage passed on, less the parse stage's rejects. */
  public long parsed() {
    return get(PAGES) - rejectsOfStage("parse");
  }

  public long documents() {
    return get(DOCUMENTS);
  }

  public long articles() {
    return get(ARTICLES);
  }

  public long indexRows() {
    return get(INDEX);
  }

  public long seenBefore() {
    return get(SEEN_BEFORE);
  }

  public long rejects() {
    return rejectsByReason().values().stream().mapToLong(Long::longValue).sum();
  }

  private long rejectsOfStage(String stage) {
    long n = 0;
    for (Map.Entry<String, Long> e : tallies.entrySet()) {
      if (e.getKey().startsWith(REJECTS_PREFIX + stage + "/")) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** Rejects by reason, summed over stages. */
  public Map<String, Long> rejectsByReason() {
    Map<String, Long> out = new TreeMap<>();
    tallies.forEach((k, v) -> {
      if (k.startsWith(REJECTS_PREFIX)) {
        out.merge(k.substring(k.lastIndexOf('/') + 1), v, Long::sum);
      }
    });
    return out;
  }

  /** Every page read ended in exactly one of documents or rejects. */
  public boolean balanced() {
    return pagesRead() == documents() + rejects();
  }

  public String accountingLine() {
    return "pages read " + pagesRead() + (balanced() ? " = " : " != ") + "documents " + documents() + " + rejects "
        + rejects();
  }

  /** The counts as the manifest holds them. */
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("pages_read", pagesRead());
    n.put("pages_parsed", parsed());
    ObjectNode byReason = n.putObject("rejected_by_reason");
    rejectsByReason().forEach(byReason::put);
    ObjectNode byStage = n.putObject("rejected_by_stage");
    tallies.forEach((k, v) -> {
      if (k.startsWith(REJECTS_PREFIX)) {
        String[] parts = k.split("/", 3);
        ObjectNode stage = byStage.has(parts[1]) ? (ObjectNode) byStage.get(parts[1]) : byStage.putObject(parts[1]);
        stage.put(parts[2], v);
      }
    });
    n.put("pages_grouped", documents());
    n.put("articles_written", articles());
    n.put("documents_written", documents());
    n.put("rejects_written", rejects());
    n.put("index_rows_written", indexRows());
    n.put("articles_seen_before", seenBefore());
    return n;
  }

  /** Reads back what {@link #toJson} wrote. */
  public static LoadCounts fromJson(JsonNode n) {
    Map<String, Long> t = new TreeMap<>();
    n.path("rejected_by_stage").fields().forEachRemaining(stage ->
        stage.getValue().fields().forEachRemaining(r -> t.put(rejectKey(stage.getKey(), r.getKey()), r.getValue().asLong())));
    long readRejects = t.entrySet().stream().filter(e -> e.getKey().startsWith(REJECTS_PREFIX + "read/"))
        .mapToLong(Map.Entry::getValue).sum();
    t.put(PAGES, n.path("pages_read").asLong() - readRejects);
    t.put(ARTICLES, n.path("articles_written").asLong());
    t.put(DOCUMENTS, n.path("documents_written").asLong());
    t.put(INDEX, n.path("index_rows_written").asLong());
    t.put(SEEN_BEFORE, n.path("articles_seen_before").asLong());
    return new LoadCounts(t);
  }

  @Override
  public String toString() {
    return tallies.toString();
  }
}
