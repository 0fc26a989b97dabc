-- Near-duplicate detection: a MinHash signature per article and its LSH band hashes (an index,
-- so finding reposts costs a lookup, not a scan), and the editor's decisions about pairs.

CREATE TABLE article_signature (
    article_id  BIGINT NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    signature   BYTEA  NOT NULL
);

CREATE TABLE article_band (
    band        SMALLINT NOT NULL,
    band_hash   BIGINT   NOT NULL,
    article_id  BIGINT   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, band_hash, article_id)
);

CREATE INDEX article_band_article_ix ON article_band (article_id);
-- band hashes mix in the band number, so a lookup by hash alone is exact enough and uses this index
CREATE INDEX article_band_hash_ix ON article_band (band_hash);

-- What the editor decided about two articles: the same story, or not duplicates (never asked again).
-- The pair is stored with the smaller id first.
CREATE TABLE article_relation (
    article_id  BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    other_id    BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    similarity  DOUBLE PRECISION,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, other_id),
    CONSTRAINT article_relation_kind_ck CHECK (kind IN ('SUSPECTED', 'SAME_STORY', 'NOT_DUPLICATE', 'KEEP_BOTH')),
    CONSTRAINT article_relation_order_ck CHECK (article_id < other_id)
);
