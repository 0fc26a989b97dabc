-- A body may be as long as the largest file Galley imports (10 MiB, so at most 10,485,760 characters):
-- the columns were 10,000,000. 10,485,760 is also PostgreSQL's largest VARCHAR.
ALTER TABLE article ALTER COLUMN body SET DATA TYPE VARCHAR(10485760);
ALTER TABLE revision ALTER COLUMN body SET DATA TYPE VARCHAR(10485760);
