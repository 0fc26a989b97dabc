package app.galley.clean;

import app.galley.text.Change;

import java.util.List;

/**
 * A cleaning rule: a pure function from a text to the changes it proposes (offsets in that text).
 * Rules never see each other's output; {@link CleaningPipeline} merges their proposals.
 */
public interface TextRule {

    /** A stable id, used in rule sets, change lists and the CLI, e.g. {@code punctuation-width}. */
    String id();

    List<Change> apply(CleanInput input);
}
