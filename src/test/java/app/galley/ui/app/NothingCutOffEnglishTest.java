package app.galley.ui.app;

/** Nothing cut off with the interface in English (issue 18). */
class NothingCutOffEnglishTest extends NothingCutOff {

    @Override
    protected String language() {
        return "en";
    }
}
