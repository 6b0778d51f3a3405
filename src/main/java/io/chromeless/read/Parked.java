package io.chromeless.read;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readers left open at a checkpoint of {@link ReadPages}' splittable read, with the record they
 * had read but not claimed, so that reading the rest of the same file in this JVM goes on from
 * there instead of opening the file again and passing over what was read. A runner that resumes
 * elsewhere never finds one and opens the file at the place the span gives: the outcome is the
 * same, only slower for a file that cannot be opened in the middle (one compressed stream).
 *
 * <p>At most {@link #MAX} readers wait; the one waiting longest is closed to make room.
 */
final class Parked {
  static final int MAX = 16;
  /** Off in tests of the other path: every resume opens the file again. */
  static volatile boolean enabled = true;

  private static final Map<String, Parked> WAITING = new LinkedHashMap<>(32, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Parked> eldest) {
      if (size() > MAX) {
        eldest.getValue().close();
        return true;
      }
      return false;
    }
  };

  final RecordReader reader;
  /** The record read but not claimed: the first of the rest of the file. */
  final SourceRecord next;
  /** {@link RecordReader#skipped()} as counted so far. */
  final long skippedSeen;

  Parked(RecordReader reader, SourceRecord next, long skippedSeen) {
    this.reader = reader;
    this.next = next;
    this.skippedSeen = skippedSeen;
  }

  static void park(String uri, RecordReader.Start rest, Parked p) {
    if (!enabled) {
      p.close();
      return;
    }
    Parked old;
    synchronized (WAITING) {
      old = WAITING.put(key(uri, rest), p);
    }
    if (old != null) {
      old.close();
    }
  }

  /** The reader parked for the rest of {@code uri} from {@code rest}, taken out; or null. */
  static Parked take(String uri, RecordReader.Start rest) {
    synchronized (WAITING) {
      return WAITING.remove(key(uri, rest));
    }
  }

  static int waiting() {
    synchronized (WAITING) {
      return WAITING.size();
    }
  }

  private static String key(String uri, RecordReader.Start rest) {
    return uri + "\n" + rest;
  }

  private void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // a reader nobody will read from again
    }
  }
}
