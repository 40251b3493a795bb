-- The wake-up signal row of H2 (io.taskdeck.engine.cluster.WakeUpSignal). PostgreSQL wakes nodes
-- with LISTEN/NOTIFY and never reads it; the table exists here too so that both databases hold the
-- same migrations and the same tables.
CREATE TABLE wakeup_signal (
  id     INTEGER NOT NULL PRIMARY KEY,
  seq    BIGINT  NOT NULL,
  due_at BIGINT  NOT NULL
);
INSERT INTO wakeup_signal (id, seq, due_at) VALUES (1, 0, 0);
