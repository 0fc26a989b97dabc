package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;

class WindowLayoutTest extends GalleyFxTest {

    @Override
    protected void prepareSettings(UiSettings s) {
        s.putDouble("window.x", 40);
        s.putDouble("window.y", 30);
        s.putDouble("window.width", 1300);
        s.putDouble("window.height", 650);
        s.put("window.dividers", "0.2000,0.5500");
    }

    @Test
    void theWindowOpensWhereItWasLeftAndRemembersChanges() {
        assertThat(stage.getWidth()).isEqualTo(1300);
        assertThat(stage.getHeight()).isEqualTo(650);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        SplitPane split = lookup("#split").queryAs(SplitPane.class);
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(split.getDividerPositions()[1]).isCloseTo(0.55, org.assertj.core.data.Offset.offset(0.01));

        interact(() -> {
            stage.setWidth(1200);
            split.setDividerPositions(0.25, 0.6);
        });
        clickOn("File");
        clickOn("Quit");

        assertThat(settings.getDouble("window.width", 0)).isEqualTo(1200);
        // the split pane may nudge a divider to respect minimum widths: what is saved is what was shown
        double[] shown = split.getDividerPositions();
        assertThat(settings.get("window.dividers", "")).isEqualTo(
                String.format(java.util.Locale.ROOT, "%.4f,%.4f", shown[0], shown[1])).startsWith("0.2500,");
        assertThat(stage.isShowing()).isFalse();
    }
}
