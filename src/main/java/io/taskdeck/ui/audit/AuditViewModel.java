package io.taskdeck.ui.audit;

import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.Page;
import io.taskdeck.ui.common.UiExecutor;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit view's state: the trail newest first, filtered by object, actor and action, a page at a
 * time ({@link #loadMore()} follows the cursor). Plain Java: every read goes through the executor.
 */
public final class AuditViewModel {
  static final int PAGE = 100;

  private final AuditService audit;
  private final UiExecutor executor;
  private final StringProperty objectId = new SimpleStringProperty("");
  private final StringProperty actor = new SimpleStringProperty("");
  private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
  private final ObservableList<AuditEvent> rows = FXCollections.observableArrayList();
  private final BooleanProperty hasMore = new SimpleBooleanProperty();
  private final StringProperty error = new SimpleStringProperty();
  private String cursor;

  public AuditViewModel(AuditService audit, UiExecutor executor) {
    this.audit = audit;
    this.executor = executor;
  }

  /** Reads the first page with the current filters, replacing what is shown. */
  public void load() {
    read(null);
  }

  /** Appends the next page, when there is one. */
  public void loadMore() {
    if (cursor != null) {
      read(cursor);
    }
  }

  private void read(String from) {
    AuditQuery query =
        new AuditQuery(
            blankToNull(objectId.get()),
            blankToNull(actor.get()),
            action.get(),
            null,
            null,
            PAGE,
            from);
    executor.submit(
        () -> audit.list(query),
        page -> apply(page, from == null),
        e -> error.set("Could not read the audit trail: " + e.getMessage()));
  }

  private void apply(Page<AuditEvent> page, boolean first) {
    error.set(null);
    if (first) {
      rows.setAll(page.items());
    } else {
      rows.addAll(page.items());
    }
    cursor = page.nextCursor();
    hasMore.set(cursor != null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** "priority: 5 → 8; payload.command: a → b"; empty when the row lists no changes. */
  public static String changesText(AuditEvent e) {
    return e.changes().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            c ->
                c.getKey()
                    + ": "
                    + shown(c.getValue().before())
                    + " → "
                    + shown(c.getValue().after()))
        .collect(Collectors.joining("; "));
  }

  private static String shown(Object value) {
    return value == null ? "—" : value.toString();
  }

  public StringProperty objectIdProperty() {
    return objectId;
  }

  public StringProperty actorProperty() {
    return actor;
  }

  public ObjectProperty<AuditAction> actionProperty() {
    return action;
  }

  public ObservableList<AuditEvent> rows() {
    return rows;
  }

  public BooleanProperty hasMoreProperty() {
    return hasMore;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
