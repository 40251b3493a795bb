package io.taskdeck.ui.shell;

import io.taskdeck.ui.tasks.TasksView;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The main window's keyboard shortcuts; task actions switch to the Tasks view first, F5 refreshes
 * the view shown.
 */
public final class Shortcuts {
  private Shortcuts() {}

  public static void install(Scene scene, MainWindow window) {
    TasksView tasks = window.tasks();
    put(scene, "Shortcut+N", () -> onTasks(window, tasks::newTask));
    put(scene, "Shortcut+E", () -> onTasks(window, tasks::editSelected));
    put(scene, "Shortcut+D", () -> onTasks(window, tasks::duplicateSelected));
    put(scene, "Shortcut+R", () -> onTasks(window, tasks::runSelected));
    put(scene, "Shortcut+Shift+R", () -> onTasks(window, tasks::rescheduleSelected));
    put(scene, "Shortcut+P", () -> onTasks(window, tasks::togglePauseSelected));
    put(scene, "Shortcut+Shift+S", () -> onTasks(window, tasks::stopSelected));
    put(scene, "Shortcut+F", () -> onTasks(window, tasks::focusSearch));
    put(scene, "F5", window::refreshCurrent);
    for (ViewKind kind : ViewKind.values()) {
      put(scene, kind.shortcut(), () -> window.select(kind));
    }
  }

  private static void onTasks(MainWindow window, Runnable action) {
    if (window.selected() != ViewKind.TASKS) {
      window.select(ViewKind.TASKS);
    }
    action.run();
  }

  private static void put(Scene scene, String keys, Runnable action) {
    scene.getAccelerators().put(KeyCombination.keyCombination(keys), action);
  }
}
