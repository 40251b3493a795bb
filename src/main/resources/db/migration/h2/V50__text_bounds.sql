-- The bounds of DESIGN.md §5 count characters as code points (an emoji is one). H2 counts a
-- VARCHAR's length in UTF-16 units, so a name of 255 emoji (510 units) did not fit its column and
-- came back as a database error. These columns now hold their bound in code points; the validator
-- (io.taskdeck.core.Bounds) keeps the values within it, as on PostgreSQL, which counts characters.
ALTER TABLE task ALTER COLUMN task_name SET DATA TYPE VARCHAR(510);
ALTER TABLE task ALTER COLUMN task_group SET DATA TYPE VARCHAR(510);
ALTER TABLE task ALTER COLUMN calendar_name SET DATA TYPE VARCHAR(400);
ALTER TABLE task ALTER COLUMN cron_expression SET DATA TYPE VARCHAR(240);
ALTER TABLE dead_letter ALTER COLUMN task_name SET DATA TYPE VARCHAR(510);
ALTER TABLE task_calendar ALTER COLUMN calendar_name SET DATA TYPE VARCHAR(400);
ALTER TABLE task_calendar ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
ALTER TABLE QRTZ_CALENDARS ALTER COLUMN CALENDAR_NAME SET DATA TYPE VARCHAR(400);
ALTER TABLE QRTZ_TRIGGERS ALTER COLUMN CALENDAR_NAME SET DATA TYPE VARCHAR(400);
