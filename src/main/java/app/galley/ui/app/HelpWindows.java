package app.galley.ui.app;

import app.galley.AppVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.stage.Window;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Help menu's windows (issue 18): the keyboard shortcuts, read from the window's own menus so
 * the sheet cannot fall behind them, plus the keys of the table and of the cleaning review; the user
 * guide (docs/USER_GUIDE*.md, bundled) in the interface's language; About, with the licences.
 */
public final class HelpWindows {

    private HelpWindows() {
    }

    /** One line of the shortcut sheet. */
    public record Shortcut(String group, String action, String keys) {
    }

    /** Every shortcut: the menus' accelerators, in menu order, then the table's and the cleaning review's keys. */
    public static List<Shortcut> shortcuts(MenuBar bar, I18n i18n) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, plain(m.getText()), out);
        }
        String table = i18n.get("help.keys.table");
        out.add(new Shortcut(table, i18n.get("action.moveToTrash"), i18n.get("help.keys.delete")));
        out.add(new Shortcut(table, i18n.get("help.keys.several"), i18n.get("help.keys.severalKeys")));
        String review = i18n.get("help.keys.review");
        out.add(new Shortcut(review, i18n.get("help.keys.nextPrevious"), "N / P"));
        out.add(new Shortcut(review, i18n.get("help.keys.toggle"), i18n.get("help.keys.space")));
        out.add(new Shortcut(review, i18n.get("help.keys.acceptReject"), "A / R"));
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), out);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                out.add(new Shortcut(path, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu's text without its mnemonic mark: "_File" and "檔案(_F)" read "File" and "檔案". */
    static String plain(String text) {
        return text == null ? "" : text.replaceAll("\\(_.\\)$", "").replace("_", "");
    }

    public static void showShortcuts(Window owner, MenuBar bar, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setId("shortcutSheet");
        int row = 0;
        String group = null;
        for (Shortcut s : shortcuts(bar, i18n)) {
            if (!s.group().equals(group)) {
                group = s.group();
                Label heading = new Label(group);
                heading.getStyleClass().add("shortcut-group");
                grid.add(heading, 0, row++, 2, 1);
            }
            grid.add(new Label(s.action()), 0, row);
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 1, row++);
        }
        grid.getColumnConstraints().addAll(wholeColumn(), wholeColumn());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, row * 26.0));
        show(owner, i18n.get("help.shortcuts.title"), scroll);
    }

    /** The user guide in the interface's language (English if there is none in it), as HTML. */
    public static String guideHtml(String language) {
        String name = switch (language) {
            case "zh-Hant" -> "USER_GUIDE.zh-Hant.md";
            case "zh-Hans" -> "USER_GUIDE.zh-Hans.md";
            default -> "USER_GUIDE.md";
        };
        try (InputStream in = HelpWindows.class.getResourceAsStream("/app/galley/help/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the application: " + name);
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(markdown));
            return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                    + "body{font-family:system-ui,'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;line-height:1.55;"
                    + "margin:18px 24px;max-width:46em}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.4em}"
                    + "code{background:#eef;padding:0 3px}</style></head><body>" + body + "</body></html>";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void showGuide(Window owner, I18n i18n, String language) {
        WebView view = new WebView();
        view.setId("userGuide");
        view.setPrefSize(720, 600);
        view.getEngine().loadContent(guideHtml(language));
        show(owner, i18n.get("help.guide.title"), view);
    }

    /** The libraries Galley is made with and their licences (bundled with the application). */
    public static String licences() {
        try (InputStream in = HelpWindows.class.getResourceAsStream("/app/galley/help/licences.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void showAbout(Window owner, I18n i18n, String libraryLocation) {
        Label what = new Label(i18n.format("about.text", libraryLocation, System.getProperty("java.version")));
        what.setWrapText(true);
        TextArea licences = new TextArea(licences());
        licences.setId("licences");
        licences.setEditable(false);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(64);
        VBox box = new VBox(10, what, new Label(i18n.get("about.licences")), licences);
        show(owner, i18n.get("about.title") + " · Galley " + AppVersion.get(), box);
    }

    /** A column never narrower than its widest text: a dialog too narrow scrolls rather than cut a name short. */
    static javafx.scene.layout.ColumnConstraints wholeColumn() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return c;
    }

    private static void show(Window owner, String title, javafx.scene.Node content) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
