package io.taskdeck.api;

import io.taskdeck.core.ClusterNode;
import java.time.Instant;

/** A cluster node as the API shows it (docs/api.md). */
record NodeDto(
    String nodeId, String host, String mode, Instant lastCheckin, int running, String health) {
  static NodeDto of(ClusterNode n) {
    return new NodeDto(
        n.nodeId(),
        n.host(),
        n.mode().wireName(),
        n.lastCheckin(),
        n.running(),
        n.health().wireName());
  }
}
