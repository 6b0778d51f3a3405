package io.chromeless.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit protocol of a load, on Beam's file systems (local folders, gs://, s3:// alike). Plain
 * Java: no pipeline, only {@link FileSystems}.
 *
 * <p>Object stores have no atomic rename of a folder, so a load is committed by its manifest, the
 * one object whose write is atomic everywhere (written under a temporary name, then renamed):
 *
 * <ol>
 *   <li>The run writes every table into its own staging folder ({@link LoadLayout#stagingRun()}),
 *       nothing into the partitions. A run that fails or is killed here leaves the partitions as
 *       they were; its staging folder is removed by the next run of the date.
 *   <li>Once the pipeline has written everything and the accounting holds, the partitions' {@code
 *       _SUCCESS} markers are deleted, and the staged files are moved into the partitions beside
 *       the previous load's files (file names carry the run id, so nothing is overwritten).
 *   <li>{@code _loads/load_date=D/manifest.json} is replaced: <b>the commit point</b>. It lists
 *       the files of each table.
 *   <li>Files of the partitions that the manifest does not list (the previous load's) are
 *       deleted, the {@code _SUCCESS} markers are written (each partition's, then the load's),
 *       and the date's staging folders are removed.
 * </ol>
 *
 * <p>A run killed inside steps 2–4 leaves partitions without {@code _SUCCESS}; {@link #reconcile}
 * (run at the start of the next run of the date) makes each partition hold exactly the files its
 * manifest lists again: the previous load if the kill came before step 3, the new one after.
 * Readers that list files rather than trust the manifest should wait for {@code _SUCCESS}:
 * during steps 2–4 (seconds: renames and deletes) a partition can hold both loads' files. Two
 * runs of the same load date at the same time are not supported.
 */
public final class LoadCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(LoadCommitter.class);
  static final ObjectMapper JSON = new ObjectMapper();

  private LoadCommitter() {}

  /**
   * Before a run: brings this date's partitions back to what their manifest lists (finishing or
   * undoing a commit that was cut short) and removes staging folders of earlier runs of the date.
   */
  public static void prepare(LoadLayout layout) throws IOException {
    reconcile(layout);
  }

  /** Writes what the launcher knows into the run's staging folder (read again at commit). */
  public static void writeLaunch(LoadLayout layout, JsonNode launch) throws IOException {
    write(layout.launchFile(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(launch));
  }

  public static JsonNode readLaunch(LoadLayout layout) throws IOException {
    return JSON.readTree(read(layout.launchFile()));
  }

  /** The committed manifest of this load date, or null if none was ever committed. */
  public static JsonNode readManifest(LoadLayout layout) throws IOException {
    if (!exists(layout.manifest())) {
      return null;
    }
    return JSON.readTree(read(layout.manifest()));
  }

  /**
   * Commits this run's staged files (table -> full names, as FileIO reported them) with its
   * manifest; see the class comment. Safe to call again after a failure at any point: files
   * already moved are not moved twice, and a run already committed only gets reconciled.
   */
  public static void commit(LoadLayout layout, Map<String, List<String>> staged, JsonNode manifest) throws IOException {
    JsonNode current = readManifest(layout);
    if (current != null && layout.runId().equals(current.path("run_id").asText())) {
      reconcile(layout); // a retry after this run's commit point
      return;
    }
    List<String> markers = new ArrayList<>();
    for (String table : LoadLayout.TABLES) {
      markers.add(layout.partition(table) + LoadLayout.SUCCESS);
    }
    markers.add(layout.loadDir() + LoadLayout.SUCCESS);
    delete(markers);

    for (String table : LoadLayout.TABLES) {
      List<String> files = staged.getOrDefault(table, List.of());
      Set<String> present = existing(files);
      List<String> from = new ArrayList<>();
      List<String> to = new ArrayList<>();
      for (String f : files) {
        String dst = layout.partition(table) + baseName(f);
        if (present.contains(f)) {
          from.add(f);
          to.add(dst);
        } else if (!exists(dst)) {
          throw new IOException("staged file " + f + " is gone and not in " + layout.partition(table));
        }
      }
      move(from, to);
    }
    writeAtomically(layout.manifest(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    LOG.info("Committed {}", layout);
    reconcile(layout);
  }

  /**
   * Makes each partition of the date hold exactly the files the committed manifest lists (deleting
   * others, writing the {@code _SUCCESS} markers), or, with no manifest yet, removes files that
   * uncommitted runs left in it; then removes the date's staging folders.
   */
  public static void reconcile(LoadLayout layout) throws IOException {
    JsonNode manifest = readManifest(layout);
    Set<String> uncommittedRuns = stagingRuns(layout);
    boolean complete = manifest != null;
    for (String table : LoadLayout.TABLES) {
      String dir = layout.partition(table);
      Set<String> listed = new HashSet<>();
      if (manifest != null) {
        manifest.path("tables").path(table).path("files").forEach(n -> listed.add(n.asText()));
      }
      List<String> orphans = new ArrayList<>();
      Set<String> found = new HashSet<>();
      for (MatchResult.Metadata m : list(dir + "*")) {
        String name = baseName(m.resourceId().toString());
        found.add(name);
        boolean orphan = manifest != null
            ? !listed.contains(name) && !LoadLayout.SUCCESS.equals(name)
            : uncommittedRuns.contains(LoadLayout.runIdOf(name));
        if (orphan) {
          orphans.add(dir + name);
        }
      }
      if (!orphans.isEmpty()) {
        LOG.info("Removing {} file(s) from {} that its committed load does not list", orphans.size(), dir);
        delete(orphans);
      }
      if (!found.containsAll(listed)) {
        complete = false;
        LOG.warn("{} lacks files its manifest lists; not marking it complete", dir);
      }
      removeEmptyFolders(dir, false);
    }
    if (complete) {
      for (String table : LoadLayout.TABLES) {
        write(layout.partition(table) + LoadLayout.SUCCESS, new byte[0]);
      }
      write(layout.loadDir() + LoadLayout.SUCCESS, new byte[0]);
    }
    deleteTree(layout.stagingDate());
    removeEmptyFolders(layout.output() + "/_staging/", true);
  }

  /** Run ids with a staging folder for this load date. */
  static Set<String> stagingRuns(LoadLayout layout) throws IOException {
    Set<String> runs = new HashSet<>();
    String prefix = layout.stagingDate();
    for (MatchResult.Metadata m : list(prefix + "**")) {
      String path = m.resourceId().toString();
      int at = path.indexOf("/_staging/load_date=" + layout.loadDate() + "/");
      if (at >= 0) {
        String rest = path.substring(at + ("/_staging/load_date=" + layout.loadDate() + "/").length());
        int slash = rest.indexOf('/');
        runs.add(slash < 0 ? rest : rest.substring(0, slash));
      }
    }
    return runs;
  }

  // ---- file-system helpers (FileSystems for every scheme) ----

  static String baseName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }

  static List<MatchResult.Metadata> list(String glob) throws IOException {
    MatchResult m = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    if (m.status() == MatchResult.Status.NOT_FOUND) {
      return List.of();
    }
    if (m.status() != MatchResult.Status.OK) {
      throw new IOException("cannot list " + glob + ": " + m.status());
    }
    return m.metadata();
  }

  static boolean exists(String file) throws IOException {
    return !existing(List.of(file)).isEmpty();
  }

  /** Those of the files that exist (one batched match). */
  static Set<String> existing(List<String> files) throws IOException {
    Set<String> out = new HashSet<>();
    if (files.isEmpty()) {
      return out;
    }
    List<MatchResult> results = FileSystems.match(files);
    for (int i = 0; i < files.size(); i++) {
      MatchResult r = results.get(i);
      if (r.status() == MatchResult.Status.OK && !r.metadata().isEmpty()) {
        out.add(files.get(i));
      } else if (r.status() == MatchResult.Status.ERROR) {
        throw new IOException("cannot check " + files.get(i));
      }
    }
    return out;
  }

  static byte[] read(String file) throws IOException {
    ResourceId id = FileSystems.matchSingleFileSpec(file).resourceId();
    try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
      return in.readAllBytes();
    }
  }

  static void write(String file, byte[] content) throws IOException {
    ResourceId id = FileSystems.matchNewResource(file, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(id, MimeTypes.BINARY))) {
      out.write(content);
    }
  }

  /** Writes under a temporary name, then renames: readers see the old content or the whole new one. */
  static void writeAtomically(String file, byte[] content) throws IOException {
    String tmp = file + ".tmp";
    write(tmp, content);
    move(List.of(tmp), List.of(file));
  }

  static void move(List<String> from, List<String> to) throws IOException {
    if (from.isEmpty()) {
      return;
    }
    List<ResourceId> src = new ArrayList<>();
    List<ResourceId> dst = new ArrayList<>();
    for (int i = 0; i < from.size(); i++) {
      src.add(FileSystems.matchNewResource(from.get(i), false));
      dst.add(FileSystems.matchNewResource(to.get(i), false));
    }
    FileSystems.rename(src, dst, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  static void delete(Collection<String> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    List<ResourceId> ids = new ArrayList<>();
    for (String f : files) {
      ids.add(FileSystems.matchNewResource(f, false));
    }
    FileSystems.delete(ids, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /** Deletes every file under a folder (and, on local disks, the emptied folders). */
  static void deleteTree(String dir) throws IOException {
    List<String> files = new ArrayList<>();
    for (MatchResult.Metadata m : list(dir + "**")) {
      files.add(m.resourceId().toString());
    }
    delete(files);
    removeEmptyFolders(dir, true);
  }

  /**
   * Local disks keep folders that object stores do not have: removes empty folders under {@code
   * dir} (FileIO's {@code .temp-beam-…} folders of older runs), and {@code dir} itself if asked.
   */
  static void removeEmptyFolders(String dir, boolean self) {
    ResourceId id = FileSystems.matchNewResource(dir, true);
    if (!"file".equals(id.getScheme())) {
      return;
    }
    Path root = Paths.get(id.toString());
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> dirs = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
      for (Path d : dirs) {
        if (d.equals(root) && !self) {
          continue;
        }
        try (Stream<Path> children = Files.list(d)) {
          if (children.findAny().isEmpty()) {
            Files.delete(d);
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("Could not remove empty folders under {}: {}", dir, e.getMessage()); // tidying only
    }
  }

  /** Table -> file names, as the manifest lists them. */
  public static Map<String, List<String>> manifestFiles(JsonNode manifest) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String table : LoadLayout.TABLES) {
      List<String> names = new ArrayList<>();
      manifest.path("tables").path(table).path("files").forEach(n -> names.add(n.asText()));
      out.put(table, names);
    }
    return out;
  }
}
