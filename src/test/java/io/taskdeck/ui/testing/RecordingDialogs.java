package io.taskdeck.ui.testing;

import io.taskdeck.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers confirmations as told and records what would have been shown. */
public final class RecordingDialogs implements DialogService {
  public final List<String> questions = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  private boolean answer;

  public RecordingDialogs answering(boolean yes) {
    this.answer = yes;
    return this;
  }

  @Override
  public Optional<Integer> choose(
      String title, String header, String content, java.util.List<String> answers) {
    questions.add(header);
    return Optional.of(answer ? 0 : answers.size() - 1);
  }

  @Override
  public boolean confirm(String title, String header, String content, String confirmLabel) {
    questions.add(header);
    return answer;
  }

  @Override
  public void showError(String title, String message) {
    errors.add(title + ": " + message);
  }

  @Override
  public Optional<Path> chooseDirectory(String title, Path initial) {
    return Optional.empty();
  }
}
