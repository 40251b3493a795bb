package io.taskdeck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Checks a {@link TaskSpec}; every rejection names its field. */
public final class TaskValidator {
  public static final int MAX_NAME_LENGTH = 255;
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private final CronSyntax cron;

  public TaskValidator(CronSyntax cron) {
    this.cron = cron;
  }

  /** Throws {@link ValidationException} for the first problem found. */
  public void validate(TaskSpec spec) {
    validate(spec, "");
  }

  /** Like {@link #validate(TaskSpec)}, prefixing field names (e.g. {@code tasks[2].}). */
  public void validate(TaskSpec spec, String prefix) {
    if (spec == null) {
      throw new ValidationException(prefix.isEmpty() ? "body" : stripDot(prefix), "a task is required");
    }
    checkName(spec.name(), prefix);
    checkLength(spec.group(), prefix + "group");
    checkLength(spec.calendar(), prefix + "calendar");
    checkPayload(spec.payload(), prefix + "payload.");
    checkSchedule(spec.schedule(), prefix + "schedule.");
    checkRetry(spec.retry(), prefix + "retry.");
    positive(spec.timeout(), prefix + "timeout");
  }

  private static String stripDot(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private static void checkName(String name, String prefix) {
    if (name == null || name.isBlank()) {
      throw new ValidationException(prefix + "name", "name must not be blank");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new ValidationException(
          prefix + "name", "name must be at most " + MAX_NAME_LENGTH + " characters");
    }
  }

  private static void checkLength(String value, String field) {
    if (value != null && value.length() > MAX_NAME_LENGTH) {
      throw new ValidationException(field, field + " must be at most " + MAX_NAME_LENGTH + " characters");
    }
  }

  private void checkPayload(Payload payload, String prefix) {
    if (payload instanceof ShellPayload shell) {
      if (shell.command() == null || shell.command().isBlank()) {
        throw new ValidationException(prefix + "command", "a shell task needs a command");
      }
    } else if (payload instanceof HttpPayload http) {
      checkUrl(http.url(), prefix + "url");
      if (!HTTP_METHODS.contains(http.method().toUpperCase(Locale.ROOT))) {
        throw new ValidationException(
            prefix + "method", "unsupported HTTP method '" + http.method() + "'");
      }
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
        throw new ValidationException(field, "url must be an absolute http(s) URL, got '" + url + "'");
      }
    } catch (URISyntaxException e) {
      throw new ValidationException(field, "url is not a valid URI: " + e.getReason());
    }
  }

  private void checkSchedule(Schedule schedule, String prefix) {
    if (schedule instanceof Schedule.Interval interval) {
      positive(interval.every(), prefix + "every");
      if (interval.every() == null) {
        throw new ValidationException(prefix + "every", "an interval schedule needs 'every'");
      }
      if (interval.repeat() != null && interval.repeat() < 1) {
        throw new ValidationException(prefix + "repeat", "repeat must be at least 1");
      }
      if (interval.startAt() != null
          && interval.endAt() != null
          && !interval.endAt().isAfter(interval.startAt())) {
        throw new ValidationException(prefix + "end_at", "end_at must be after start_at");
      }
    } else if (schedule instanceof Schedule.Cron c) {
      if (c.expression() == null || c.expression().isBlank()) {
        throw new ValidationException(prefix + "expression", "a cron schedule needs an expression");
      }
      cron.problem(c.expression())
          .ifPresent(
              reason ->
                  throw_(prefix + "expression", "invalid cron expression '" + c.expression() + "': " + reason));
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
    positive(retry.initialDelay(), prefix + "initial_delay");
    positive(retry.maxDelay(), prefix + "max_delay");
    if (!(retry.multiplier() >= 1.0) || retry.multiplier() > 100) {
      throw new ValidationException(prefix + "multiplier", "multiplier must be between 1 and 100");
    }
    if (!(retry.jitter() >= 0.0 && retry.jitter() <= 1.0)) {
      throw new ValidationException(prefix + "jitter", "jitter must be between 0 and 1");
    }
  }

  private static void positive(Duration d, String field) {
    if (d != null && (d.isNegative() || d.isZero())) {
      throw new ValidationException(field, field + " must be a positive duration, got " + d);
    }
  }
}
