-- The dispatch path (issue 10): one-shot tasks and their retry attempts have no Quartz trigger of
-- their own. They wait in this table, spread over partitions; Quartz fires one dispatch trigger per
-- partition and time slot, and the node that fires it claims the partition's due tasks.
--   dispatch_part: the partition of a one-shot task; NULL for tasks with their own Quartz trigger
--   due_at:        set while the task waits to start (SCHEDULED or RETRYING, claimed or not); NULL otherwise
--   claim_node:    the node that claimed the task, until its attempt is settled (not indexed, so a
--                  claim is an in-place update)
--   next_attempt:  the attempt number of the pending attempt (1, or n after n-1 failures)
ALTER TABLE task ADD COLUMN dispatch_part INTEGER;
ALTER TABLE task ADD COLUMN due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE task ADD COLUMN claim_node VARCHAR(200);
ALTER TABLE task ADD COLUMN next_attempt INTEGER DEFAULT 1 NOT NULL;
CREATE INDEX idx_task_dispatch ON task (dispatch_part, due_at);
-- Room in each page for in-place (HOT) updates of claims.
ALTER TABLE task SET (fillfactor = 85);
