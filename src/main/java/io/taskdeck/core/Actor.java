package io.taskdeck.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Who makes a change, as the audit trail names them (docs/audit.md): a named API token, the {@code
 * --api-token-env} token ({@code env}), an open loopback API ({@code local}), the desktop ({@code
 * desktop:USER@HOST}) or the command line ({@code cli:USER@HOST}). The services take one through
 * their {@code as(Actor)} views; {@code requestId} is the API request's X-Request-Id, or null.
 */
public record Actor(String name, Kind kind, String requestId) {
  /** What kind of caller. */
  public enum Kind {
    TOKEN,
    ENV,
    LOCAL,
    DESKTOP,
    CLI;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Actor {
    if (name == null || name.isBlank() || kind == null) {
      throw new IllegalArgumentException("an actor needs a name and a kind");
    }
  }

  public static Actor token(String tokenName, String requestId) {
    return new Actor(tokenName, Kind.TOKEN, requestId);
  }

  public static Actor env(String requestId) {
    return new Actor(TokenService.ENV_TOKEN_NAME, Kind.ENV, requestId);
  }

  public static Actor local(String requestId) {
    return new Actor("local", Kind.LOCAL, requestId);
  }

  /** The desktop of {@code user} on {@code host}. */
  public static Actor desktop(String user, String host) {
    return new Actor("desktop:" + user + "@" + host, Kind.DESKTOP, null);
  }

  /** The desktop run by this process's OS user on this host. */
  public static Actor desktop() {
    return desktop(osUser(), hostName());
  }

  /** The command line run by this process's OS user on this host. */
  public static Actor cli() {
    return new Actor("cli:" + osUser() + "@" + hostName(), Kind.CLI, null);
  }

  private static String osUser() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
