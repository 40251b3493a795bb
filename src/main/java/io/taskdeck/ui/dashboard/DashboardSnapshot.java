package io.taskdeck.ui.dashboard;

import io.taskdeck.core.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One load of the dashboard, taken on the background thread.
 *
 * @param truncated true when the last 24 hours held more executions than the dashboard reads
 */
record DashboardSnapshot(
    Map<TaskStatus, Long> counts, ExecutionStats stats, List<FailureRow> failures, boolean truncated, Instant takenAt) {}
