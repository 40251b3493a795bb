package io.taskdeck.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps library logging (Quartz, Hikari, Flyway) out of the harness's table: warnings only. */
final class BenchLogging {
  private BenchLogging() {}

  static void quiet() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.WARN);
    }
  }
}
