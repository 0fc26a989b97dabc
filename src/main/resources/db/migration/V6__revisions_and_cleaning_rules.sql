-- Cleaning: each revision remembers the changes that made it from the one before (JSON, written by
-- the clean layer; the store keeps it as text), so annotations can follow the text through it.
ALTER TABLE revision ADD COLUMN changes VARCHAR(10000000);

-- Where and when the story was filed, as the editor writes it ("TAIPEI, Nov. 28 (Reuters) -").
ALTER TABLE article ADD COLUMN dateline VARCHAR(500);

-- Lines an editor confirmed as a source's boilerplate (learned from recurring lines).
-- line_key is the line folded for comparison (width, case and spaces).
CREATE TABLE source_boilerplate (
    source     VARCHAR(1000) NOT NULL,
    line_key   VARCHAR(2000) NOT NULL,
    line       VARCHAR(2000) NOT NULL,
    confirmed  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, line_key)
);

-- Rule sets as JSON documents (the user's own is named 'user').
CREATE TABLE rule_set (
    name        VARCHAR(200)     NOT NULL PRIMARY KEY,
    definition  VARCHAR(1000000) NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL
);
