-- Exclusion calendars as the user defined them. Quartz keeps its own (serialised) copy in
-- QRTZ_CALENDARS for its triggers; this row is the source of truth and is written first.
CREATE TABLE task_calendar (
  calendar_name  VARCHAR(200)  NOT NULL PRIMARY KEY,
  description    VARCHAR(1000),
  kind           VARCHAR(16)   NOT NULL,
  definition     TEXT          NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_task_calendar_name ON task (calendar_name);
