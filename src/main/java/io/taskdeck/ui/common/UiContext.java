package io.taskdeck.ui.common;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.TaskService;
import java.time.Clock;

/** What every view needs, handed down by the composition root (no statics, no locator). */
public record UiContext(
    TaskService service, DeadLetterService deadLetters, CalendarService calendars, UiExecutor executor, DialogService dialogs, Formats formats,
    Clock clock, EventPump events) {}
