package app.galley.ui.tags;

import app.galley.analyze.TagService;
import app.galley.model.Article;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.search.TagSuggestion;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.Drafts;
import app.galley.ui.editor.EditingViewModel;
import app.galley.ui.search.SearchWorker;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tags of the article shown: its tags, completion as the editor types (across languages and
 * synonyms), and suggestions (worked out on the search thread) accepted with one click.
 */
public final class TagViewModel {

    private final TagService tags;
    private final SearchWorker search;
    private final String language;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Tag> onArticle = FXCollections.observableArrayList();
    private final ObservableList<TagSuggestion> suggestions = FXCollections.observableArrayList();
    private long asked;
    /** Goes up whenever tags change (counts in the sidebar follow). */
    private final javafx.beans.property.IntegerProperty changes = new javafx.beans.property.SimpleIntegerProperty();

    private final EditingViewModel editing;

    public TagViewModel(TagService tags, SearchWorker search, String uiLanguage, EditingViewModel editing) {
        this.tags = tags;
        this.editing = editing;
        // an undo or redo of tagging: the chips and the counts follow
        editing.tagsChangedProperty().addListener((o, was, now) -> reload());
        this.search = search;
        this.language = uiLanguage;
    }

    public ObservableList<Tag> tags() {
        return onArticle;
    }

    public ObservableList<TagSuggestion> suggestions() {
        return suggestions;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    /** The language tag names are shown in ("en", "zh-Hant", "zh-Hans"). */
    public String language() {
        return language;
    }

    private Drafts drafts = Drafts.inMemory();

    /** Keeps what is typed in the tag field per article in {@code d} (the window's settings). */
    public void useDrafts(Drafts d) {
        this.drafts = d;
    }

    /** What was typed in the tag field for the article shown and not yet added. */
    public String tagDraft() {
        Article a = article.get();
        return a == null ? "" : drafts.get("tag", a.id());
    }

    public void setTagDraft(String text) {
        Article a = article.get();
        if (a != null) {
            drafts.put("tag", a.id(), text);
        }
    }

    public void show(Article a) {
        Article was = article.get();
        article.set(a);
        if (a == null) {
            onArticle.clear();
            suggestions.clear();
            return;
        }
        if (was == null || was.id() != a.id()) {
            onArticle.clear(); // nothing of the last article's tags stays while this one's are read
        }
        readTags(a);
        if (was == null || was.id() != a.id() || was.version() != a.version()) {
            suggest(a);
        }
    }

    private void suggest(Article a) {
        long mine = ++asked;
        suggestions.clear();
        search.submit(s -> {
            List<TagSuggestion> found = s.suggestTags(a, language);
            editing.tasks().onFx(() -> { // (the window's executor: tests run it at once, without a toolkit)
                if (mine == asked) {
                    suggestions.setAll(mix(found));
                }
            });
        });
    }

    /** Two of each kind, topics first, then people, places, organisations, keywords: a line or two. */
    static List<TagSuggestion> mix(List<TagSuggestion> found) {
        List<TagSuggestion> out = new java.util.ArrayList<>();
        java.util.Map<TagKind, Integer> limit = java.util.Map.of(TagKind.SUBJECT, 2, TagKind.PERSON, 2, TagKind.PLACE, 2,
                TagKind.ORGANISATION, 2, TagKind.FREE, 2);
        for (TagKind k : List.of(TagKind.SUBJECT, TagKind.PERSON, TagKind.PLACE, TagKind.ORGANISATION, TagKind.FREE)) {
            found.stream().filter(x -> x.kind() == k).limit(limit.get(k)).forEach(out::add);
        }
        return out;
    }

    /** The newest completion asked for: an older answer arriving later is dropped. */
    private long completing;

    /**
     * What completion offers for what was typed, read off the FX thread (the library's tags and the
     * taxonomy); {@code then} is given it on the FX thread unless something newer was typed meanwhile.
     */
    public void complete(String typed, java.util.function.Consumer<List<TagService.Candidate>> then) {
        long mine = ++completing;
        editing.tasks().submit(() -> tags.complete(typed, language, 10), found -> {
            if (mine == completing) {
                then.accept(found);
            }
        }, app.galley.ui.app.BackgroundTasks::log);
    }

    public void add(TagService.Candidate c) {
        add(() -> tags.resolve(c));
    }

    /** Adds a new tag of a kind by name (when completion offers nothing that fits). */
    public void add(TagKind kind, String name) {
        add(() -> tags.tag(kind, name, null));
    }

    public void accept(TagSuggestion s) {
        add(() -> s.qcode() != null ? tags.subject(s.qcode()) : tags.tag(s.kind(), s.name(), null));
        suggestions.remove(s);
    }

    /** Puts a tag on the shown article; the tag is found (or made) in the lane of writes, with the tagging. */
    private void add(java.util.concurrent.Callable<Tag> t) {
        Article a = article.get();
        if (a != null) {
            editing.tag(List.of(a.id()), t, true, n -> { });
        }
    }

    private void reload() {
        Article a = article.get();
        if (a != null) {
            readTags(a);
        }
        changes.set(changes.get() + 1);
    }

    /** Reads an article's tags in the background; they are shown if it is still the one shown. */
    private void readTags(Article a) {
        editing.tasks().submit(() -> tags.tagsOf(a.id()), on -> {
            if (article.get() != null && article.get().id() == a.id()) {
                onArticle.setAll(on);
            }
        }, BackgroundTasks::log);
    }

    /**
     * Puts a tag (or topic) on articles, or takes it off, as one undoable step, in the background; the
     * window's message says how many changed.
     */
    public void tag(List<Long> ids, TagService.Candidate target, boolean on) {
        editing.tag(ids, () -> tags.resolve(target), on, n -> { });
    }

    public javafx.beans.property.IntegerProperty changesProperty() {
        return changes;
    }

    public TagService service() {
        return tags;
    }

    /** Tags articles dropped on a tag (or a topic, which becomes a tag). */
    public void tagArticles(List<Long> ids, TagService.Candidate target) {
        tag(ids, target, true);
    }

    public void remove(Tag t) {
        Article a = article.get();
        if (a != null) {
            editing.tag(List.of(a.id()), () -> t, false, n -> { });
        }
    }
}
