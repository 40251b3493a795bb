package io.taskdeck.store;

import io.taskdeck.core.Task;
import java.time.Instant;

/**
 * A task row with what the engine keeps beside the user's definition.
 *
 * @param revision grows with every change of the task (served as its ETag)
 * @param scheduleRev grows when the schedule or the calendar changes
 * @param anchor the instant an interval's occurrences count from: its start_at, else its creation
 *     (or the edit that last changed its schedule); null for other schedules
 */
public record StoredTask(Task task, long revision, long scheduleRev, Instant anchor) {}
