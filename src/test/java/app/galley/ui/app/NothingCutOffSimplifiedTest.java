package app.galley.ui.app;

/** Nothing cut off with the interface in Simplified Chinese (issue 18). */
class NothingCutOffSimplifiedTest extends NothingCutOff {

    @Override
    protected String language() {
        return "zh-Hans";
    }
}
