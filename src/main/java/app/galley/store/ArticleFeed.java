package app.galley.store;

import app.galley.model.Article;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Articles as a stream for whoever keeps a copy of them (the search index): those changed since an
 * instant, in order of change, with their tags and the speakers of their annotated quotes. Articles
 * in the Trash are not in it: the copy drops them (its count no longer matches), and takes them
 * again when they are put back (that is a change).
 */
public final class ArticleFeed {

    private final Jdbc jdbc;

    ArticleFeed(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** An article with what is attached to it. */
    public record Item(Article article, List<Long> tagIds, Set<String> speakers) {
    }

    /**
     * Calls {@code each} for every article updated after {@code since} (all if null), oldest change
     * first, in batches of {@code batch}.
     */
    public void changedSince(Instant since, int batch, Consumer<Item> each) {
        long afterId = 0;
        Instant from = since == null ? Instant.EPOCH : since;
        // keyset paging on (updated, id): a batch at a time, never the whole library in memory
        java.time.OffsetDateTime lastUpdated = Jdbc.toDb(from);
        boolean first = true;
        while (true) {
            List<Article> page = new ArrayList<>();
            java.time.OffsetDateTime at = lastUpdated;
            long after = afterId;
            boolean strict = first;
            jdbc.read("read changed articles", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + ArticleRepository.ARTICLE_COLUMNS
                        + " FROM article WHERE trashed IS NULL AND "
                        + (strict ? "updated > ?" : "(updated > ? OR (updated = ? AND id > ?))")
                        + " ORDER BY updated, id")) {
                    ps.setObject(1, at);
                    if (!strict) {
                        ps.setObject(2, at);
                        ps.setLong(3, after);
                    }
                    ps.setMaxRows(batch);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            page.add(ArticleRepository.article(rs));
                        }
                    }
                }
                return null;
            });
            if (page.isEmpty()) {
                return;
            }
            List<Long> ids = page.stream().map(Article::id).toList();
            Map<Long, List<Long>> tags = tags(ids);
            Map<Long, Set<String>> speakers = speakers(ids);
            for (Article a : page) {
                each.accept(new Item(a, tags.getOrDefault(a.id(), List.of()), speakers.getOrDefault(a.id(), Set.of())));
            }
            Article last = page.get(page.size() - 1);
            lastUpdated = Jdbc.toDb(last.updated());
            afterId = last.id();
            first = false;
            if (page.size() < batch) {
                return;
            }
        }
    }

    /** How many articles there are. */
    public int count() {
        return jdbc.read("count articles", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article WHERE trashed IS NULL"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The ids of every article. */
    public Set<Long> ids() {
        return jdbc.read("read article ids", c -> {
            Set<Long> ids = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE trashed IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private Map<Long, List<Long>> tags(Collection<Long> ids) {
        return jdbc.read("read tags", c -> {
            Map<Long, List<Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, tag_id FROM article_tag"
                    + " WHERE article_id IN (" + placeholders(ids.size()) + ")")) {
                int i = 1;
                for (long id : ids) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    private Map<Long, Set<String>> speakers(Collection<Long> ids) {
        return jdbc.read("read speakers", c -> {
            Map<Long, Set<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, speaker FROM annotation"
                    + " WHERE speaker IS NOT NULL AND article_id IN (" + placeholders(ids.size()) + ")")) {
                int i = 1;
                for (long id : ids) {
                    ps.setLong(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
