package io.taskdeck.bench;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Keeps library logging (Quartz, Hikari, Flyway) out of the harness's table and out of the user's
 * application log: warnings only, on stderr (the same configuration the nodes get).
 */
public final class BenchLogging {
  static final String CONFIG = "io/taskdeck/bench/bench-logback.xml";

  private BenchLogging() {}

  public static void quiet() {
    URL config = BenchLogging.class.getClassLoader().getResource(CONFIG);
    if (config != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      try {
        configurator.doConfigure(config);
      } catch (JoranException e) {
        throw new IllegalStateException("cannot read " + CONFIG, e);
      }
    }
  }
}
