package app.galley.service;

import app.galley.clean.ChangesJson;
import app.galley.clean.Cleaning;
import app.galley.model.Revision;
import app.galley.text.Change;
import java.util.List;

/** What changed between revisions, as the History tab shows it. */
public final class RevisionDiffs {

    private RevisionDiffs() {
    }

    /** What changed from one text to another, as changes of a rule called "diff" (History compares with it). */
    public static Cleaning diff(String older, String newer) {
        return new Cleaning(older, app.galley.text.TextDiff.changes(older, newer, "diff", "diff"));
    }

    /** The changes stored with a revision (empty for the first one and restores). */
    public static List<Change> changesOf(Revision r) {
        return ChangesJson.read(r.changes());
    }
}
