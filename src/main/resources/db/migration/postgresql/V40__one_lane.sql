-- The one execution lane (issue 15, docs/engine.md): every attempt of every task is a row of
-- task_queue, claimed, started and settled the same way. A task has at most one row.
--   part:         the partition whose dispatch trigger claims it; NULL while the task is paused (held)
--   due_at:       when it may start
--   priority:     the task's priority (copied, so a claim reads the queue alone in its order)
--   occurrence:   the schedule occurrence it stands for (the execution row's scheduled_for)
--   attempt:      1 for a fresh occurrence, n after n - 1 failures
--   kind:         SCHEDULED, RUN_NOW or REQUEUE (only attempt 1 of SCHEDULED can misfire)
--   resume_*:     the occurrence that is due again once a run-now or requeue settles
--   schedule_rev: the task's schedule revision it was made for
--   version:      bumped by every change of the row; a claim and a start are guarded by it
--   claim_node, claim_inc: the node id and incarnation (process start epoch) holding the claim
--   log_id:       the RUNNING execution row once started
CREATE TABLE task_queue (
  task_id            UUID         NOT NULL PRIMARY KEY,
  part               INTEGER,
  due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  priority           INTEGER      NOT NULL,
  occurrence         TIMESTAMP WITH TIME ZONE NOT NULL,
  attempt            INTEGER      NOT NULL,
  kind               VARCHAR(12)  NOT NULL,
  resume_occurrence  TIMESTAMP WITH TIME ZONE,
  resume_due         TIMESTAMP WITH TIME ZONE,
  schedule_rev       BIGINT       NOT NULL,
  version            BIGINT       NOT NULL,
  claim_node         VARCHAR(200),
  claim_inc          BIGINT,
  log_id             BIGINT
);
-- The claim order itself, so a claim reads only the rows it takes (see V31).
CREATE INDEX idx_queue_claim ON task_queue (part, due_at, priority DESC);
-- Room in each page for in-place (HOT) updates of claims and starts (claim columns are not indexed).
ALTER TABLE task_queue SET (fillfactor = 80);

-- An interval without start_at is anchored at its creation; schedule_rev grows when the schedule
-- or the calendar changes (every change grows revision).
ALTER TABLE task ADD COLUMN anchor_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE task ADD COLUMN schedule_rev BIGINT DEFAULT 1 NOT NULL;

-- A claim belongs to one process lifetime: the incarnation is the node's start epoch (database
-- clock, milliseconds). not_executing says why an executing node does not run work right now.
ALTER TABLE cluster_node ADD COLUMN incarnation BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE cluster_node ADD COLUMN not_executing VARCHAR(300);
