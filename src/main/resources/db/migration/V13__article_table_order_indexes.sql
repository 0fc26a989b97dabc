-- The article table is read a page at a time in the order the editor chose (issue 17): by title,
-- source, language, length or date, in all articles or in one status. Each order has an index that
-- holds the column and the id, so the ordered ids of 100,000 articles are read from the index alone,
-- never from the rows (which carry the bodies).
CREATE INDEX article_title_ix ON article (title, id);
CREATE INDEX article_source_ix ON article (source, id);
CREATE INDEX article_language_ix ON article (language, id);
CREATE INDEX article_length_ix ON article (length_value, id);
CREATE INDEX article_status_created_ix ON article (status, created, id);
CREATE INDEX article_status_title_ix ON article (status, title, id);
CREATE INDEX article_status_source_ix ON article (status, source, id);
CREATE INDEX article_status_language_ix ON article (status, language, id);
CREATE INDEX article_status_length_ix ON article (status, length_value, id);
