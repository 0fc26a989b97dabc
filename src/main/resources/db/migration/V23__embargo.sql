-- Issue 23: an article may carry an embargo; publishing before it is refused. (A scheduled publish
-- is an outbox job whose next attempt is the time asked for.)
CREATE TABLE article_embargo (
    article_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    until       TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by      VARCHAR(200) NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
