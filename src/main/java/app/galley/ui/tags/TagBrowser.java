package app.galley.ui.tags;

import app.galley.analyze.MediaTopics;
import app.galley.analyze.TagService;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.ui.app.I18n;
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
    private final I18n i18n;
    private final TextField filter = new TextField();
    private final TreeView<TagService.Candidate> tree = new TreeView<>(new TreeItem<>());
    private Map<String, Integer> countsByKey = Map.of();

    public TagBrowser(TagViewModel model, SearchViewModel search, I18n i18n) {
        this.model = model;
        this.search = search;
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
        tree.setMinHeight(120);
        rebuild();
        return box;
    }

    /** How a tag is named in a query: its qcode, or its name in quotes. */
    private static String key(TagService.Candidate c) {
        if (c.topic() != null) {
            return c.topic().qcode();
        }
        return c.tag().qcode() != null ? c.tag().qcode() : "\"" + c.tag().name() + "\"";
    }

    private void rebuild() {
        TagService tags = model.service();
        List<Tag> all = tags.libraryTags();
        Map<Long, Integer> counts = tags.counts();
        Map<String, Integer> byKey = new HashMap<>();
        for (Tag t : all) {
            byKey.put(t.qcode() != null ? t.qcode() : "#" + t.id(), counts.getOrDefault(t.id(), 0));
        }
        countsByKey = byKey;
        TreeItem<TagService.Candidate> root = tree.getRoot();
        root.getChildren().clear();
        String q = filter.getText() == null ? "" : filter.getText().strip();
        if (!q.isEmpty()) {
            for (TagService.Candidate c : tags.complete(q, model.language(), 50)) {
                root.getChildren().add(new TreeItem<>(c));
            }
            return;
        }
        TreeItem<TagService.Candidate> subjects = heading(i18n.get("tags.group.subject"));
        for (MediaTopics.Topic t : tags.topicRoots()) {
            subjects.getChildren().add(topicItem(t));
        }
        root.getChildren().add(subjects);
        for (TagKind k : List.of(TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.STORY, TagKind.FREE)) {
            TreeItem<TagService.Candidate> group = heading(i18n.get("tags.group." + k.id()));
            for (Tag t : all) {
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
            d.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(tag.name())).ifPresent(n -> {
                model.service().rename(tag, n);
                model.changesProperty().set(model.changesProperty().get() + 1);
            });
        });
        javafx.scene.control.MenuItem merge = new javafx.scene.control.MenuItem(i18n.get("tags.merge"));
        merge.setId("mergeTagItem");
        merge.setOnAction(e -> {
            List<Tag> others = model.service().libraryTags().stream()
                    .filter(t -> t.kind() == tag.kind() && t.id() != tag.id()).toList();
            if (others.isEmpty()) {
                return;
            }
            List<String> names = others.stream().map(Tag::name).toList();
            javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
            d.initOwner(tree.getScene().getWindow());
            d.setTitle(i18n.format("tags.mergeInto", tag.name()));
            d.setHeaderText(null);
            d.showAndWait().ifPresent(name -> {
                model.service().merge(tag, others.get(names.indexOf(name)));
                model.changesProperty().set(model.changesProperty().get() + 1);
            });
        });
        javafx.scene.control.ContextMenu m = new javafx.scene.control.ContextMenu();
        m.getItems().addAll(rename, merge);
        return m;
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
