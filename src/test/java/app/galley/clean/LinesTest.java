package app.galley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.text.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing whole lines leaves the paragraphs around them as they were: apart when they were apart. */
class LinesTest {

    private static String removing(String text, int... indexes) {
        List<Lines.Line> lines = Lines.of(text);
        boolean[] remove = new boolean[lines.size()];
        String[] reasons = new String[lines.size()];
        for (int i : indexes) {
            remove[i] = true;
            reasons[i] = "a test line";
        }
        StringBuilder out = new StringBuilder(text);
        List<Change> changes = Lines.removals(text, lines, remove, "test", reasons);
        for (int i = changes.size() - 1; i >= 0; i--) {
            out.replace(changes.get(i).start(), changes.get(i).end(), changes.get(i).replacement());
        }
        return out.toString();
    }

    @Test
    void aLineBetweenTwoParagraphsLeavesTheBlankLineThatPartedThem() {
        // the line under a byline went; the byline's block and the story must not run together
        assertThat(removing("Jane Doe\nPublished June 3, 2026\n\nFerry fares rise.", 1)).isEqualTo("Jane Doe\n\nFerry fares rise.");
        assertThat(removing("圖、文／王小明\n2026-10-03\n\n市府今天宣布。", 1)).isEqualTo("圖、文／王小明\n\n市府今天宣布。");
    }

    @Test
    void aLineInsideOrAtTheEdgesTakesItsBreakAsBefore() {
        assertThat(removing("Kicker\nHeadline\n\nStory.", 0)).isEqualTo("Headline\n\nStory.");
        assertThat(removing("Story one.\n\nByline\n\nStory two.", 1)).isEqualTo("Story one.\n\nStory two.");
        assertThat(removing("Story.\n\nShare this\n", 1)).isEqualTo("Story.");
        assertThat(removing("One\nTwo\nThree", 1)).isEqualTo("One\nThree");
    }
}
