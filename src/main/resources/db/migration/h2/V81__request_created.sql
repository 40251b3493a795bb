-- The tasks that a request with an Idempotency-Key created, written in the same transaction as the
-- tasks (docs/api.md, "Safe retries"): when the first answer was lost (the commit went through but
-- the connection broke before the server could answer), the retry finds them here instead of
-- creating them again. key_hash is a SHA-256 of the route and the key; rows are kept 24 hours.
CREATE TABLE request_created (
  key_hash    VARCHAR(64)  NOT NULL,
  position    INTEGER      NOT NULL,
  task_id     UUID         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (key_hash, position)
);
CREATE INDEX idx_request_created_at ON request_created (created_at);
