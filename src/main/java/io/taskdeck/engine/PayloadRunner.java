package io.taskdeck.engine;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.TaskSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a task's payload (shell, HTTP or no-op) within its timeout; never throws. */
final class PayloadRunner {
  private static final Logger log = LoggerFactory.getLogger(PayloadRunner.class);

  private final ShellExecutor shell;
  private final HttpExecutor http;

  PayloadRunner(ShellExecutor shell, HttpExecutor http) {
    this.shell = shell;
    this.http = http;
  }

  Outcome run(TaskSpec spec) {
    return run(spec, new LiveOutput());
  }

  /** Runs it, its output so far readable from {@code live} while it runs. */
  Outcome run(TaskSpec spec, LiveOutput live) {
    try {
      if (spec.payload() instanceof ShellPayload s) {
        return shell.run(s, spec.timeout(), live);
      }
      if (spec.payload() instanceof HttpPayload h) {
        return http.run(h, spec.timeout());
      }
      return Outcome.success(null);
    } catch (RuntimeException e) {
      log.warn("Task attempt failed with an exception", e);
      return Outcome.failed(e.toString());
    } finally {
      Thread.interrupted(); // an interrupt is fully handled by the executor; JDBC must not see it
    }
  }
}
