package io.taskdeck.app;

import io.taskdeck.core.Bounds;
import io.taskdeck.core.ValidationException;
import io.taskdeck.store.JdbcUrls;
import io.taskdeck.store.Vendor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import picocli.CommandLine;

/** Checks option values that picocli parses but cannot judge; each failure names the option. */
final class OptionChecks {
  /** The shortest API token accepted when the API listens beyond this machine. */
  static final int MIN_NETWORK_TOKEN = 32;

  private OptionChecks() {}

  static void check(CommandLine cli, CliOptions o, Map<String, String> env) {
    if (o.httpPort() < 0 || o.httpPort() > 65535) {
      throw Main.badArgument(cli, "--http-port must be between 0 and 65535, got " + o.httpPort());
    }
    if (o.workerThreads() < 1 || o.workerThreads() > 500) {
      throw Main.badArgument(
          cli, "--worker-threads must be between 1 and 500, got " + o.workerThreads());
    }
    if (o.nodeId() != null && (o.nodeId().isBlank() || o.nodeId().length() > 100)) {
      throw Main.badArgument(cli, "--node-id must be 1 to 100 characters");
    }
    if (o.minInterval().compareTo(Bounds.MIN_INTERVAL) < 0
        || o.minInterval().compareTo(Bounds.MAX_DURATION) > 0) {
      throw Main.badArgument(
          cli,
          "--min-interval must be between PT1S and "
              + Bounds.MAX_DURATION
              + ", got "
              + o.minInterval());
    }
    if (o.db() != null) {
      checkDatabaseUrl(cli, o.db());
    }
    if (o.headless() && !isLoopback(cli, o.httpHost())) {
      String token = env.get(o.apiTokenEnv());
      if (blank(token) || token.strip().length() < MIN_NETWORK_TOKEN) {
        throw Main.badArgument(
            cli,
            "--http-host "
                + o.httpHost()
                + " is not a loopback address: it needs an API token of at least "
                + MIN_NETWORK_TOKEN
                + " characters in $"
                + o.apiTokenEnv()
                + (blank(token) ? "" : " (it has " + token.strip().length() + ")")
                + "; make one with: export "
                + o.apiTokenEnv()
                + "=$(openssl rand -hex 32)");
      }
    }
  }

  /** The store decides what it supports; its messages never show a password. */
  private static void checkDatabaseUrl(CommandLine cli, String url) {
    try {
      Vendor.of(url);
    } catch (ValidationException e) {
      throw Main.badArgument(cli, "--db: " + e.getMessage());
    }
    if (!JdbcUrls.redact(url).equals(url)) {
      throw Main.badArgument(
          cli,
          "--db must not contain a password; put it in the variable named by --db-password-env");
    }
  }

  static boolean isLoopback(CommandLine cli, String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw Main.badArgument(cli, "--http-host " + host + " cannot be resolved");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
