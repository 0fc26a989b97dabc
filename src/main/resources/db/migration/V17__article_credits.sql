-- What a repost credit says (issue 20): the headline the story first ran under, and the outlets
-- the copy names besides its source (the site that reposted it, contributors), one per line: a
-- name never holds a line break (metadata lines are single lines), and the list is read whole with
-- the article, never searched on its own, so it needs no table of its own.
ALTER TABLE article ADD COLUMN original_title VARCHAR(2000);
ALTER TABLE article ADD COLUMN other_sources VARCHAR(4000);
