package io.taskdeck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks a {@link TaskSpec} against the {@link Bounds}; every rejection names its field. */
public final class TaskValidator {
  public static final int MAX_NAME_LENGTH = Bounds.MAX_NAME;

  /** Variables a task may not set: the server's own settings and secrets live under this prefix. */
  public static final String RESERVED_ENV_PREFIX = "TASKDECK_";

  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final CronSyntax cron;
  private final Duration minInterval;

  /** A validator with the interval floor of {@link Bounds#MIN_INTERVAL}. */
  public TaskValidator(CronSyntax cron) {
    this(cron, Bounds.MIN_INTERVAL);
  }

  /**
   * A validator whose interval floor is {@code minInterval}, never below {@link
   * Bounds#MIN_INTERVAL}.
   */
  public TaskValidator(CronSyntax cron, Duration minInterval) {
    this.cron = cron;
    this.minInterval =
        minInterval.compareTo(Bounds.MIN_INTERVAL) < 0 ? Bounds.MIN_INTERVAL : minInterval;
  }

  /** Throws {@link ValidationException} for the first problem found. */
  public void validate(TaskSpec spec) {
    validate(spec, "");
  }

  /** Like {@link #validate(TaskSpec)}, prefixing field names (e.g. {@code tasks[2].}). */
  public void validate(TaskSpec spec, String prefix) {
    if (spec == null) {
      throw new ValidationException(
          prefix.isEmpty() ? "body" : stripDot(prefix), "a task is required");
    }
    checkName(spec.name(), prefix);
    Bounds.text(prefix + "group", spec.group(), Bounds.MAX_NAME);
    Bounds.text(prefix + "description", spec.description(), Bounds.MAX_DESCRIPTION);
    Bounds.text(prefix + "calendar", spec.calendar(), Bounds.MAX_CALENDAR_NAME);
    checkPayload(spec.payload(), prefix + "payload.");
    checkSchedule(spec.schedule(), prefix + "schedule.");
    checkRetry(spec.retry(), prefix + "retry.");
    Bounds.duration(prefix + "timeout", spec.timeout());
  }

  private static String stripDot(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private static void checkName(String name, String prefix) {
    if (name == null || name.isBlank()) {
      throw new ValidationException(prefix + "name", "name must not be blank");
    }
    Bounds.text(prefix + "name", name, MAX_NAME_LENGTH);
  }

  private void checkPayload(Payload payload, String prefix) {
    if (payload instanceof ShellPayload shell) {
      if (shell.command() == null || shell.command().isBlank()) {
        throw new ValidationException(prefix + "command", "a shell task needs a command");
      }
      Bounds.bytes(prefix + "command", shell.command(), Bounds.MAX_COMMAND_BYTES);
      Bounds.text(prefix + "working_dir", shell.workingDir(), Bounds.MAX_VALUE);
      checkEnv(shell, prefix);
    } else if (payload instanceof HttpPayload http) {
      Bounds.text(prefix + "url", http.url(), Bounds.MAX_URL);
      checkUrl(http.url(), prefix + "url");
      Bounds.text(prefix + "method", http.method());
      if (!HTTP_METHODS.contains(http.method().toUpperCase(Locale.ROOT))) {
        throw new ValidationException(
            prefix + "method", "unsupported HTTP method '" + http.method() + "'");
      }
      checkEntries(http.headers(), prefix + "headers");
      Bounds.bytes(prefix + "body", http.body(), Bounds.MAX_COMMAND_BYTES);
    }
  }

  private static void checkEnv(ShellPayload shell, String prefix) {
    String field = prefix + "env";
    checkEntries(shell.env(), field);
    for (String name : shell.env().keySet()) {
      if (name.isEmpty() || name.indexOf('=') >= 0) {
        throw new ValidationException(
            field + "." + name, "a variable name must be non-empty and without '='");
      }
      if (name.toUpperCase(Locale.ROOT).startsWith(RESERVED_ENV_PREFIX)) {
        throw new ValidationException(
            field + "." + name,
            "variables named " + RESERVED_ENV_PREFIX + "* are reserved for the server");
      }
    }
    for (String secret : shell.secretEnv()) {
      if (!shell.env().containsKey(secret)) {
        throw new ValidationException(
            prefix + "secret_env",
            "secret_env names '" + secret + "', which is not a variable of env");
      }
    }
  }

  private static void checkEntries(Map<String, String> entries, String field) {
    if (entries.size() > Bounds.MAX_ENTRIES) {
      throw new ValidationException(
          field, field + " may hold at most " + Bounds.MAX_ENTRIES + " entries");
    }
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String where = field + "." + e.getKey();
      Bounds.text(where, e.getKey(), Bounds.MAX_NAME);
      Bounds.text(where, e.getValue(), Bounds.MAX_VALUE);
    }
  }

