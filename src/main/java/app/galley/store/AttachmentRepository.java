package app.galley.store;

import app.galley.model.Attachment;
import app.galley.model.AttachmentInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files kept with articles (images of saved pages, pictures of Word documents). */
public final class AttachmentRepository {

    private final Jdbc jdbc;

    AttachmentRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a new article's attachments on the connection (and in the transaction) that stores it. */
    static void write(Connection c, long articleId, List<Attachment> attachments) throws SQLException {
        if (attachments.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attachment (article_id, position, name,"
                + " media_type, content, size_bytes, caption, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Attachment a : attachments) {
                ps.setLong(1, articleId);
                ps.setInt(2, position++);
                ps.setString(3, a.name());
                ps.setString(4, a.mediaType());
                ps.setBytes(5, a.content());
                ps.setInt(6, a.size());
                ps.setString(7, a.caption());
                ps.setString(8, a.reference());
                ps.executeUpdate();
            }
        }
    }

    /** An article's attachments in the order the article has them, without their bytes. */
    public List<AttachmentInfo> of(long articleId) {
        return jdbc.read("list the attachments of article " + articleId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, position, name, media_type,"
                    + " size_bytes, caption, reference FROM attachment WHERE article_id = ? ORDER BY position")) {
                ps.setLong(1, articleId);
                List<AttachmentInfo> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AttachmentInfo(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    /** The bytes of one attachment, if it exists. */
    public Optional<byte[]> content(long attachmentId) {
        return jdbc.read("read attachment " + attachmentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM attachment WHERE id = ?")) {
                ps.setLong(1, attachmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }
}
