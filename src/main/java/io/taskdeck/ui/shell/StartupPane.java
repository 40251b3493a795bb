package io.taskdeck.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows while the engine starts or stops: a spinner and what is happening. */
public final class StartupPane extends VBox {
  private final Label message = new Label();

  public StartupPane(String text) {
    Label logo = new Label("Taskdeck");
    logo.getStyleClass().addAll("title-1", "app-title");
    ProgressIndicator progress = new ProgressIndicator();
    progress.setMaxSize(44, 44);
    message.setText(text);
    message.setId("startupMessage");
    message.getStyleClass().add("text-muted");
    getChildren().addAll(logo, progress, message);
    setSpacing(16);
    setAlignment(Pos.CENTER);
    getStyleClass().add("startup-pane");
  }

  public void setMessage(String text) {
    message.setText(text);
  }
}
