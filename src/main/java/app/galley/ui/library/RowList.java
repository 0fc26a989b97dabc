package app.galley.ui.library;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The table's rows as one array, changed a range at a time (ADR 16). A sort or another section
 * replaces every row: {@link javafx.collections.ObservableList#setAll} tells the table of it one row
 * at a time (100,000 removals and 100,000 additions recorded, on the FX thread, at each sort), this
 * tells it in one change whose removed rows are the old array, untouched. A page read changes its
 * rows in one change too, not one per row, and as an update of those rows, so the table keeps its
 * selection (a replacement would make it look for the selected item again, and keep only that one). Read-only to everyone else: the table's own sorting is
 * replaced by the store's (ArticleTable's sort policy).
 */
final class RowList<E> extends ObservableListBase<E> {

    private Object[] items = new Object[0];

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= items.length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (E) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /** The table's selection looks for its item after every replacement: a plain scan of the array. */
    @Override
    public int indexOf(Object o) {
        Object[] a = items;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == o || (o != null && o.equals(a[i]))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Every row replaced at once, in one change. */
    void replaceAll(List<? extends E> all) {
        Object[] old = items;
        items = all.toArray();
        if (old.length == 0 && items.length == 0) {
            return;
        }
        fireChange(new Replaced(0, items.length, view(old, 0, old.length)));
    }

    /**
     * Rows {@code from} on replaced by {@code values} (as far as the list goes), in one change: the
     * table then takes them as other items, and its selection of them goes.
     */
    void replace(int from, List<? extends E> values) {
        int[] range = differing(from, values);
        if (range != null) {
            Object[] removed = Arrays.copyOfRange(items, range[0], range[1]);
            copy(from, values, range);
            fireChange(new Replaced(range[0], range[1], view(removed, 0, removed.length)));
        }
    }

    /**
     * Rows {@code from} on given new values of the same rows (a page read where it was loading, an
     * article saved), in one change the table takes as an update: its selection stays.
     */
    void update(int from, List<? extends E> values) {
        int[] range = differing(from, values);
        if (range != null) {
            copy(from, values, range);
            fireChange(new Updated(range[0], range[1]));
        }
    }

    /** The first and past-the-last row that {@code values} would change (null: none). */
    private int[] differing(int from, List<? extends E> values) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size() && from + i < items.length; i++) {
            if (!values.get(i).equals(items[from + i])) {
                first = first < 0 ? from + i : first;
                last = from + i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    private void copy(int from, List<? extends E> values, int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            items[i] = values.get(i - from);
        }
    }

    private List<E> view(Object[] array, int from, int to) {
        return new AbstractList<>() {
            @Override
            @SuppressWarnings("unchecked")
            public E get(int i) {
                return (E) array[from + i];
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /** One replacement: rows [from, to) now, {@code removed} before. */
    private final class Replaced extends OneChange {
        private final List<E> removed;

        Replaced(int from, int to, List<E> removed) {
            super(from, to);
            this.removed = removed;
        }

        @Override
        public List<E> getRemoved() {
            return removed;
        }
    }

    /** Rows [from, to) hold new values of the same rows. */
    private final class Updated extends OneChange {

        Updated(int from, int to) {
            super(from, to);
        }

        @Override
        public List<E> getRemoved() {
            return List.of();
        }

        @Override
        public boolean wasUpdated() {
            return true;
        }
    }

    /** A change of one range. */
    private abstract class OneChange extends ListChangeListener.Change<E> {
        private final int from;
        private final int to;
        private boolean before = true;

        OneChange(int from, int to) {
            super(RowList.this);
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean next() {
            boolean had = before;
            before = false;
            return had;
        }

        @Override
        public void reset() {
            before = true;
        }

        @Override
        public int getFrom() {
            return from;
        }

        @Override
        public int getTo() {
            return to;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
