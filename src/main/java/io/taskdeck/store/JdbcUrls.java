package io.taskdeck.store;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns JDBC URLs into forms that are safe to show: no passwords, no secrets. */
public final class JdbcUrls {
  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)((?:password|sslpassword|sslkey|token)=)([^&;]*)");
  private static final Pattern PG =
      Pattern.compile("(?i)jdbc:postgresql://([^/?]*)/?([^?]*)(?:\\?(.*))?");
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("(?i)(?:^|&)currentSchema=([^&]*)");

  private JdbcUrls() {}

  /**
   * An H2 file URL that survives thread interrupts: H2 closes the whole database when a thread is
   * interrupted during file I/O (Quartz interrupts its threads on shutdown), unless the file is
   * opened through H2's {@code retry:} file system. The file is the same, so processes using the
   * plain {@code file:} form share it. Other URLs are returned unchanged.
   */
  public static String interruptSafe(String url) {
    if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
      return url;
    }
    String rest = url.substring("jdbc:h2:".length());
    if (rest.regionMatches(true, 0, "file:", 0, "file:".length())) {
      return "jdbc:h2:retry:" + rest.substring("file:".length());
    }
    if (rest.startsWith("/")
        || rest.startsWith("~")
        || rest.startsWith("./")
        || rest.matches("(?s)^[A-Za-z]:[\\/].*")) {
      return "jdbc:h2:retry:" + rest;
    }
    return url;
  }

  /** The URL with the values of password-like parameters replaced by {@code ****}. */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    return SECRET_PARAM.matcher(url).replaceAll("$1****");
  }

  /** A short human form: "H2 /home/x/.taskdeck/taskdeck" or "PostgreSQL 127.0.0.1:5432/test". */
  public static String displayName(String url) {
    Vendor vendor = Vendor.of(url);
    if (vendor == Vendor.H2) {
      String rest = url.substring("jdbc:h2:".length());
      int semi = rest.indexOf(';');
      String path = semi >= 0 ? rest.substring(0, semi) : rest;
      if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
        path = path.substring("file:".length());
      }
      return "H2 " + path;
    }
    Matcher m = PG.matcher(url.trim());
    if (!m.matches()) {
      return "PostgreSQL";
    }
    String hostPart =
        m.group(1).contains("@") ? m.group(1).substring(m.group(1).indexOf('@') + 1) : m.group(1);
    String name = "PostgreSQL " + hostPart + "/" + m.group(2);
    return currentSchema(url).map(s -> name + " (schema " + s + ")").orElse(name);
  }

  /** The {@code currentSchema} parameter of a PostgreSQL URL, if any. */
  public static Optional<String> currentSchema(String url) {
    Matcher m = PG.matcher(url.trim());
    if (!m.matches() || m.group(3) == null) {
      return Optional.empty();
    }
    Matcher s = CURRENT_SCHEMA.matcher(m.group(3));
    if (!s.find() || s.group(1).isBlank()) {
      return Optional.empty();
    }
    String first = s.group(1).split(",")[0].trim();
    return first.isEmpty() ? Optional.empty() : Optional.of(first);
  }
}
