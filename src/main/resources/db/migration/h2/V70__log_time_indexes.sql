-- Statistics over the execution log (io.taskdeck.store.StatisticsRepository): attempts that ended
-- in a time range are read through finished_at, and missed occurrences (never started, never
-- finished) through their due time, so a dashboard over the last day reads that day only.
CREATE INDEX idx_log_finished ON task_execution_log (finished_at);
CREATE INDEX idx_log_status_scheduled ON task_execution_log (status, scheduled_for);
