package app.galley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.store.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code galley team connect / sync / status} against a real PostgreSQL: two members' libraries share
 * an article through the server; a bad address, a wrong password, a database that is not a Galley
 * team library and one of an older schema each give one sentence and leave the library untouched.
 */
class TeamConnectIT {

    private static PostgresServer server;
    private static String base; // postgresql://127.0.0.1:PORT
    private static String previousConfig;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start();
        base = server.url().replaceFirst("^jdbc:", "").replaceFirst("/galley$", "");
        try (Connection c = server.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE team");
            s.execute("CREATE DATABASE other");
            s.execute("CREATE DATABASE old");
        }
        var ds = server.dataSource();
        ds.setURL(server.url().replaceFirst("/galley$", "/other"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INT)");
        }
        ds.setURL(server.url().replaceFirst("/galley$", "/old"));
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("18").load()
                .migrate();
        previousConfig = System.getProperty("galley.config");
    }

    @AfterAll
    static void stop() throws Exception {
        if (previousConfig == null) {
            System.clearProperty("galley.config");
        } else {
            System.setProperty("galley.config", previousConfig);
        }
        server.close();
    }

    private static String[] withPassword(String password, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void twoMembersShareAnArticleAndWhatCannotBeUsedIsOneSentence() throws Exception {
        System.setProperty("galley.config", dir.resolve("config").toString());
        String a = dir.resolve("a").toString();
        String b = dir.resolve("b").toString();
        assertThat(CliRun.run("import", "--db", a, TestFiles.samplePath().toString())[0]).isEqualTo("0");
        assertThat(withPassword("galley-test", "team", "init", base + "/team", "--user", "galley")[0]).isEqualTo("0");

        // what cannot be used: one sentence each, and the library stays out of any team
        assertThat(withPassword("galley-test", "team", "connect", "--db", a, "http://example.com/x", "--user", "galley")[2])
                .contains("not a team server address");
        assertThat(withPassword("wrong", "team", "connect", "--db", a, base + "/team", "--user", "galley")[2])
                .contains("refused user \"galley\": wrong user name or password");
        assertThat(withPassword("galley-test", "team", "connect", "--db", a, base + "/other", "--user", "galley")[2])
                .contains("is not a Galley team database");
        assertThat(withPassword("galley-test", "team", "connect", "--db", a, base + "/old", "--user", "galley")[2])
                .contains("holds an older Galley library (schema 18").contains("galley team init");
        assertThat(withPassword("galley-test", "team", "connect", "--db", a, "postgresql://127.0.0.1:1/team",
                "--user", "galley")[2]).contains("cannot reach the team server at 127.0.0.1:1");
        assertThat(CliRun.run("team", "status", "--db", a)[1]).contains("not in a team");
        assertThat(Files.exists(dir.resolve("config/credentials.properties"))).isFalse();

        String[] joined = withPassword("galley-test", "team", "connect", "--db", a, base + "/team", "--user", "galley",
                "--name", "周敏");
        assertThat(joined[0]).as(joined[2]).isEqualTo("0");
        assertThat(joined[1]).contains("as 周敏").contains("1 articles to share");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config/credentials.properties"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve("config/credentials.properties"))).contains("galley-test");
        assertThat(CliRun.run("team", "sync", "--db", a)[1]).contains("sent 1");
        assertThat(CliRun.run("team", "status", "--db", a)[1]).contains("member: 周敏").contains("waiting to go up: 0");

        assertThat(withPassword("galley-test", "team", "connect", "--db", b, base + "/team", "--user", "galley",
                "--name", "Ruth")[0]).isEqualTo("0");
        assertThat(CliRun.run("team", "sync", "--db", b)[1]).contains("received 1");
        assertThat(CliRun.run("list", "--db", b)[1]).contains(TestFiles.SAMPLE_TITLE);
        assertThat(CliRun.run("team", "disconnect", "--db", b)[1]).contains("left the team");
        assertThat(CliRun.run("team", "sync", "--db", b)[2]).contains("not in a team");
    }
}
