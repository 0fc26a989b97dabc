-- Deleted articles wait in the Trash until it is emptied (issue 18): "trashed" is when one was put
-- there (null: in the library). Every order's index holds it too, after the id, so the article
-- table's pages (all articles, one status, or the Trash) are still read from an index alone: a
-- condition on a column the index lacks makes the database read each row, bodies and all, and the
-- middle page of 100,000 then took seconds instead of milliseconds.
ALTER TABLE article ADD COLUMN trashed TIMESTAMP WITH TIME ZONE;
DROP INDEX article_title_ix;
DROP INDEX article_source_ix;
DROP INDEX article_language_ix;
DROP INDEX article_length_ix;
DROP INDEX article_created_id_ix;
DROP INDEX article_status_id_ix;
DROP INDEX article_status_created_ix;
DROP INDEX article_status_title_ix;
DROP INDEX article_status_source_ix;
DROP INDEX article_status_language_ix;
DROP INDEX article_status_length_ix;
CREATE INDEX article_title_ix ON article (title, id, trashed);
CREATE INDEX article_source_ix ON article (source, id, trashed);
CREATE INDEX article_language_ix ON article (language, id, trashed);
CREATE INDEX article_length_ix ON article (length_value, id, trashed);
CREATE INDEX article_created_id_ix ON article (created, id, trashed);
CREATE INDEX article_status_id_ix ON article (status, id, trashed);
CREATE INDEX article_status_created_ix ON article (status, created, id, trashed);
CREATE INDEX article_status_title_ix ON article (status, title, id, trashed);
CREATE INDEX article_status_source_ix ON article (status, source, id, trashed);
CREATE INDEX article_status_language_ix ON article (status, language, id, trashed);
CREATE INDEX article_status_length_ix ON article (status, length_value, id, trashed);
