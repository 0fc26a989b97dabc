package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** List lines cut to their columns, a Chinese character counting two. */
class CellLinesTest {

    @Test
    void linesAreCutByColumnsWithAnEllipsisOfTheirOwn() {
        assertThat(CellLines.cut("short", 10)).isEqualTo("short");
        assertThat(CellLines.cut("exactly10!", 10)).isEqualTo("exactly10!");
        assertThat(CellLines.cut("a little too long", 10)).isEqualTo("a little …");
        assertThat(CellLines.cut("探秘人腦超級晶元上海", 10)).isEqualTo("探秘人腦…");
        assertThat(CellLines.cut("探秘人腦超", 10)).isEqualTo("探秘人腦超");
        assertThat(CellLines.cut("Ruth · 12/4/26: 張旭說", 16)).isEqualTo("Ruth · 12/4/26:…");
    }
}
