package app.galley.ui.editor;

import app.galley.model.Article;
import app.galley.service.EditService;
import app.galley.ui.app.I18n;
import app.galley.ui.clean.CleanViewModel;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tools that work on the shown article, as the tabs of the tool area beside its text (ADR 17):
 * Clean, Fact-check, History. A tool shows the article as last saved (the editor saves typing before
 * another tool is shown) and is brought up to date when it is shown or the article changes.
 */
final class ToolTabs {

    private final TabPane tools = new TabPane();
    private final Tab cleanTab = new Tab();
    private final Tab factCheckTab = new Tab();
    private final Tab historyTab = new Tab();
    private final CleanViewModel cleanModel;
    private final Supplier<HistoryPane> historyPane;
    private final Supplier<Article> current;
    /** Told when a tool is asked for (the window shows its tool area). */
    private Runnable asked = () -> { };

    ToolTabs(I18n i18n, CleanViewModel cleanModel, Supplier<Node> clean, Node factCheck,
             Supplier<HistoryPane> historyPane, Supplier<Article> current, Runnable beforeSwitch) {
        this.cleanModel = cleanModel;
        this.historyPane = historyPane;
        this.current = current;
        tab(cleanTab, "cleanTab", i18n.get("tab.clean"), clean);
        tab(factCheckTab, "factCheckTab", i18n.get("tab.factCheck"), () -> factCheck);
        tab(historyTab, "historyTab", i18n.get("tab.history"), () -> historyPane.get().node());
        tools.getTabs().addAll(cleanTab, factCheckTab, historyTab);
        tools.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tools.setId("toolTabs");
        tools.getStyleClass().add("tool-tabs");
        tools.setMinWidth(200);
        tools.getSelectionModel().select(factCheckTab);
        attach(factCheckTab);
        tools.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            attach(now);
            beforeSwitch.run(); // a tool works on the saved text: typing is saved first
            refresh();
        });
    }

    private static void tab(Tab tab, String id, String title, Supplier<Node> content) {
        tab.setId(id);
        tab.setText(title);
        tab.setUserData(content);
    }

    /**
     * Makes a tool and puts it into its tab the first time the tab is shown: a tool not shown yet is
     * not built, styled and laid out while the window opens (issue 18, start-up).
     */
    private static void attach(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof Supplier<?> content) {
            tab.setContent((Node) content.get());
        }
    }

    TabPane node() {
        return tools;
    }

    void onAsked(Runnable r) {
        this.asked = r;
    }

    /** Shows one tool: {@code clean}, {@code factcheck} or {@code history}. */
    void show(String which) {
        asked.run();
        Tab tab = switch (which) {
            case "clean" -> cleanTab;
            case "history" -> historyTab;
            default -> factCheckTab;
        };
        if (tools.getSelectionModel().getSelectedItem() == tab) {
            refresh(); // already shown: brought up to date (another tab's selection refreshes itself)
        } else {
            tools.getSelectionModel().select(tab);
        }
    }

    /** The tool shown: {@code clean}, {@code factcheck} or {@code history}. */
    String shown() {
        Tab t = tools.getSelectionModel().getSelectedItem();
        return t == cleanTab ? "clean" : t == historyTab ? "history" : "factcheck";
    }

    /** Brings the tool shown up to date with the article shown. */
    void refresh() {
        Article a = current.get();
        Tab tab = tools.getSelectionModel().getSelectedItem();
        if (tab == cleanTab) {
            Article proposedFor = cleanModel.articleProperty().get();
            boolean sameArticle = a != null && proposedFor != null && proposedFor.id() == a.id();
            if (!sameArticle || proposedFor.version() != a.version()) {
                // a find and replace stays proposed while its article is shown; otherwise the rules
                boolean keepReplace = sameArticle && cleanModel.proposalProperty().get() instanceof EditService.Proposal.Replace;
                cleanModel.propose(a, keepReplace ? cleanModel.proposalProperty().get() : new EditService.Proposal.Rules());
            }
        } else if (tab == historyTab) {
            historyPane.get().show(a);
        }
    }
}
