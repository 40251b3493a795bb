package io.taskdeck.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Supplier<Window> owner;

  public FxDialogService(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public boolean confirm(String title, String header, String content, String confirmLabel) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Keep", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.initOwner(owner.get());
    alert.getDialogPane().getStyleClass().add("confirm-dialog");
    // the action asked about may destroy something: Enter and Space keep, only a deliberate click
    // confirms
    Button confirm = (Button) alert.getDialogPane().lookupButton(yes);
    Button keep = (Button) alert.getDialogPane().lookupButton(no);
    confirm.setDefaultButton(false);
    confirm.setId("confirmButton");
    keep.setDefaultButton(true);
    keep.setId("keepButton");
    alert.setOnShown(e -> keep.requestFocus());
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  @Override
  public Optional<Integer> choose(
      String title, String header, String content, List<String> answers) {
    List<ButtonType> buttons =
        answers.stream().map(a -> new ButtonType(a, ButtonBar.ButtonData.OTHER)).toList();
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, content, buttons.toArray(ButtonType[]::new));
    alert.setTitle(title);
    alert.setHeaderText(header);
    alert.initOwner(owner.get());
    alert.getDialogPane().setId("chooseDialog");
    Button first = (Button) alert.getDialogPane().lookupButton(buttons.get(0));
    first.setDefaultButton(true);
    alert.setOnShown(e -> first.requestFocus());
    return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.setTitle(title);
    alert.setHeaderText(title);
    alert.initOwner(owner.get());
    alert.showAndWait();
  }

  @Override
  public Optional<Path> chooseDirectory(String title, Path initial) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (initial != null && Files.isDirectory(initial)) {
      chooser.setInitialDirectory(initial.toFile());
    }
    return Optional.ofNullable(chooser.showDialog(owner.get())).map(f -> f.toPath());
  }
}
