-- The search index asks for the articles changed since its last update before every search.
CREATE INDEX article_updated_ix ON article (updated, id);
