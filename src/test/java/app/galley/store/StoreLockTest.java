package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a process has a library open, its store file stays locked against every other process, whatever
 * the library does meanwhile (new connections, reads, writes, a backup). The lock is what keeps a second
 * process from opening the live store for repair; Galley's own check once released it (closing any file
 * handle releases a process's POSIX locks on the file), and the kill campaign lost committed changes to
 * the two writers that followed.
 */
class StoreLockTest {

    @TempDir
    Path tmp;

    @Test
    void anotherProcessFindsTheOpenStoreLockedWhateverTheLibraryDoes() throws Exception {
        Path dir = tmp.resolve("library");
        Path store = EmbeddedStore.storeFile(dir);
        try (Library lib = Library.openEmbedded(dir)) {
            for (int i = 0; i < 10; i++) {
                lib.articles().insert(LibraryTest.draft("稿件 " + i, "內文 " + i), "hash-" + i, i + ".txt");
                lib.articles().list();
            }
            lib.backupIfDue();
            assertThat(probe("lock", store)).isEqualTo("locked");
            // and another process's check before opening leaves the live store alone
            assertThat(probe("check", dir)).isEqualTo(StoreRepair.Outcome.NOTHING_TO_DO.name());
            assertThat(probe("lock", store)).as("still locked after the other process looked").isEqualTo("locked");
            assertThat(lib.articles().count()).isEqualTo(10);
        }
        // the probe can tell: once the library is closed, the file is free
        assertThat(probe("lock", store)).isEqualTo("free");
    }

    /** Runs {@link Probe} in another process and returns what it printed. */
    private static String probe(String what, Path path) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Probe.class.getName(), what, path.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    /** Another process: tries to lock the store file, or makes Galley's check before opening. */
    public static final class Probe {
        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            Path path = Path.of(args[1]);
            if (args[0].equals("check")) {
                System.out.println(StoreRepair.beforeOpen(path).name());
                return;
            }
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = ch.tryLock();
                System.out.println(lock == null ? "locked" : "free");
            }
        }
    }
}
