package io.taskdeck.ui.common;

import io.taskdeck.core.AuditService;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.definitions.DefinitionsService;
import java.time.Clock;

/**
 * What every view needs, handed down by the composition root (no statics, no locator).
 *
 * @param statistics figures aggregated by the database
 * @param counts the task and dead-letter counts every view shows, read once and shared
 * @param definitions tasks and calendars as code (File → Export… and Import…)
 */
public record UiContext(
    TaskService service,
    DeadLetterService deadLetters,
    CalendarService calendars,
    AuditService audit,
    TaskStatistics statistics,
    SharedCounts counts,
    UiExecutor executor,
    DialogService dialogs,
    Formats formats,
    Clock clock,
    EventPump events,
    DefinitionsService definitions) {}
