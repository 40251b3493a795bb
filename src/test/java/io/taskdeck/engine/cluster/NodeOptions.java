package io.taskdeck.engine.cluster;

import java.util.List;

/** How a test starts a {@link ClusterNodeMain}. */
record NodeOptions(String jdbcUrl, String nodeId, boolean executing, long checkinMs, long idleWaitMs, int workers) {

  static NodeOptions executing(String jdbcUrl, String nodeId) {
    return new NodeOptions(jdbcUrl, nodeId, true, 1000, 1000, 4);
  }

  static NodeOptions manageOnly(String jdbcUrl, String nodeId) {
    return new NodeOptions(jdbcUrl, nodeId, false, 1000, 1000, 4);
  }

  NodeOptions withIdleWaitMs(long ms) {
    return new NodeOptions(jdbcUrl, nodeId, executing, checkinMs, ms, workers);
  }

  NodeOptions withWorkers(int n) {
    return new NodeOptions(jdbcUrl, nodeId, executing, checkinMs, idleWaitMs, n);
  }

  /** The arguments of {@link ClusterNodeMain}, with the test database's user and password. */
  List<String> args(String user, String password) {
    List<String> args = new java.util.ArrayList<>(List.of(
        jdbcUrl, nodeId, executing ? "executing" : "manage-only", Long.toString(checkinMs), Long.toString(idleWaitMs),
        Integer.toString(workers)));
    if (user != null) {
      args.add(user);
      args.add(password == null ? "" : password);
    }
    return args;
  }
}
