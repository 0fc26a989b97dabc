-- Tags: typed (subject, person, organisation, place, story, free), subjects linked to IPTC Media
-- Topics by qcode, names in several languages and synonyms.
ALTER TABLE tag ADD COLUMN kind VARCHAR(20) DEFAULT 'FREE' NOT NULL;
ALTER TABLE tag ADD COLUMN qcode VARCHAR(100);
CREATE UNIQUE INDEX tag_qcode_ux ON tag (qcode);
CREATE INDEX tag_kind_name_ix ON tag (kind, name);

-- Names by language (lang 'en', 'zh-Hant', 'zh-Hans' ...) and synonyms (lang '*').
CREATE TABLE tag_label (
    tag_id  BIGINT        NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    lang    VARCHAR(20)   NOT NULL,
    label   VARCHAR(500)  NOT NULL,
    PRIMARY KEY (tag_id, lang, label)
);

CREATE INDEX article_tag_tag_ix ON article_tag (tag_id);
