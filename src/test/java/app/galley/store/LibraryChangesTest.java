package app.galley.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestClock;
import app.galley.model.ArticleStatus;
import app.galley.model.ImportOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change feed tells a window's library what others wrote, and not what it wrote itself. */
class LibraryChangesTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2026-12-02T09:00:00Z");

    private static long add(Library lib, String title) {
        ImportOutcome o = lib.articles().insert(LibraryTest.draft(title, title + "的正文。"), "hash-" + title, title + ".txt");
        return ((ImportOutcome.Imported) o).articleId();
    }

    @Test
    void ownWritesAreNotNewsAndEveryOtherWriterIs() {
        try (Library window = Library.openEmbedded(dir, clock); Library other = Library.openEmbedded(dir, clock)) {
            assertThat(window.changes().changedElsewhere()).isFalse();

            long mine = add(window, "本機匯入");
            window.articles().updateStatus(mine, window.articles().find(mine).orElseThrow().version(), ArticleStatus.EDITING);
            assertThat(window.changes().changedElsewhere()).as("its own two writes").isFalse();

            add(other, "另一處匯入");
            assertThat(window.changes().changedElsewhere()).as("another's import").isTrue();
            assertThat(window.changes().changedElsewhere()).as("told once").isFalse();

            add(window, "又一篇");
            long theirs = add(other, "再一篇");
            add(window, "第三篇");
            assertThat(window.changes().changedElsewhere()).as("another's write between two of its own").isTrue();

            other.articles().updateStatus(theirs, other.articles().find(theirs).orElseThrow().version(), ArticleStatus.READY);
            assertThat(window.changes().changedElsewhere()).as("another's status change").isTrue();
            assertThat(other.changes().changedElsewhere()).as("and the other hears of the window's").isTrue();
        }
    }
}
