-- The bounds of DESIGN.md §5 count characters as code points (an emoji is one). PostgreSQL counts a
-- VARCHAR's length in characters already, so its columns hold their bounds as they are; H2, which
-- counts UTF-16 units, widens the same columns in its V50. This file keeps both databases on the
-- same migration versions (MigrationsTest).
SELECT 1;
