-- /health writes one row per node: a database that answers reads but cannot write (H2 reopened on a
-- full disk, PostgreSQL out of space) is not healthy, and only a write shows it.
CREATE TABLE health_probe (
  node_id    VARCHAR(200) NOT NULL PRIMARY KEY,
  probed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
