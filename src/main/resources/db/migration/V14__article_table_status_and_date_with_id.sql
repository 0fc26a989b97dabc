-- The table's two remaining orders read from an index that holds the id too (issue 17): by status
-- over all articles, and by date. The single-column indexes of V1 left the id out, so the database
-- sorted every row of a status (up to 40,000 of 100,000) to take the first 200.
CREATE INDEX article_status_id_ix ON article (status, id);
CREATE INDEX article_created_id_ix ON article (created, id);
DROP INDEX article_status_ix;
DROP INDEX article_created_ix;
