package io.taskdeck.engine.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a test starts a {@link ClusterNodeMain}.
 *
 * @param properties system properties of the node's JVM, such as {@link
 *     ClusterNodeMain#CLOCK_OFFSET}
 */
public record NodeOptions(
    String jdbcUrl,
    String nodeId,
    boolean executing,
    long checkinMs,
    long idleWaitMs,
    int workers,
    Map<String, String> properties) {

  public NodeOptions {
    properties = Map.copyOf(properties);
  }

  public static NodeOptions executing(String jdbcUrl, String nodeId) {
    return new NodeOptions(jdbcUrl, nodeId, true, 1000, 1000, 4, Map.of());
  }

  public static NodeOptions manageOnly(String jdbcUrl, String nodeId) {
    return new NodeOptions(jdbcUrl, nodeId, false, 1000, 1000, 4, Map.of());
  }

  public NodeOptions withIdleWaitMs(long ms) {
    return new NodeOptions(jdbcUrl, nodeId, executing, checkinMs, ms, workers, properties);
  }

  public NodeOptions withWorkers(int n) {
    return new NodeOptions(jdbcUrl, nodeId, executing, checkinMs, idleWaitMs, n, properties);
  }

  public NodeOptions withCheckinMs(long ms) {
    return new NodeOptions(jdbcUrl, nodeId, executing, ms, idleWaitMs, workers, properties);
  }

  /** This node's clock runs {@code ms} ahead of the machine's (behind when negative). */
  public NodeOptions withClockOffsetMs(long ms) {
    return withProperty(ClusterNodeMain.CLOCK_OFFSET, Long.toString(ms));
  }

  public NodeOptions withProperty(String key, String value) {
    Map<String, String> p = new TreeMap<>(properties);
    p.put(key, value);
    return new NodeOptions(jdbcUrl, nodeId, executing, checkinMs, idleWaitMs, workers, p);
  }

  /** The same node on another database URL (the same database with other session settings, say). */
  public NodeOptions withUrl(String url) {
    return new NodeOptions(url, nodeId, executing, checkinMs, idleWaitMs, workers, properties);
  }

  /** The JVM options for {@link #properties}. */
  List<String> jvmOptions() {
    List<String> out = new ArrayList<>();
    properties.forEach((k, v) -> out.add("-D" + k + "=" + v));
    return out;
  }

  /** The arguments of {@link ClusterNodeMain}, with the test database's user and password. */
  List<String> args(String user, String password) {
    List<String> args =
        new ArrayList<>(
            List.of(
                jdbcUrl,
                nodeId,
                executing ? "executing" : "manage-only",
                Long.toString(checkinMs),
                Long.toString(idleWaitMs),
                Integer.toString(workers)));
    if (user != null) {
      args.add(user);
      args.add(password == null ? "" : password);
    }
    return args;
  }
}
