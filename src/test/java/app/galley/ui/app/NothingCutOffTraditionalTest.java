package app.galley.ui.app;

/** Nothing cut off with the interface in Traditional Chinese (issue 18). */
class NothingCutOffTraditionalTest extends NothingCutOff {

    @Override
    protected String language() {
        return "zh-Hant";
    }
}
