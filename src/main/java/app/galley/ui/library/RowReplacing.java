package app.galley.ui.library;

/**
 * Told around a replacement of rows by other articles (another order, section or search; the
 * library changed under them): the table lets its selection go before, so it does not look for
 * the selected item through every row, and selects the same articles again after.
 */
interface RowReplacing {
    RowReplacing NONE = new RowReplacing() {
        @Override
        public void before() {
        }

        @Override
        public void after() {
        }
    };

    void before();

    void after();
}
