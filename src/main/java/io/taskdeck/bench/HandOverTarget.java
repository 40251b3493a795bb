package io.taskdeck.bench;

import io.taskdeck.core.TaskService;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * An engine's harness side on an embedded H2 database, which it hands over to the nodes while they
 * run. In H2's automatic mixed mode the first process to open the file hosts the database in its
 * own JVM and later ones connect to it over TCP. A Taskdeck process on a data dir is that first
 * process, so the nodes, not the harness, must open it first: {@link #detach()} closes the
 * harness's side before the nodes start, {@link #attach()} reopens it afterwards, as a client of
 * the hosting node. When that node stops, the harness's pool reconnects and hosts the file itself.
 */
final class HandOverTarget implements BenchTarget {
  private final Supplier<BenchTarget> opener;
  private BenchTarget current;

  HandOverTarget(Supplier<BenchTarget> opener) {
    this.opener = opener;
    this.current = opener.get();
  }

  @Override
  public synchronized void detach() {
    if (current != null) {
      BenchTarget closing = current;
      current = null;
      closing.close();
    }
  }

  @Override
  public synchronized void attach() {
    if (current == null) {
      current = opener.get();
    }
  }

  private synchronized BenchTarget current() {
    if (current == null) {
      throw new IllegalStateException(
          "the harness is detached from the database while the nodes start");
    }
    return current;
  }

  @Override
  public TaskFeeder feeder() {
    return current().feeder();
  }

  @Override
  public ExecutionLog executionLog() {
    return current().executionLog();
  }

  @Override
  public long storedTaskCount() {
    return current().storedTaskCount();
  }

  @Override
  public DataSource dataSource() {
    return current().dataSource();
  }

  @Override
  public Optional<TaskService> taskService() {
    return current().taskService();
  }

  @Override
  public void close() {
    detach();
  }
}
