package app.galley.ui.library;

import app.galley.model.ArticleStatus;
import app.galley.model.ArticleSummary;
import java.util.ArrayList;
import java.util.List;

/** A library section in the sidebar: everything, or the articles in one workflow status. */
public record Section(ArticleStatus status) {

    public static final Section ALL = new Section(null);

    public static List<Section> all() {
        List<Section> list = new ArrayList<>();
        list.add(ALL);
        for (ArticleStatus s : ArticleStatus.values()) {
            list.add(new Section(s));
        }
        return list;
    }

    public boolean contains(ArticleSummary summary) {
        return status == null || summary.status() == status;
    }
}
