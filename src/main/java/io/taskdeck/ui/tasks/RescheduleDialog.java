package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.Task;
import io.taskdeck.ui.common.DateText;
import io.taskdeck.ui.common.FieldErrors;
import io.taskdeck.ui.common.UiContext;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Moves one task to a new schedule, with the same builder as the editor. */
final class RescheduleDialog {
  private final Dialog<Schedule> dialog = new Dialog<>();

  RescheduleDialog(UiContext ctx, Task task, Window owner) {
    FieldErrors errors = new FieldErrors();
    ScheduleBuilderViewModel model =
        new ScheduleBuilderViewModel(
            ctx.service(),
            ctx.executor(),
            ctx.clock(),
            errors,
            () -> task.spec().calendar(),
            DateText.system());
    model.load(task.spec().schedule());
    ButtonType apply = new ButtonType("Reschedule", ButtonBar.ButtonData.OK_DONE);
    dialog.initOwner(owner);
    dialog.setTitle("Reschedule \"" + task.name() + "\"");
    dialog.setHeaderText("Reschedule \"" + task.name() + "\"");
    dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(new ScheduleBuilderView(model).build());
    dialog.getDialogPane().setPrefWidth(560);
    Button button = (Button) dialog.getDialogPane().lookupButton(apply);
    button.disableProperty().bind(errors.empty().not().or(model.checkingProperty()));
    dialog.setResultConverter(b -> b == apply ? model.build().orElse(null) : null);
  }

  Optional<Schedule> showAndWait() {
    return dialog.showAndWait();
  }
}
