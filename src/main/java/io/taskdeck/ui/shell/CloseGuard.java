package io.taskdeck.ui.shell;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.Page;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What closing the window does to attempts running on this node, asked before it happens: wait for
 * them, stop them (each ends STOPPED and does not run again), or close now, where on a shared
 * database the other executing nodes run them again.
 */
public final class CloseGuard {
  /** The answers. */
  public enum Choice {
    WAIT("Wait for them"),
    STOP("Stop them"),
    CLOSE_NOW("Close now"),
    KEEP_OPEN("Keep Taskdeck open");

    private final String label;

    Choice(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The question to ask, with its choices in order. */
  public record Question(String header, String content, List<Choice> choices) {}

  private CloseGuard() {}

  /** Background thread: the question for this node's running attempts, or empty when none runs. */
  public static Optional<Question> ask(TaskService service) {
    EngineInfo info = service.info();
    if (info.runningAttempts() == 0) {
      return Optional.empty();
    }
    long others =
        service.clusterNodes().stream()
            .filter(
                n ->
                    !n.nodeId().equals(info.nodeId())
                        && n.mode() == ClusterNode.Mode.EXECUTING
                        && n.health() == ClusterNode.Health.OK)
            .count();
    return Optional.of(question(info.runningAttempts(), others));
  }

  static Question question(int running, long otherExecutingNodes) {
    String what = running == 1 ? "1 attempt is running" : running + " attempts are running";
    String closeNow =
        otherExecutingNodes > 0
            ? "Close now: they are interrupted here and "
                + (otherExecutingNodes == 1
                    ? "the other node runs"
                    : "the other " + otherExecutingNodes + " nodes run")
                + " them again, once."
            : "Close now: they are interrupted and recorded as such, and run again when Taskdeck next starts on this"
                + " database.";
    return new Question(
        what + " on this node",
        "Wait: Taskdeck closes once no attempt runs here (new ones may start meanwhile; close now at any time).\n"
            + "Stop them: each is killed and recorded as Stopped; it does not run again (a recurring task goes on"
            + " with its next run).\n"
            + closeNow,
        List.of(Choice.WAIT, Choice.STOP, Choice.CLOSE_NOW, Choice.KEEP_OPEN));
  }

  /**
   * Background thread: stops every attempt running on this node (each settles STOPPED); how many it
   * stopped.
   */
  public static int stopRunning(TaskService service) {
    String node = service.info().nodeId();
    int stopped = 0;
    String cursor = null;
    do {
      Page<Execution> page =
          service.executions(
              new ExecutionQuery(
                  null, Set.of(ExecutionStatus.RUNNING), null, null, TaskQuery.MAX_LIMIT, cursor));
      for (Execution e : page.items()) {
        if (node.equals(e.nodeId())) {
          try {
            service.stopExecution(e.logId());
            stopped++;
          } catch (IllegalStateChangeException endedMeanwhile) {
            // it finished on its own between the listing and the stop
          }
        }
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return stopped;
  }
}
