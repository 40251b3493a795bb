-- Retention (issue 18, docs/operations.md): one node at a time deletes old execution rows and
-- finished one-shot tasks. It holds the lease row 'retention' while it purges; a lease whose
-- expires_at (database clock) has passed may be taken by any node. Every purge batch renews the
-- lease in its own transaction, so a node that lost it deletes nothing more.
CREATE TABLE maintenance_lease (
  name        VARCHAR(40)  NOT NULL PRIMARY KEY,
  holder      VARCHAR(300),
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO maintenance_lease (name, holder, expires_at) VALUES ('retention', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
-- The execution purge keeps the last execution row of an open dead letter; this finds it.
CREATE INDEX idx_dead_letter_log ON dead_letter (last_log_id);
