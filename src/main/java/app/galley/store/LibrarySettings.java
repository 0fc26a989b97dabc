package app.galley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Facts stored in the library itself, shared by every process that opens it. */
public final class LibrarySettings {

    private final Jdbc jdbc;

    LibrarySettings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String name) {
        return jdbc.read("read library setting " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT setting_value FROM library_setting WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String name, String value) {
        jdbc.transaction("save library setting " + name, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM library_setting WHERE name = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO library_setting (name, setting_value) VALUES (?, ?)")) {
                del.setString(1, name);
                del.executeUpdate();
                ins.setString(1, name);
                ins.setString(2, value);
                ins.executeUpdate();
            }
            return null;
        });
    }
}
