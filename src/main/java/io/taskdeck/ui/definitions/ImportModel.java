package io.taskdeck.ui.definitions;

import io.taskdeck.core.definitions.ApplyPlan;
import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsException;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsProblem;
import io.taskdeck.core.definitions.DefinitionsReader;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.ui.common.UiExecutor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Import…: reads a definitions file and computes its plan with a dry run (off the UI
 * thread), then applies exactly the definitions the plan was computed for, only when asked. A file
 * with errors lists every one with its line and column and can never be applied; changing the file
 * or the prune choice drops the plan, so what is applied is always what was shown.
 */
public final class ImportModel {
  private static final Logger log = LoggerFactory.getLogger(ImportModel.class);

  private final DefinitionsService service;
  private final UiExecutor executor;
  private final Runnable onApplied;
  private final StringProperty file = new SimpleStringProperty("");
  private final BooleanProperty prune = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty canApply = new SimpleBooleanProperty();
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final ObservableList<String> errors = FXCollections.observableArrayList();
  private Checked checked;

  /** The definitions a shown plan was computed for. */
  private record Checked(Definitions definitions, boolean prune) {}

  /**
   * @param onApplied runs on the UI thread after an apply changed something (the Tasks view
   *     reloads)
   */
  public ImportModel(DefinitionsService service, UiExecutor executor, Runnable onApplied) {
    this.service = service;
    this.executor = executor;
    this.onApplied = onApplied;
    file.addListener((o, a, b) -> forget());
    prune.addListener((o, a, b) -> forget());
  }

  public StringProperty fileProperty() {
    return file;
  }

  /** Also cancel the live tasks of the file's groups that the file does not name. */
  public BooleanProperty pruneProperty() {
    return prune;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  /** True while a plan with changes is shown and nothing was applied yet. */
  public ReadOnlyBooleanProperty canApplyProperty() {
    return canApply;
  }

  /** The plan's summary line, or what happened. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  /**
   * The plan: "create task ops/backup", "update task ops/ping: schedule.every", "cancel task
   * ops/old".
   */
  public ObservableList<String> changes() {
    return changes;
  }

  /** Every error of the file, "line 12, column 5: ...", in file order. */
  public ObservableList<String> errors() {
    return errors;
  }

  /** Reads the file and computes its plan with a dry run; changes nothing. */
  public void check() {
    if (busy.get()) {
      return;
    }
    String name = file.get() == null ? "" : file.get().trim();
    forget();
    if (name.isEmpty()) {
      summary.set("Choose a file to import");
      return;
    }
    Path path = Path.of(name);
    boolean withPrune = prune.get();
    busy.set(true);
    summary.set("Reading " + path + " and computing the plan…");
    executor.submit(
        () -> {
          Definitions d =
              new DefinitionsReader()
                  .read(Files.readAllBytes(path), DefinitionsFormat.ofFileName(name));
          return new Planned(new Checked(d, withPrune), service.apply(d, withPrune, true));
        },
        this::planned,
        e -> failed(path, e));
  }

  private record Planned(Checked checked, ApplyPlan plan) {}

  private void planned(Planned p) {
    busy.set(false);
    show(p.plan());
    checked = p.checked();
    canApply.set(!p.plan().changes().isEmpty());
  }

  /** Applies the definitions of the plan shown; nothing when no plan with changes is shown. */
  public void apply() {
    if (busy.get() || !canApply.get() || checked == null) {
      return;
    }
    Checked c = checked;
    canApply.set(false);
    busy.set(true);
    summary.set("Applying…");
    executor.submit(
        () -> service.apply(c.definitions(), c.prune(), false),
        plan -> {
          busy.set(false);
          show(plan);
          checked = null;
          onApplied.run();
        },
        e -> {
          if (e instanceof DefinitionsException) {
            failed(
                Path.of(file.get().trim()),
                e); // the database changed since the plan: checked again, nothing applied
            return;
          }
          log.warn("Applying {} failed", file.get(), e);
          busy.set(false);
          errors.setAll(String.valueOf(e.getMessage()));
          summary.set("The apply failed part way: check the plan again and apply what is left");
          onApplied.run();
        });
  }

  private void show(ApplyPlan plan) {
    errors.clear();
    changes.setAll(plan.changes().stream().map(ApplyPlan.Change::describe).toList());
    summary.set(plan.summary());
  }

  private void failed(Path path, Throwable e) {
    busy.set(false);
    changes.clear();
    if (e instanceof DefinitionsException d) {
      errors.setAll(d.problems().stream().map(DefinitionsProblem::describe).toList());
      summary.set(
          ExportModel.count(d.problems().size(), "error")
              + " in "
              + path.getFileName()
              + "; nothing applied");
    } else if (e instanceof NoSuchFileException) {
      errors.setAll(path + " does not exist");
      summary.set("Nothing applied");
    } else {
      log.warn("Import of {} failed", path, e);
      errors.setAll(String.valueOf(e.getMessage()));
      summary.set("Could not import " + path.getFileName() + "; nothing applied");
    }
  }

  private void forget() {
    checked = null;
    canApply.set(false);
    changes.clear();
    errors.clear();
  }
}
