package io.taskdeck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the last {@code capacity} bytes written to it (a ring), counting what it dropped. */
final class TailBuffer {
  static final int DEFAULT_CAPACITY = 64 * 1024;

  private final byte[] ring;
  private long total;

  TailBuffer(int capacity) {
    this.ring = new byte[capacity];
  }

  synchronized void write(byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      ring[(int) (total++ % ring.length)] = b[off + i];
    }
  }

  /** Reads {@code in} to its end into this buffer. */
  void drain(InputStream in) throws IOException {
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) >= 0) {
      write(chunk, 0, n);
    }
  }

  synchronized long total() {
    return total;
  }

  /** The kept bytes as UTF-8, prefixed with a note when the start was dropped. */
  synchronized String text() {
    if (total <= ring.length) {
      return new String(ring, 0, (int) total, StandardCharsets.UTF_8);
    }
    int start = (int) (total % ring.length);
    byte[] ordered = new byte[ring.length];
    System.arraycopy(ring, start, ordered, 0, ring.length - start);
    System.arraycopy(ring, 0, ordered, ring.length - start, start);
    return "[first "
        + (total - ring.length)
        + " bytes dropped]\n"
        + new String(ordered, StandardCharsets.UTF_8);
  }
}
