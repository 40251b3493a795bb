-- Wake-ups between the processes that share an H2 database (PostgreSQL uses LISTEN/NOTIFY
-- instead): a process that schedules a trigger due before the others' next poll bumps seq, and
-- every executing node reads this one row every 50 ms (io.taskdeck.engine.cluster.WakeUpSignal).
CREATE TABLE wakeup_signal (
  id     INTEGER NOT NULL PRIMARY KEY,
  seq    BIGINT  NOT NULL,
  due_at BIGINT  NOT NULL
);
INSERT INTO wakeup_signal (id, seq, due_at) VALUES (1, 0, 0);
