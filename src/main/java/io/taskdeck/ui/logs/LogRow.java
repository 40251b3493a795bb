package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;

/** One execution-log row with its task's name resolved. */
public record LogRow(Execution execution, String taskName) {}
