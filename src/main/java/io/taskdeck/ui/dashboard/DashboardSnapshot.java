package io.taskdeck.ui.dashboard;

import io.taskdeck.core.TaskStatistics;
import java.time.Instant;
import java.util.List;

/** One load of the dashboard, taken on the background thread from the database's aggregates. */
record DashboardSnapshot(
    TaskStatistics.Counts counts,
    ExecutionStats stats,
    List<FailureRow> failures,
    Instant takenAt) {}
