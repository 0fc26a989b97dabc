package app.galley.store;

import app.galley.model.ArticleStatus;
import app.galley.model.SignOff;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Sign-offs (issue 23): one current per article and status; a new one replaces the last. */
public final class SignOffRepository {

    private final Jdbc jdbc;

    SignOffRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps {@code s} as the article's sign-off for its status. */
    public SignOff put(SignOff s) {
        return jdbc.transaction("sign off article " + s.articleId(), c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sign_off WHERE article_id = ? AND status = ?")) {
                del.setLong(1, s.articleId());
                del.setString(2, s.status().name());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sign_off (article_id, status, signed_by, signed,"
                    + " body_hash, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, s.articleId());
                ps.setString(2, s.status().name());
                ps.setString(3, s.by());
                ps.setObject(4, Jdbc.toDb(s.at()));
                ps.setString(5, s.bodyHash());
                ps.setString(6, s.note());
                ps.executeUpdate();
            }
            return s;
        });
    }

    /** The article's sign-offs, by status. */
    public List<SignOff> of(long articleId) {
        return jdbc.read("read the sign-offs of article " + articleId, c -> {
            List<SignOff> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status, signed_by, signed, body_hash, note FROM sign_off"
                    + " WHERE article_id = ? ORDER BY status")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SignOff(articleId, ArticleStatus.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }
}
