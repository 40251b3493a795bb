package io.taskdeck.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:faulty:/dir/db}) over the real disk whose writes fail with "No
 * space left on device" while {@link #full(boolean)} says so: the disk-full of issue 17, without a
 * tmpfs. H2 closes the database at the first failed write, as it does on a real full disk.
 */
public final class FaultyDisk extends FilePathWrapper {
  private static volatile boolean full;

  /** Makes the {@code faulty:} prefix known to H2; harmless when called again. */
  public static void register() {
    FilePath.register(new FaultyDisk());
  }

  public static void full(boolean isFull) {
    full = isFull;
  }

  @Override
  public String getScheme() {
    return "faulty";
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new Channel(getBase().open(mode));
  }

  private static void check() throws IOException {
    if (full) {
      throw new IOException("No space left on device (simulated by FaultyDisk)");
    }
  }

  private static final class Channel extends FileBase {
    private final FileChannel base;

    Channel(FileChannel base) {
      this.base = base;
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public synchronized int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      check();
      return base.write(src);
    }

    @Override
    public synchronized int write(ByteBuffer src, long position) throws IOException {
      check();
      return base.write(src, position);
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      check();
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      check();
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
