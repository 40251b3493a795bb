-- A person asked to stop a running attempt (docs/engine.md, "stop"). The node that runs it (its
-- node id and incarnation, copied from the claim) looks for its own rows every second, stops the
-- attempt, which settles STOPPED, and deletes the row. Rows of incarnations that died first are
-- deleted after an hour by any node.
CREATE TABLE attempt_stop (
  log_id        BIGINT       NOT NULL PRIMARY KEY,
  task_id       UUID         NOT NULL,
  node_id       VARCHAR(200) NOT NULL,
  incarnation   BIGINT       NOT NULL,
  requested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_attempt_stop_node ON attempt_stop (node_id, incarnation);
