package io.chromeless.testing;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.FileSystem;
import org.apache.beam.sdk.io.FileSystemRegistrar;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.CreateOptions;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * A test-only Beam file system, scheme {@code faulty://}: the local disk ({@code faulty:///tmp/x} is
 * {@code /tmp/x}) with faults a test arms through system properties, so that a fault happens
 * inside a running job on any runner in this JVM (the embedded Flink cluster too) or in a child
 * JVM, with no hook in the job's code. Registered through META-INF/services in the test classpath.
 *
 * <p>It also counts the matches of each spec ({@link #matches}), for tests of how often a run lists its inputs.
 *
 * <ul>
 *   <li>{@value #FAIL_ONCE}{@code =MARKER}: the first {@code create()} of a file whose path contains
 *       {@value #WHERE}'s value throws an IOException and creates MARKER; later ones (a retry, a
 *       restarted job) succeed, since MARKER exists.
 *   <li>{@value #HANG}{@code =MARKER}: the first such {@code create()} creates MARKER and then blocks
 *       for good (until the process is killed).
 * </ul>
 */
public final class FaultyFileSystem extends FileSystem<FaultyFileSystem.Id> {
  public static final String SCHEME = "faulty";
  public static final String FAIL_ONCE = "chromeless.faulty.failOnce";
  public static final String HANG = "chromeless.faulty.hang";
  public static final String WHERE = "chromeless.faulty.where";

  /** The {@code faulty://} URI of a local path. */
  public static String uri(Path local) {
    return SCHEME + "://" + local.toAbsolutePath();
  }

  @Override
  protected String getScheme() {
    return SCHEME;
  }

  private static String local(String spec) {
    return spec.startsWith(SCHEME + "://") ? spec.substring(SCHEME.length() + 3) : spec;
  }

  private static ResourceId local(Id id) {
    return FileSystems.matchNewResource(id.path, id.directory);
  }

  private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> MATCHES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** How many times {@code spec} (a {@code faulty://} glob or path) has been matched in this JVM. */
  public static int matches(String spec) {
    java.util.concurrent.atomic.AtomicInteger n = MATCHES.get(spec);
    return n == null ? 0 : n.get();
  }

  @Override
  protected List<MatchResult> match(List<String> specs) throws IOException {
    List<String> locals = new ArrayList<>();
    specs.forEach(s -> locals.add(local(s)));
    specs.forEach(s -> MATCHES.computeIfAbsent(s, x -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet());
    List<MatchResult> out = new ArrayList<>();
    for (MatchResult r : FileSystems.match(locals)) {
      if (r.status() != MatchResult.Status.OK) {
        out.add(r);
        continue;
      }
      List<MatchResult.Metadata> md = new ArrayList<>();
      for (MatchResult.Metadata m : r.metadata()) {
        md.add(MatchResult.Metadata.builder()
            .setResourceId(new Id(m.resourceId().toString(), m.resourceId().isDirectory()))
            .setSizeBytes(m.sizeBytes())
            .setIsReadSeekEfficient(m.isReadSeekEfficient())
            .setLastModifiedMillis(m.lastModifiedMillis())
            .build());
      }
      out.add(MatchResult.create(MatchResult.Status.OK, md));
    }
    return out;
  }

  @Override
  protected WritableByteChannel create(Id id, CreateOptions options) throws IOException {
    String where = System.getProperty(WHERE);
    if (where != null && id.path.contains(where)) {
      String failOnce = System.getProperty(FAIL_ONCE);
      if (failOnce != null && firstTime(failOnce)) {
        throw new IOException("injected fault: cannot create " + id);
      }
      String hang = System.getProperty(HANG);
      if (hang != null && firstTime(hang)) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while hanging on " + id, e);
        }
      }
    }
    return FileSystems.create(local(id), options);
  }

  /** Creates the marker; true only for the one caller that created it. */
  private static boolean firstTime(String marker) throws IOException {
    try {
      Files.createFile(Path.of(marker));
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Override
  protected ReadableByteChannel open(Id id) throws IOException {
    return FileSystems.open(local(id));
  }

  @Override
  protected void copy(List<Id> src, List<Id> dst) throws IOException {
    FileSystems.copy(locals(src), locals(dst));
  }

  @Override
  protected void rename(List<Id> src, List<Id> dst, MoveOptions... options) throws IOException {
    FileSystems.rename(locals(src), locals(dst), options);
  }

  @Override
  protected void delete(Collection<Id> ids) throws IOException {
    FileSystems.delete(locals(ids), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private static List<ResourceId> locals(Collection<Id> ids) {
    List<ResourceId> out = new ArrayList<>();
    ids.forEach(i -> out.add(local(i)));
    return out;
  }

  @Override
  protected Id matchNewResource(String spec, boolean isDirectory) {
    return new Id(local(spec), isDirectory);
  }

  /** A local path under the {@code faulty} scheme. */
  public static final class Id implements ResourceId {
    final String path;
    final boolean directory;

    Id(String path, boolean directory) {
      String p = path.endsWith("/") && !directory ? path.substring(0, path.length() - 1) : path;
      this.path = directory && !p.endsWith("/") ? p + "/" : p;
      this.directory = directory;
    }

    @Override
    public ResourceId resolve(String other, ResolveOptions options) {
      if (!directory) {
        throw new IllegalStateException("cannot resolve against a file: " + this);
      }
      return new Id(path + other, options == ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY);
    }

    @Override
    public ResourceId getCurrentDirectory() {
      if (directory) {
        return this;
      }
      return new Id(path.substring(0, path.lastIndexOf('/') + 1), true);
    }

    @Override
    public String getScheme() {
      return SCHEME;
    }

    @Override
    public String getFilename() {
      String p = directory ? path.substring(0, path.length() - 1) : path;
      return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public boolean isDirectory() {
      return directory;
    }

    @Override
    public String toString() {
      return SCHEME + "://" + path;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Id && ((Id) o).path.equals(path) && ((Id) o).directory == directory;
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, directory);
    }
  }

  /** Registers the scheme with Beam's FileSystems (ServiceLoader). */
  public static final class Registrar implements FileSystemRegistrar {
    @Override
    public Iterable<FileSystem<?>> fromOptions(PipelineOptions options) {
      return List.of(new FaultyFileSystem());
    }
  }
}
