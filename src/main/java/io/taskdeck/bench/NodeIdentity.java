package io.taskdeck.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** Unique ids for the harness's schedulers and nodes: host, role and a random part. */
final class NodeIdentity {
  private NodeIdentity() {}

  static String next(String role) {
    return host() + "-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
