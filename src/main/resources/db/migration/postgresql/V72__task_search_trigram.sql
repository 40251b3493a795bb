-- Search (q) over 500,000 tasks: LOWER(column) LIKE '%text%' on name, group and description, served by
-- trigram GIN indexes (pg_trgm). pg_trgm is a trusted extension (PostgreSQL 13+): a user with CREATE
-- on the database may install it. It goes to schema public, which no Taskdeck schema drops, and the
-- operator class is named with the schema the extension lives in. Where the extension cannot be
-- installed (no privilege, not shipped), search still works, by scanning, and the server log says why.
DO $$
DECLARE
  trgm_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
  EXCEPTION WHEN OTHERS THEN
    RAISE WARNING 'Taskdeck: pg_trgm is not available (%); task search scans instead of using an index', SQLERRM;
    RETURN;
  END;
  SELECT extnamespace::regnamespace::text INTO trgm_schema FROM pg_extension WHERE extname = 'pg_trgm';
  EXECUTE format('CREATE INDEX idx_task_name_trgm ON task USING gin (LOWER(task_name) %s.gin_trgm_ops)', trgm_schema);
  EXECUTE format('CREATE INDEX idx_task_group_trgm ON task USING gin (LOWER(task_group) %s.gin_trgm_ops)', trgm_schema);
  EXECUTE format('CREATE INDEX idx_task_description_trgm ON task USING gin (LOWER(description) %s.gin_trgm_ops)', trgm_schema);
END $$;
