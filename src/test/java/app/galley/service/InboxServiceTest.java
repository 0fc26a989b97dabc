package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestClock;
import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comment inbox (issue 23): across the library, filtered, and what arrived for me. */
class InboxServiceTest {

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock("2026-12-04T09:00:00Z");
    private Library lib;
    private Services zhou;
    private Services ruth;
    private long sample;
    private long other;

    @BeforeEach
    void open() {
        lib = Library.openEmbedded(dir.resolve("lib"), clock);
        zhou = Services.of(lib, Services.Options.standard().withUser("周敏"));
        ruth = Services.of(lib, Services.Options.standard().withUser("Ruth"));
        sample = ((ImportOutcome.Imported) zhou.imports().importFile(TestFiles.samplePath())).articleId();
        other = ((ImportOutcome.Imported) zhou.imports().importText("Council meets\n\nThe council met on Tuesday.", "paste"))
                .articleId();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void everyOpenThreadAcrossTheLibraryFilteredAsAsked() {
        AnnotationService mine = zhou.annotations();
        AnnotationService hers = ruth.annotations();
        var quote = AnnotationService.analyse(zhou.articles().find(sample).orElseThrow().body()).quotes().get(0);
        Annotation q = mine.annotate(zhou.articles().find(sample).orElseThrow(), quote);
        clock.advance(Duration.ofMinutes(1));
        Annotation c = hers.annotate(zhou.articles().find(other).orElseThrow(), 0, 7, AnnotationKind.COMMENT, null);
        Instant seen = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        hers.comment(q.id(), null, "@周敏 數字對嗎？");
        hers.comment(c.id(), null, "@周敏朋友 not you"); // a namesake is no mention

        InboxService inbox = zhou.inbox();
        assertThat(inbox.items(InboxService.Filter.OPEN)).extracting(i -> i.annotation().id()).containsExactly(c.id(), q.id());
        assertThat(inbox.items(new InboxService.Filter(null, null, true, true))).singleElement().satisfies(i -> {
            assertThat(i.annotation().id()).isEqualTo(q.id());
            assertThat(i.articleTitle()).isEqualTo(TestFiles.SAMPLE_TITLE);
            assertThat(i.thread()).extracting(m -> m.body()).containsExactly("@周敏 數字對嗎？");
            assertThat(i.latest()).isEqualTo(clock.instant());
        });
        assertThat(inbox.items(new InboxService.Filter(other, null, false, true))).extracting(i -> i.annotation().id())
                .containsExactly(c.id());
        assertThat(inbox.items(new InboxService.Filter(null, "周敏", false, true))).extracting(i -> i.annotation().id())
                .containsExactly(q.id());
        // resolved: out of the open list, still in the whole one
        mine.resolve(q, true);
        assertThat(inbox.items(InboxService.Filter.OPEN)).extracting(i -> i.annotation().id()).containsExactly(c.id());
        assertThat(inbox.items(new InboxService.Filter(null, null, false, false))).hasSize(2);
        // trashed articles' threads leave the inbox
        zhou.articles().moveToTrash(List.of(other));
        assertThat(inbox.items(InboxService.Filter.OPEN)).isEmpty();
        zhou.articles().restore(List.of(other));

        // what arrived for me since I looked: Ruth's annotation and her two comments, one naming me
        assertThat(inbox.arrivedSince(seen.minusSeconds(1))).isEqualTo(new InboxService.Arrived(3, 1));
        assertThat(inbox.arrivedSince(clock.instant())).isEqualTo(new InboxService.Arrived(0, 0));
        assertThat(ruth.inbox().arrivedSince(seen.minusSeconds(120))).isEqualTo(new InboxService.Arrived(1, 0));
    }

    @Test
    void aMentionIsTheNameAfterAnAtSignInAnyCase() {
        assertThat(InboxService.names("Ruth", "thanks @ruth, done")).isTrue();
        assertThat(InboxService.names("Ruth", "@Ruthless")).isFalse();
        assertThat(InboxService.names("Ruth", "Ruth, done")).isFalse();
        assertThat(InboxService.names("周敏", "請@周敏。")).isTrue();
    }
}
