package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's exported files are written whole or not at all, a page bundle as one. */
class FileWritingTest {

    @TempDir
    Path out;

    private static Map<String, byte[]> bundle(String index, String... images) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("galley-12/index.md", index.getBytes(StandardCharsets.UTF_8));
        for (String i : images) {
            m.put("galley-12/" + i, i.getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    private Stream<String> names() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    @Test
    void aBundleIsReplacedWholeWithNothingOfTheEarlierOneLeft() throws Exception {
        FileWriting.writeAllAtomically(out, bundle("第一版", "a.png", "b.png"));
        FileWriting.writeAllAtomically(out, bundle("第二版", "c.png"));

        assertThat(Files.readString(out.resolve("galley-12/index.md"))).isEqualTo("第二版");
        try (Stream<Path> s = Files.list(out.resolve("galley-12"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.md", "c.png");
        }
        assertThat(names()).containsExactly("galley-12");
    }

    @Test
    void whatAnExportStoppedBetweenItsRenamesLeftIsClearedByTheNextAndOthersAreLeftAlone() throws Exception {
        // killed after moving the earlier bundle aside and before moving the new one in
        Files.createDirectories(out.resolve(".galley-12-0a1b2c3d.old"));
        Files.writeString(out.resolve(".galley-12-0a1b2c3d.old/index.md"), "舊");
        Files.createDirectories(out.resolve(".galley-12-99999999.part"));
        Files.createDirectories(out.resolve(".galley-12-x-0a1b2c3d.old")); // another article's, not ours
        FileWriting.writeAllAtomically(out, bundle("新", "a.png"));

        assertThat(Files.readString(out.resolve("galley-12/index.md"))).isEqualTo("新");
        assertThat(names()).containsExactlyInAnyOrder("galley-12", ".galley-12-x-0a1b2c3d.old");
    }

    @Test
    void aFailedWriteLeavesTheEarlierBundleAsItWas() throws Exception {
        FileWriting.writeAllAtomically(out, bundle("第一版", "a.png"));
        Map<String, byte[]> bad = bundle("第二版");
        bad.put("galley-12/../../outside.txt", new byte[] {1});

        assertThatThrownBy(() -> FileWriting.writeAllAtomically(out, bad)).hasMessageContaining("outside");
        assertThat(Files.readString(out.resolve("galley-12/index.md"))).isEqualTo("第一版");
        assertThat(out.resolve("galley-12/a.png")).exists();
        assertThat(names()).containsExactly("galley-12");
    }

    @Test
    void aFileInTheWayOfABundleIsNamedAndLeftAlone() throws Exception {
        Files.writeString(out.resolve("galley-12"), "not a folder");
        assertThatThrownBy(() -> FileWriting.writeAllAtomically(out, bundle("新")))
                .hasMessageContaining("galley-12").hasMessageContaining("not a folder");
        assertThat(Files.readString(out.resolve("galley-12"))).isEqualTo("not a folder");
        assertThat(names()).containsExactly("galley-12");
    }

    /**
     * An export is the user's ordinary file: made with the permissions any new file of theirs gets
     * (the umask's), as a file created plainly beside it has, never owner-only as a temporary file
     * is; and no part file is left beside it.
     */
    @Test
    void anExportHasTheUsersOrdinaryPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(out.resolve("plain.txt"));
        var ordinary = Files.getPosixFilePermissions(plain);
        Path export = out.resolve("article.md");
        FileWriting.writeAtomically(export, "# 上海腦科學".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(ordinary);
        Path temp = Files.createTempFile(out, "t", ".tmp"); // what the export was written through before
        if (!Files.getPosixFilePermissions(temp).equals(ordinary)) {
            assertThat(Files.getPosixFilePermissions(export)).isNotEqualTo(Files.getPosixFilePermissions(temp));
        }
        Files.delete(temp);
        assertThat(names()).containsExactlyInAnyOrder("plain.txt", "article.md");
    }
}
