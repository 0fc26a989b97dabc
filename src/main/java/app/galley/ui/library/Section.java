package app.galley.ui.library;

import app.galley.model.ArticleStatus;
import java.util.ArrayList;
import java.util.List;

/** A library section in the sidebar: everything, the articles in one workflow status, or the Trash. */
public record Section(ArticleStatus status, boolean trash) {

    public static final Section ALL = new Section(null, false);
    public static final Section TRASH = new Section(null, true);

    public Section(ArticleStatus status) {
        this(status, false);
    }

    public static List<Section> all() {
        List<Section> list = new ArrayList<>();
        list.add(ALL);
        for (ArticleStatus s : ArticleStatus.values()) {
            list.add(new Section(s));
        }
        list.add(TRASH);
        return list;
    }
}
