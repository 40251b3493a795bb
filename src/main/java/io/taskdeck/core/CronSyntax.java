package io.taskdeck.core;

import java.util.Optional;

/** Checks cron expressions; the engine provides the Quartz-backed implementation. */
@FunctionalInterface
public interface CronSyntax {
  /** Returns the parser's reason when {@code expression} is invalid, or empty when it is valid. */
  Optional<String> problem(String expression);
}
