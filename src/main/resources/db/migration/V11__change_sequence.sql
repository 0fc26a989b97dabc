-- The library's change sequence: every committed write advances it by one. An embedded library also
-- records it outside the database (galley.seq beside the store) after each commit, so that a store
-- found older than that record on open is known to have lost changes (ADR 12).
CREATE TABLE library_change (
    id  INT    NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL
);
INSERT INTO library_change (id, seq) VALUES (1, 0);
