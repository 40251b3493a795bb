package io.taskdeck.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Faults of nodes: the in-process executing node {@code x} restarted (stopped and started again
 * with the same id), and the node {@code p} in its own JVM started, killed with kill -9, or killed
 * and started again at once with the same id.
 */
final class NodeActions {
  private NodeActions() {}

  static Action<World> restartX() {
    return Action.just(
        "restart x (same id)",
        Transformer.mutate(
            "restart x (same id)",
            w -> {
              w.note("restart x (same id)");
              w.restartX();
            }));
  }

  static Action<World> startP() {
    return Action.<World>when(w -> !w.pAlive())
        .describeAs("start p (same id)")
        .justMutate(
            w -> {
              w.note("start p");
              start(w);
            });
  }

  static Action<World> killP() {
    return Action.<World>when(World::pAlive)
        .describeAs("kill -9 p")
        .justMutate(
            w -> {
              w.note("kill -9 p");
              kill(w);
            });
  }

  static Action<World> crashAndRestartP() {
    return Action.<World>when(World::pAlive)
        .describeAs("kill -9 p and restart it (same id)")
        .justMutate(
            w -> {
              w.note("kill -9 p and restart it at once (same id)");
              kill(w);
              start(w);
            });
  }

  private static void start(World w) {
    try {
      w.startP();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void kill(World w) {
    try {
      w.killP();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing p", e);
    }
  }
}
