package io.taskdeck.ui.testing;

import java.time.Duration;
import javafx.scene.Node;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;

/**
 * Waits for a node to be shown before a robot touches it: a dialog or a window opened by a click
 * shows a moment later, longer on a busy machine, and a lookup made too early finds nothing or a
 * node not yet visible.
 */
public final class Shown {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private Shown() {}

  /** Waits until {@code query} (an id selector or a text) matches a visible node. */
  public static void await(FxRobot robot, String query) {
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () -> Fx.call(() -> robot.lookup(query).match(Node::isVisible).tryQuery().isPresent()));
  }

  /** Waits until {@code query} matches a visible node, then clicks it. */
  public static FxRobotInterface click(FxRobot robot, String query) {
    await(robot, query);
    return robot.clickOn(query);
  }
}
