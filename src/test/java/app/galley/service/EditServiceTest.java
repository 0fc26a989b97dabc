package app.galley.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import app.galley.model.ImportOutcome;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.store.Library;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits, undo and the conflict rule, on a real library, without a window. */
class EditServiceTest {

    @TempDir
    Path dir;

    private static long imported(Services s, String text) {
        return ((ImportOutcome.Imported) s.imports().importText(text, "story.txt")).articleId();
    }

    @Test
    void anEditMeetingAnotherWritersChangeIsAConflictAndKeepMineSavesOnTop() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib);
            EditService edits = services.editing();
            long id = imported(services, "Council approves budget\n\nThe council voted 7 to 2.");
            Article base = services.articles().find(id).orElseThrow();
            // another writer (the command line) saves first
            services.articles().save(id, base.version(), ArticleEdit.of(base).withBody("The council voted 8 to 1."), "cli");

            EditService.Outcome o = edits.saveEdit(base, ArticleEdit.of(base).withBody("The council voted 9 to 0."),
                    false, "mine");
            assertThat(o.saved()).isEmpty();
            assertThat(o.conflicts()).singleElement().satisfies(c -> {
                assertThat(c.stored().body()).isEqualTo("The council voted 8 to 1.");
                assertThat(c.wanted().body()).isEqualTo("The council voted 9 to 0.");
            });
            assertThat(services.articles().find(id).orElseThrow().body()).isEqualTo("The council voted 8 to 1.");

            Article kept = edits.keepMine(o.conflicts().get(0), "kept").article().orElseThrow();
            assertThat(kept.body()).isEqualTo("The council voted 9 to 0.");
            assertThat(services.articles().revisions(id)).extracting(r -> r.body())
                    .contains("The council voted 8 to 1.", "The council voted 9 to 0.");
        }
    }

    @Test
    void changesMadeBeforeTheLastSaveCameBackAreCarriedOverOntoItButNeverOverAnotherWriter() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib);
            EditService edits = services.editing();
            long id = imported(services, "Council approves budget\n\nThe council voted 7 to 2.");
            Article shown = services.articles().find(id).orElseThrow();
            // the window saves in the background: a new headline, then typing, then a status move, all
            // made on the version it showed before any of those saves came back
            edits.saveEdit(shown, ArticleEdit.of(shown).withTitle("Council passes budget"), false, "details");
            Article typed = edits.saveEdit(shown, ArticleEdit.of(shown).withBody("The council voted 7 to 2 on Monday."),
                    true, "typing").article().orElseThrow();
            assertThat(typed.title()).as("the typing keeps the new headline").isEqualTo("Council passes budget");
            assertThat(typed.body()).isEqualTo("The council voted 7 to 2 on Monday.");
            Article moved = edits.changeStatus(shown, app.galley.model.ArticleStatus.READY).article().orElseThrow();
            assertThat(moved.body()).isEqualTo("The council voted 7 to 2 on Monday.");
            // a cleaning proposed on a version with the same text is carried over; one on older text is stale
            assertThat(edits.saveCleaning(typed, edits.propose(typed, new EditService.Proposal.Replace("Monday", "Tuesday",
                    false, false)), c -> true, "replace").saved()).singleElement()
                    .extracting(Article::body).isEqualTo("The council voted 7 to 2 on Tuesday.");
            assertThat(edits.saveCleaning(shown, edits.propose(shown, new EditService.Proposal.Replace("7", "8", false, false)),
                    c -> true, "replace").stale()).containsExactly(id);
            // undo takes back one step at a time
            assertThat(edits.undo(l -> "undo " + l).orElseThrow().outcome().article().orElseThrow().body())
                    .isEqualTo("The council voted 7 to 2 on Monday.");

            // another writer saves: a change made on an older version is a conflict again, not carried over
            Article newest = services.articles().find(id).orElseThrow();
            services.articles().save(id, newest.version(), ArticleEdit.of(newest).withBody("Theirs."), "cli");
            EditService.Outcome o = edits.saveEdit(shown, ArticleEdit.of(shown).withBody("Mine."), true, "typing");
            assertThat(o.saved()).isEmpty();
            assertThat(o.conflicts()).singleElement().satisfies(c -> assertThat(c.stored().body()).isEqualTo("Theirs."));
            assertThat(services.articles().find(id).orElseThrow().body()).isEqualTo("Theirs.");
        }
    }

    @Test
    void undoThatWouldRevertAnotherWritersLaterChangeBecomesAConflict() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib);
            EditService edits = services.editing();
            long id = imported(services, "Council approves budget\n\nThe council voted 7 to 2.");
            Article base = services.articles().find(id).orElseThrow();
            Article mine = edits.saveEdit(base, ArticleEdit.of(base).withBody("Mine."), false, "mine")
                    .article().orElseThrow();
            assertThat(edits.undoLabel()).contains("mine");

            // undone and redone at once: nobody else wrote, so no conflict
            EditService.Step undone = edits.undo(l -> "undo " + l).orElseThrow();
            assertThat(undone.outcome().conflicts()).isEmpty();
            assertThat(undone.outcome().saved()).singleElement().extracting(Article::body)
                    .isEqualTo("The council voted 7 to 2.");
            Article redone = edits.redo(l -> "redo " + l).orElseThrow().outcome().article().orElseThrow();
            assertThat(redone.body()).isEqualTo("Mine.");

            // now another writer changes it; undo must not silently put the old text back over theirs
            services.articles().save(id, redone.version(), ArticleEdit.of(redone).withBody("Theirs."), "elsewhere");
            EditService.Step blocked = edits.undo(l -> "undo " + l).orElseThrow();
            assertThat(blocked.outcome().saved()).isEmpty();
            assertThat(blocked.outcome().conflicts()).singleElement().satisfies(c -> {
                assertThat(c.stored().body()).isEqualTo("Theirs.");
                assertThat(c.wanted().body()).isEqualTo("The council voted 7 to 2.");
            });
            assertThat(services.articles().find(id).orElseThrow().body()).isEqualTo("Theirs.");
            assertThat(mine.body()).isEqualTo("Mine.");
        }
    }

    @Test
    void cleaningASelectionIsOneUndoAndTaggingIsUndoneFromExactlyTheArticlesItChanged() {
        try (Library lib = Library.openEmbedded(dir)) {
            Services services = Services.of(lib);
            EditService edits = services.editing();
            long a = imported(services, "First story\n\n他說,這很好。");
            long b = imported(services, "Second story\n\n她問:為什麼?");
            long c = imported(services, "Third story\n\nNothing to clean here.");

            EditService.BatchResult r = edits.cleanAll(List.of(a, b, c), new EditService.Proposal.Rules(),
                    n -> "clean " + n, (i, total, title) -> { }, () -> false);
            assertThat(r.cleaned()).isEqualTo(2);
            assertThat(services.articles().find(a).orElseThrow().body()).contains("他說，這很好");
            assertThat(edits.undoLabel()).contains("clean 2");
            edits.undo(l -> "undo " + l);
            assertThat(services.articles().find(a).orElseThrow().body()).contains("他說,這很好");
            assertThat(services.articles().find(b).orElseThrow().body()).contains("她問:為什麼?");

            Tag tag = services.tags().tag(TagKind.STORY, "Budget", null);
            services.tags().add(List.of(c), tag);
            assertThat(edits.tag(List.of(a, c), tag.id(), true, n -> "tag " + n)).containsExactly(a);
            Optional<EditService.Step> undo = edits.undo(l -> l);
            assertThat(undo).get().extracting(EditService.Step::tagsChanged).isEqualTo(true);
            assertThat(services.tags().tagsOf(a)).isEmpty();
            assertThat(services.tags().tagsOf(c)).extracting(Tag::name).containsExactly("Budget"); // was tagged before
        }
    }
}
