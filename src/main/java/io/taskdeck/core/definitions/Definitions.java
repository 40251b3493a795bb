package io.taskdeck.core.definitions;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of a definitions file ({@code version: 1}, {@code calendars}, {@code tasks}).
 *
 * <p>Read from a file, an entry that could not be bound is null in its list (so that the others
 * keep their index in field names) and its problem is in {@link Source#problems()}.
 */
public record Definitions(
    int version, List<CalendarSpec> calendars, List<TaskSpec> tasks, Source source) {
  public static final int CURRENT_VERSION = 1;

  public Definitions {
    calendars = Collections.unmodifiableList(new ArrayList<>(calendars));
    tasks = Collections.unmodifiableList(new ArrayList<>(tasks));
    source = source == null ? Source.NONE : source;
  }

  /** Definitions made in memory (an export): no file behind them. */
  public static Definitions of(List<CalendarSpec> calendars, List<TaskSpec> tasks) {
    return new Definitions(CURRENT_VERSION, calendars, tasks, Source.NONE);
  }

  /** Where the definitions came from: the problems found while reading, and positions of fields. */
  public interface Source {
    Source NONE =
        new Source() {
          @Override
          public List<DefinitionsProblem> problems() {
            return List.of();
          }

          @Override
          public DefinitionsProblem problem(String field, String message) {
            return new DefinitionsProblem(field, 0, 0, message);
          }
        };

    /** The problems found while reading (syntax, binding); empty when every entry bound. */
    List<DefinitionsProblem> problems();

    /** A problem at {@code field}, placed at that field's line and column in the file. */
    DefinitionsProblem problem(String field, String message);
  }
}
