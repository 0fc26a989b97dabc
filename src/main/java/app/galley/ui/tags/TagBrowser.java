package app.galley.ui.tags;

import app.galley.analyze.MediaTopics;
import app.galley.analyze.TagService;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.ui.app.BackgroundTasks;
import app.galley.ui.app.I18n;
import app.galley.ui.app.TaskExecutor;
import app.galley.ui.search.SearchViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sidebar's tags: the IPTC Media Topics taxonomy as a tree and the newsroom's own tags by kind,
 * each with how many articles carry it, a field that narrows the tree to what matches (any
 * language), a click that shows the tag's articles (through the search box), and articles dropped
 * from the table onto a tag to tag them.
 */
public final class TagBrowser {

    /** What the article table puts on the dragboard: the dragged articles' ids. */
    public static final DataFormat ARTICLE_IDS = new DataFormat("application/x-galley-article-ids");

    private final TagViewModel model;
    private final SearchViewModel search;
    private final TaskExecutor tasks;
    private final I18n i18n;
    /** The newest reading of the tags asked for: an older one arriving later is not shown. */
    private long generation;
    private final TextField filter = new TextField();
    private final TreeView<TagService.Candidate> tree = new TreeView<>(new TreeItem<>());
    private Map<String, Integer> countsByKey = Map.of();
    /** The library's tags as last read (the choices of a merge). */
    private List<Tag> shownTags = List.of();

