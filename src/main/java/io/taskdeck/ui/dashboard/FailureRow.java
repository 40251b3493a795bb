package io.taskdeck.ui.dashboard;

import io.taskdeck.core.Execution;

/** A recent failed attempt with its task's name. */
public record FailureRow(Execution execution, String taskName) {}
