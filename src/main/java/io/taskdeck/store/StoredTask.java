package io.taskdeck.store;

import io.taskdeck.core.Task;

/**
 * A task row with its schedule revision. The revision grows whenever the schedule changes; a Quartz
 * trigger carries the revision it was made for, so a stale trigger can be recognised and dropped.
 */
public record StoredTask(Task task, long revision) {}