    public TagBrowser(TagViewModel model, SearchViewModel search, TaskExecutor tasks, I18n i18n) {
        this.model = model;
        this.search = search;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    public Node node() {
        filter.setId("tagFilter");
        filter.setPromptText(i18n.get("tags.filter"));
        filter.textProperty().addListener((o, was, now) -> rebuild());
        tree.setId("tagTree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getValue() != null && (now.getValue().tag() != null || now.getValue().topic() != null)) {
                search.queryProperty().set("tag:" + key(now.getValue()));
                search.run();
            }
        });
        model.changesProperty().addListener((o, was, now) -> rebuild());
        // the newsroom's own tags (not Media Topics) can be renamed and merged from here
        tree.setOnContextMenuRequested(e -> {
            TreeItem<TagService.Candidate> sel = tree.getSelectionModel().getSelectedItem();
            Tag tag = sel == null || sel.getValue() == null ? null : sel.getValue().tag();
            if (tag != null && tag.qcode() == null) {
                ownTagMenu(tag).show(tree, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        VBox box = new VBox(4, filter, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setPrefHeight(240);
        tree.setMinHeight(64); // on a 768-pixel screen the sidebar's sections come first; the tree scrolls
        rebuild();
        return box;
    }

    /**
     * How a tag is named in the search box: by its name as the tree shows it (in the interface's
     * language), quoted, never by its code; the index knows every name of a tag in every language.
     */
    static String key(TagService.Candidate c) {
        String name = c.label() != null && !c.label().isBlank() ? c.label()
                : c.tag() != null ? c.tag().name() : c.topic().qcode();
        return "\"" + name.replace("\"", "") + "\"";
    }

    /** What the tree shows, read off the FX thread: the library's tags with their counts, and either
     * what matches the filter or the taxonomy's top topics. */
    private record Reading(List<Tag> all, Map<String, Integer> counts, List<TagService.Candidate> found,
                           List<MediaTopics.Topic> roots) {
    }

    /** Reads the tags again in the background (the library, the taxonomy), then shows them. */
    private void rebuild() {
        TagService tags = model.service();
        String q = filter.getText() == null ? "" : filter.getText().strip();
        String language = model.language();
        long mine = ++generation;
        tasks.submit(() -> {
            List<Tag> all = tags.libraryTags();
            Map<Long, Integer> counts = tags.counts();
            Map<String, Integer> byKey = new HashMap<>();
            for (Tag t : all) {
                byKey.put(t.qcode() != null ? t.qcode() : "#" + t.id(), counts.getOrDefault(t.id(), 0));
            }
            return q.isEmpty() ? new Reading(all, byKey, List.of(), tags.topicRoots())
                    : new Reading(all, byKey, tags.complete(q, language, 50), List.of());
        }, r -> {
            if (mine == generation) {
                show(r, q.isEmpty());
            }
        }, BackgroundTasks::log);
    }

    private void show(Reading r, boolean whole) {
        countsByKey = r.counts();
        shownTags = r.all();
        TreeItem<TagService.Candidate> root = tree.getRoot();
        root.getChildren().clear();
        if (!whole) {
            r.found().forEach(c -> root.getChildren().add(new TreeItem<>(c)));
            return;
        }
        TreeItem<TagService.Candidate> subjects = heading(i18n.get("tags.group.subject"));
        for (MediaTopics.Topic t : r.roots()) {
            subjects.getChildren().add(topicItem(t));
        }
        root.getChildren().add(subjects);
        for (TagKind k : List.of(TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.STORY, TagKind.FREE)) {
            TreeItem<TagService.Candidate> group = heading(i18n.get("tags.group." + k.id()));
            for (Tag t : r.all()) {
                if (t.kind() == k) {
                    group.getChildren().add(new TreeItem<>(new TagService.Candidate(t, null, t.name(model.language()))));
                }
            }
            group.setExpanded(!group.getChildren().isEmpty());
            root.getChildren().add(group);
        }
    }

    /** A topic with its narrower topics, filled when it is opened (1,084 in all). */
    private TreeItem<TagService.Candidate> topicItem(MediaTopics.Topic t) {
        TagService tags = model.service();
        TreeItem<TagService.Candidate> item = new TreeItem<>(new TagService.Candidate(null, t, t.name(model.language())));
        List<MediaTopics.Topic> kids = tags.topicChildren(t.qcode());
        if (!kids.isEmpty()) {
            item.getChildren().add(new TreeItem<>()); // a placeholder, so the arrow shows
            item.expandedProperty().addListener((o, was, open) -> {
                if (open && item.getChildren().size() == 1 && item.getChildren().get(0).getValue() == null) {
                    item.getChildren().setAll(kids.stream().map(this::topicItem).toList());
                }
            });
        }
        return item;
    }

    /** Rename, merge into another tag of the same kind, or delete one of the newsroom's tags. */
    private javafx.scene.control.ContextMenu ownTagMenu(Tag tag) {
        javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem(i18n.get("tags.rename"));
        rename.setId("renameTagItem");
        rename.setOnAction(e -> {
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(tag.name());
            d.initOwner(tree.getScene().getWindow());
            d.setTitle(i18n.get("tags.rename"));
            d.setHeaderText(null);
            d.getEditor().setId("renameTagField");
            d.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(tag.name()))
                    .ifPresent(n -> write(() -> model.service().rename(tag, n)));
        });
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem(i18n.get("tags.merge"));
        merge.setId("mergeTagItem");
        merge.setOnAction(e -> {
            List<Tag> others = shownTags.stream()
                    .filter(t -> t.kind() == tag.kind() && t.id() != tag.id()).toList();
            if (others.isEmpty()) {
                return;
            }
            List<String> names = others.stream().map(Tag::name).toList();
            javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
            d.initOwner(tree.getScene().getWindow());
            d.setTitle(i18n.format("tags.mergeInto", tag.name()));
            d.setHeaderText(null);
            d.showAndWait().ifPresent(name -> write(() -> model.service().merge(tag, others.get(names.indexOf(name)))));
        });
        javafx.scene.control.ContextMenu m = new javafx.scene.control.ContextMenu();
        m.getItems().addAll(rename, merge);
        return m;
    }

    /** Renames or merges off the FX thread; then the tag views read the tags again. */
    private void write(Runnable change) {
        tasks.submit(change, () -> model.changesProperty().set(model.changesProperty().get() + 1));
    }

    private static TreeItem<TagService.Candidate> heading(String label) {
        TreeItem<TagService.Candidate> h = new TreeItem<>(new TagService.Candidate(null, null, label));
        h.setExpanded(true);
        return h;
    }

    private final class Cell extends TreeCell<TagService.Candidate> {
        Cell() {
            setOnDragOver(e -> {
                if (getItem() != null && (getItem().tag() != null || getItem().topic() != null)
                        && e.getDragboard().hasContent(ARTICLE_IDS)) {
                    e.acceptTransferModes(TransferMode.LINK, TransferMode.COPY);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (getItem() != null && e.getDragboard().hasContent(ARTICLE_IDS)) {
                    List<Long> ids = java.util.Arrays.stream(((String) e.getDragboard().getContent(ARTICLE_IDS)).split(","))
                            .filter(s -> !s.isBlank()).map(Long::parseLong).toList();
                    model.tagArticles(ids, getItem());
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(TagService.Candidate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("tag-group");
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item.tag() == null && item.topic() == null) {
                setText(item.label());
                getStyleClass().add("tag-group");
                return;
            }
            String key = item.topic() != null ? item.topic().qcode()
                    : item.tag().qcode() != null ? item.tag().qcode() : "#" + item.tag().id();
            int n = countsByKey.getOrDefault(key, 0);
            setText(n > 0 ? item.label() + "  (" + n + ")" : item.label());
        }
    }
}
