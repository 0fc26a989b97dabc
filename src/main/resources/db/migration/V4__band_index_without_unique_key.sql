-- The band index as a plain lookup table: (band_hash, article_id) rows with no unique key. Band
-- hashes mix in their band number, so the band column was redundant, and the primary key's
-- uniqueness check cost more than the rest of an import's index writes together. Rows are only
-- ever written for a new article, or after deleting the article's old rows, so none repeat.

CREATE TABLE article_band_v4 (
    band_hash   BIGINT NOT NULL,
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE
);

INSERT INTO article_band_v4 (band_hash, article_id) SELECT band_hash, article_id FROM article_band;

DROP TABLE article_band;

ALTER TABLE article_band_v4 RENAME TO article_band;

-- the lookup reads (band_hash, article_id) from this index alone; the other serves deletes
CREATE INDEX article_band_lookup_ix ON article_band (band_hash, article_id);
CREATE INDEX article_band_by_article_ix ON article_band (article_id);
