package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's shortcut past Flyway is taken only for a library exactly at this build's schema. */
class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void latestIsTheNewestMigrationBundled() throws Exception {
        URL folder = SchemaVersion.class.getResource("/db/migration");
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            newest = files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersion.LATEST).as("SchemaVersion.LATEST after adding a migration").isEqualTo(newest);
    }

    @Test
    void aLibraryAtThisSchemaIsCurrentAndOpensAgainWithoutFlyway() throws Exception {
        try (Library lib = Library.openEmbedded(dir.resolve("lib"))) {
            assertThat(SchemaVersion.current(lib.dataSource())).isTrue();
        }
        try (Library again = Library.openEmbedded(dir.resolve("lib"))) {
            assertThat(again.createdNew()).isFalse();
            assertThat(again.articles().list()).isNotNull();
        }
    }

    @Test
    void aNewOlderOrFailedSchemaIsLeftToFlyway() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db"));
        ds.setUser("sa");
        assertThat(SchemaVersion.current(ds)).as("no history table: a new library").isFalse();

        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .target(String.valueOf(SchemaVersion.LATEST - 1)).load().migrate();
        assertThat(SchemaVersion.current(ds)).as("one migration behind").isFalse();

        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        assertThat(SchemaVersion.current(ds)).as("migrated").isTrue();

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + SchemaVersion.LATEST + "'");
        }
        assertThat(SchemaVersion.current(ds)).as("its last migration failed").isFalse();

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE");
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '"
                    + (SchemaVersion.LATEST + 1) + "', 'from a newer Galley', 'SQL', 'V99__x.sql', 'sa', 0, TRUE)");
        }
        assertThat(SchemaVersion.current(ds)).as("made by a newer version").isFalse();
    }
}