  private static void checkUrl(String url, String field) {
    if (url == null || url.isBlank()) {
      throw new ValidationException(field, "an HTTP task needs a url");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (!uri.isAbsolute()
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new ValidationException(
            field, "url must be an absolute http(s) URL, got '" + url + "'");
      }
    } catch (URISyntaxException e) {
      throw new ValidationException(field, "url is not a valid URI: " + e.getReason());
    }
  }

  private void checkSchedule(Schedule schedule, String prefix) {
    if (schedule instanceof Schedule.Once once) {
      Bounds.instant(prefix + "at", once.at());
    } else if (schedule instanceof Schedule.Interval interval) {
      checkInterval(interval, prefix);
    } else if (schedule instanceof Schedule.Cron c) {
      if (c.expression() == null || c.expression().isBlank()) {
        throw new ValidationException(prefix + "expression", "a cron schedule needs an expression");
      }
      Bounds.text(prefix + "expression", c.expression(), Bounds.MAX_CRON);
      cron.problem(c.expression())
          .ifPresent(
              reason ->
                  throw_(
                      prefix + "expression",
                      "invalid cron expression '" + c.expression() + "': " + reason));
    }
  }

  private void checkInterval(Schedule.Interval interval, String prefix) {
    if (interval.every() == null) {
      throw new ValidationException(prefix + "every", "an interval schedule needs 'every'");
    }
    Bounds.duration(prefix + "every", interval.every());
    if (interval.every().compareTo(minInterval) < 0) {
      throw new ValidationException(
          prefix + "every",
          prefix + "every must be at least " + minInterval + ", got " + interval.every());
    }
    Bounds.instant(prefix + "start_at", interval.startAt());
    Bounds.instant(prefix + "end_at", interval.endAt());
    if (interval.repeat() != null && interval.repeat() < 1) {
      throw new ValidationException(prefix + "repeat", "repeat must be at least 1");
    }
    if (interval.startAt() != null
        && interval.endAt() != null
        && !interval.endAt().isAfter(interval.startAt())) {
      throw new ValidationException(prefix + "end_at", "end_at must be after start_at");
    }
  }

  private static void throw_(String field, String message) {
    throw new ValidationException(field, message);
  }

  private static void checkRetry(RetryPolicy retry, String prefix) {
    if (retry.maxAttempts() < 1) {
      throw new ValidationException(prefix + "max_attempts", "max_attempts must be at least 1");
    }
    if (retry.maxAttempts() > 100) {
      throw new ValidationException(prefix + "max_attempts", "max_attempts must be at most 100");
    }
    Bounds.duration(prefix + "initial_delay", retry.initialDelay());
    Bounds.duration(prefix + "max_delay", retry.maxDelay());
    if (!(retry.multiplier() >= 1.0) || retry.multiplier() > 100) {
      throw new ValidationException(prefix + "multiplier", "multiplier must be between 1 and 100");
    }
    if (!(retry.jitter() >= 0.0 && retry.jitter() <= 1.0)) {
      throw new ValidationException(prefix + "jitter", "jitter must be between 0 and 1");
    }
  }
}
