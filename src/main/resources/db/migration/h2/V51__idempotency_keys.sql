-- The first answer to a request sent with an Idempotency-Key (DESIGN.md §7), kept 24 hours so that a
-- client retrying the same request gets it again instead of creating a second task. A row without a
-- status is a request still being answered.
CREATE TABLE idempotency_key (
  idem_key       VARCHAR(255) NOT NULL,
  route          VARCHAR(100) NOT NULL,
  request_hash   VARCHAR(64)  NOT NULL,
  status         INTEGER,
  response_body  CHARACTER LARGE OBJECT,
  location       VARCHAR(200),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (idem_key, route)
);
CREATE INDEX idx_idempotency_created ON idempotency_key (created_at);
