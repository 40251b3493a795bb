-- The Tasks table sorts on the server by name, next run, last outcome and priority (status is
-- served by idx_task_status_created), ties newest first (io.taskdeck.store.TaskListing). Each index
-- holds that whole order, so the first page of 500,000 tasks reads one page of index, ascending
-- or, scanned backwards, descending.
CREATE INDEX idx_task_name_sort ON task (task_name, created_at DESC, task_id DESC);
CREATE INDEX idx_task_next_sort ON task (execution_time, created_at DESC, task_id DESC);
CREATE INDEX idx_task_outcome_sort ON task (last_outcome, created_at DESC, task_id DESC);
CREATE INDEX idx_task_priority_sort ON task (priority, created_at DESC, task_id DESC);
