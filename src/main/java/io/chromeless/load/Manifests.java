package io.chromeless.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chromeless.group.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.util.ReleaseInfo;

/**
 * The manifest of a load ({@code _loads/load_date=D/manifest.json}): what went in (input files with
 * their sizes, options, earlier nights' index partitions), what ran it (project, Beam and Java
 * versions, runner), when (launch and end time), the counts, and the files of each table. The
 * launcher writes the first half before the pipeline starts ({@link #launch}); the commit step adds
 * the rest ({@link #complete}).
 */
public final class Manifests {
  private Manifests() {}

  /** What the launcher knows before the pipeline starts. */
  public static ObjectNode launch(LoadLayout layout, String runner, Map<String, Object> options,
      List<String> globs, List<MatchResult.Metadata> inputs, String priorOutput, List<String> priorPartitions,
      Instant started) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("load_date", layout.loadDate());
    n.put("run_id", layout.runId());
    n.put("output", layout.output());
    ObjectNode versions = n.putObject("versions");
    versions.put("chromeless", projectVersion());
    versions.put("beam", ReleaseInfo.getReleaseInfo().getSdkVersion());
    versions.put("java", System.getProperty("java.version"));
    versions.put("signature", Signature.VERSION);
    n.put("runner", runner);
    n.put("started_at", started.toString());
    ObjectNode opts = n.putObject("options");
    options.forEach((k, v) -> opts.putPOJO(k, v));
    ObjectNode in = n.putObject("inputs");
    ArrayNode g = in.putArray("globs");
    globs.forEach(g::add);
    long bytes = 0;
    ArrayNode files = in.putArray("files");
    List<MatchResult.Metadata> sorted = new java.util.ArrayList<>(inputs);
    sorted.sort(java.util.Comparator.comparing(m -> m.resourceId().toString()));
    for (MatchResult.Metadata m : sorted) {
      ObjectNode f = files.addObject();
      f.put("uri", m.resourceId().toString());
      f.put("bytes", m.sizeBytes());
      bytes += m.sizeBytes();
    }
    in.put("file_count", inputs.size());
    in.put("total_bytes", bytes);
    if (priorOutput != null) {
      ObjectNode prior = n.putObject("prior");
      prior.put("output", priorOutput);
      ArrayNode parts = prior.putArray("index_partitions");
      priorPartitions.forEach(parts::add);
    }
    return n;
  }

  /** The manifest: the launch part, the end time, the counts and each table's files. */
  public static ObjectNode complete(JsonNode launch, LoadLayout layout, LoadCounts counts,
      Map<String, List<String>> fileNames, Instant ended) {
    ObjectNode n = launch.deepCopy();
    n.put("ended_at", ended.toString());
    n.set("counts", counts.toJson());
    ObjectNode acc = n.putObject("accounting");
    acc.put("rule", "pages_read = documents_written + rejects_written");
    acc.put("balanced", counts.balanced());
    ObjectNode tables = n.putObject("tables");
    Map<String, Long> rows = Map.of(LoadLayout.ARTICLES, counts.articles(), LoadLayout.DOCUMENTS, counts.documents(),
        LoadLayout.REJECTS, counts.rejects(), LoadLayout.INDEX, counts.indexRows());
    for (String table : LoadLayout.TABLES) {
      ObjectNode t = tables.putObject(table);
      t.put("partition", layout.partition(table));
      t.put("rows", rows.get(table));
      ArrayNode files = t.putArray("files");
      fileNames.getOrDefault(table, List.of()).stream().sorted().forEach(files::add);
    }
    return n;
  }

  /** This build's version (from Maven), or "unknown" when run from unfiltered classes. */
  public static String projectVersion() {
    try (InputStream in = Manifests.class.getResourceAsStream("/io/chromeless/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
