package app.galley.ui.editor;

import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision's note in the interface's language. The notes Galley itself writes are stored in
 * English words ({@code Imported from sample.txt}, {@code Cleaned: 121 changes (boilerplate 6, …)},
 * {@code Converted s2twp: 3 changes}, {@code Restored revision from 2026-12-04T12:07:00Z}); the
 * History tab shows them in the editor's language, the rules by their names. A note an editor wrote
 * is shown as written.
 */
final class RevisionNoteText {

    private static final Pattern IMPORTED = Pattern.compile("^Imported from (.+)$");
    private static final Pattern CLEANED = Pattern.compile("^Cleaned: (\\d+) changes? \\((.*)\\)$");
    private static final Pattern CONVERTED = Pattern.compile("^Converted (\\S+): (\\d+) changes?$");
    private static final Pattern RESTORED = Pattern.compile("^Restored revision from (\\S+)$");
    /** The fact-check gate's note (FactCheckGate): who went ahead, doing what, with how many problems, and why. */
    private static final Pattern OVERRIDDEN = Pattern.compile(
            "^Fact-check overridden by (.+?): (moved to Ready|moved to Published|exported|sent for publication) with (\\d+)"
                    + " problems? open\\. Why: (.*)$", Pattern.DOTALL);
    private static final java.util.Map<String, String> ACTIONS = java.util.Map.of("moved to Ready", "READY",
            "moved to Published", "PUBLISHED", "exported", "EXPORT", "sent for publication", "PUBLISH");
    private static final Pattern RULE_COUNT = Pattern.compile("^(\\S+) (\\d+)$");
    private static final String FROM_THE_COMMAND_LINE = "Edited from the command line";

    private final I18n i18n;
    private final Formats formats;

    RevisionNoteText(I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
    }

    String describe(String note) {
        if (note == null) {
            return "";
        }
        Matcher m;
        if ((m = IMPORTED.matcher(note)).matches()) {
            return i18n.format("audit.import", m.group(1));
        }
        if ((m = CLEANED.matcher(note)).matches()) {
            List<String> parts = new ArrayList<>();
            for (String part : m.group(2).split(",\\s*")) {
                Matcher r = RULE_COUNT.matcher(part.strip());
                parts.add(r.matches() ? i18n.rule(r.group(1)) + " " + r.group(2) : part.strip());
            }
            return i18n.format("history.note.parts", i18n.format("audit.clean", Long.parseLong(m.group(1))),
                    String.join(i18n.get("list.separator"), parts));
        }
        if ((m = CONVERTED.matcher(note)).matches()) {
            return i18n.format("audit.convert", m.group(1), Long.parseLong(m.group(2)));
        }
        if ((m = RESTORED.matcher(note)).matches()) {
            try {
                return i18n.format("audit.restore", formats.instant(Instant.parse(m.group(1))));
            } catch (DateTimeParseException e) {
                return i18n.format("audit.restore", m.group(1));
            }
        }
        if ((m = OVERRIDDEN.matcher(note)).matches()) {
            return i18n.format("history.note.override", m.group(1), i18n.named("history.note.action.", ACTIONS.get(m.group(2))),
                    Long.parseLong(m.group(3)), m.group(4));
        }
        return note.equals(FROM_THE_COMMAND_LINE) ? i18n.get("history.note.commandLine") : note;
    }

}
