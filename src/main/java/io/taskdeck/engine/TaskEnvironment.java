package io.taskdeck.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment a shell task starts with: the server's variables named by an allowlist (a name,
 * or a prefix ending in {@code *} such as {@code LC_*}), plus the task's own {@code env}. Nothing
 * named {@code TASKDECK_*} and no variable named in {@code denied} (the variables that hold the
 * database password and the API token) ever reaches a task, whichever side it comes from.
 *
 * @param allowed the server variables passed on, matched without regard to case
 * @param denied variables never passed on, matched without regard to case
 */
public record TaskEnvironment(List<String> allowed, Set<String> denied) {
  /** What a task sees of the server by default; the Windows names keep cmd.exe working there. */
  public static final List<String> DEFAULT_ALLOWED =
      List.of(
          "PATH",
          "HOME",
          "LANG",
          "LC_*",
          "TZ",
          "USER",
          "LOGNAME",
          "TMPDIR",
          "SYSTEMROOT",
          "COMSPEC",
          "PATHEXT",
          "WINDIR",
          "TEMP",
          "TMP",
          "USERPROFILE");

  public static final String RESERVED_PREFIX = "TASKDECK_";
  public static final TaskEnvironment DEFAULT =
      new TaskEnvironment(DEFAULT_ALLOWED, Set.of("TASKDECK_DB_PASSWORD", "TASKDECK_API_TOKEN"));

  public TaskEnvironment {
    allowed = allowed.stream().map(TaskEnvironment::upper).toList();
    denied = denied.stream().map(TaskEnvironment::upper).collect(Collectors.toUnmodifiableSet());
  }

  /** The allowlist of the defaults with {@code denied} as the secret variables' names. */
  public static TaskEnvironment denying(Set<String> denied) {
    return new TaskEnvironment(DEFAULT_ALLOWED, denied);
  }

  /**
   * A task's whole environment: the allowed part of {@code server}, then the task's {@code own}.
   */
  Map<String, String> build(Map<String, String> server, Map<String, String> own) {
    Map<String, String> env = new LinkedHashMap<>();
    server.forEach(
        (name, value) -> {
          if (isAllowed(name) && !isWithheld(name)) {
            env.put(name, value);
          }
        });
    own.forEach(
        (name, value) -> {
          if (!isWithheld(name)) {
            env.put(name, value);
          }
        });
    return env;
  }

  /** True for a name no task may see: {@code TASKDECK_*} or one of the denied. */
  boolean isWithheld(String name) {
    String n = upper(name);
    return n.startsWith(RESERVED_PREFIX) || denied.contains(n);
  }

  private boolean isAllowed(String name) {
    String n = upper(name);
    for (String a : allowed) {
      if (a.endsWith("*") ? n.startsWith(a.substring(0, a.length() - 1)) : n.equals(a)) {
        return true;
      }
    }
    return false;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
