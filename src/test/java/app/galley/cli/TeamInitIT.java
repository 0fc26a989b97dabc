package app.galley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.store.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code galley team init} against a real PostgreSQL (Debian's, started by postgres.sh): an empty
 * database is prepared, a second run finds it current, and each way it can go wrong is one sentence.
 */
class TeamInitIT {

    private static PostgresServer server;
    private static String base; // postgresql://127.0.0.1:PORT

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
        base = server.url().replaceFirst("^jdbc:", "").replaceFirst("/galley$", "");
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE other");
            s.execute("CREATE DATABASE future");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String[] init(String url, String user, String password) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run("team", "init", url, "--user", user);
        } finally {
            System.setIn(stdin);
        }
    }

    private static void sql(String database, String... statements) throws Exception {
        var ds = server.dataSource();
        ds.setURL(server.url().replaceFirst("/galley$", "/" + database));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    @Test
    void anEmptyDatabaseIsPreparedOnceAndWhatCannotBeUsedIsSaidInOneSentence() throws Exception {
        String[] first = init(base + "/galley", "galley", "galley-test");
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("prepared postgresql://" + base.substring("postgresql://".length()) + "/galley");
        String[] again = init(base + "/galley", "galley", "galley-test");
        assertThat(again[1]).contains("is already a team library of this Galley");

        assertThat(init("http://example.com/galley", "galley", "x")[2]).contains("not a team server address");
        assertThat(init(base + "/galley", "galley", "wrong")[2])
                .contains("refused user \"galley\": wrong user name or password");
        assertThat(init(base + "/nowhere", "galley", "galley-test")[2]).contains("has no database \"nowhere\"");
        assertThat(init("postgresql://127.0.0.1:1/galley", "galley", "galley-test")[2])
                .contains("cannot reach the team server at 127.0.0.1:1");

        sql("other", "CREATE TABLE invoices (id INT)");
        String[] other = init(base + "/other", "galley", "galley-test");
        assertThat(other[0]).isEqualTo("1");
        assertThat(other[2]).contains("is not a Galley team database: it holds other tables");

        init(base + "/future", "galley", "galley-test");
        sql("future", "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__x.sql',"
                + " 'galley', 0, true)");
        assertThat(init(base + "/future", "galley", "galley-test")[2])
                .contains("holds a newer Galley library (schema 99");
    }
}
