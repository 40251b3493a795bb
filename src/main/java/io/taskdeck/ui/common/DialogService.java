package io.taskdeck.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks the user things; ViewModels use it so tests can answer for the user. */
public interface DialogService {

  /** Asks a yes/no question; true when the user confirms {@code confirmLabel}. */
  boolean confirm(String title, String header, String content, String confirmLabel);

  /**
   * Asks a question with several answers (labels in order, the first one the default); the index of
   * the answer, empty when the dialog is closed without one.
   */
  Optional<Integer> choose(String title, String header, String content, List<String> answers);

  /** Shows an error a person can act on (no stack trace). */
  void showError(String title, String message);

  /** Lets the user pick a directory; empty when cancelled. */
  Optional<Path> chooseDirectory(String title, Path initial);
}
