package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's thread may not read or write the library (issue 17); every other thread may. */
class WindowThreadGuardTest {

    @TempDir
    Path dir;

    @AfterEach
    void lift() {
        Library.forbidWorkOn(null, false);
    }

    @Test
    void aReadOrWriteOnTheNamedThreadIsRefusedAndOtherThreadsGoOn() throws Exception {
        try (Library library = Library.openEmbedded(dir)) {
            Library.forbidWorkOn(Thread.currentThread(), true);
            assertThatThrownBy(() -> library.articles().list()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("window's thread");
            assertThatThrownBy(() -> library.settings().put("k", "v")).isInstanceOf(IllegalStateException.class);
            // the window's executor: any other thread
            assertThat(CompletableFuture.supplyAsync(() -> library.articles().list()).get()).isEmpty();

            Library.forbidWorkOn(Thread.currentThread(), false); // the app: logged, not refused
            assertThat(library.articles().list()).isEmpty();
            Library.forbidWorkOn(null, false); // the window closed
            library.settings().put("k", "v");
            assertThat(library.settings().get("k")).contains("v");
        }
    }
}
