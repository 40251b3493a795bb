-- Every Taskdeck node, executing or manage-only, heartbeats here (io.taskdeck.engine.cluster.NodeRegistry).
-- Quartz's QRTZ_SCHEDULER_STATE only lists started schedulers, so manage-only nodes would be invisible there.
CREATE TABLE cluster_node (
  node_id          VARCHAR(200) NOT NULL PRIMARY KEY,
  host             VARCHAR(255) NOT NULL,
  mode             VARCHAR(16)  NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_checkin     TIMESTAMP WITH TIME ZONE NOT NULL,
  checkin_ms       BIGINT       NOT NULL,
  running          INTEGER      NOT NULL,
  clock_skew_ms    BIGINT       NOT NULL
);
