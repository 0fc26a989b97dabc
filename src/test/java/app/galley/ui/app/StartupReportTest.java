package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.service.Services;
import app.galley.store.Library;
import org.junit.jupiter.api.Test;

/** The start-up benchmark's probe: usable once the table's first row is read and the article is shown. */
class StartupReportTest extends GalleyFxTest {

    @Override
    protected void prepare(Library library) {
        Services.of(library).imports().importFile(TestFiles.samplePath());
    }

    @Test
    void theWindowIsUsableOnceItsArticleIsShownAndNotWithoutOne() {
        settle();
        assertThat(interactAndGet(() -> StartupReport.usable(stage.getScene(), window.viewModel()))).isTrue();
        interact(() -> window.viewModel().select(-1)); // nothing shown: not yet usable
        settle();
        assertThat(interactAndGet(() -> StartupReport.usable(stage.getScene(), window.viewModel()))).isFalse();
    }
}
