package io.taskdeck.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Node ids: host, process id and a random part, so two processes started in the same millisecond on
 * the same host never collide (Quartz's {@code AUTO} can).
 */
public final class NodeIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private NodeIds() {}

  /** For example {@code laptop-4711-9f3a2c1b}. */
  public static String generate() {
    byte[] random = new byte[4];
    RANDOM.nextBytes(random);
    return host() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
  }

  private static String host() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      String clean = name.replaceAll("[^A-Za-z0-9._-]", "");
      return clean.isEmpty() ? "host" : clean.substring(0, Math.min(clean.length(), 60));
    } catch (UnknownHostException e) {
      return "host";
    }
  }
}
