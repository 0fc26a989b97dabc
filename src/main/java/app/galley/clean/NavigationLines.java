package app.galley.clean;

import java.util.regex.Pattern;

/** Lines of site navigation rather than content: breadcrumbs, "you are here" labels, menus of short items. */
public final class NavigationLines {

    private static final Pattern BREADCRUMB = Pattern.compile("\\s*(?:>|›|»|＞|/)\\s*");
    private static final Pattern NAV_LABEL = Pattern.compile(
            "(?i)^(當前位置|当前位置|目前位置|您的位置|你的位置|您當前的位置|您当前的位置|您現在的位置|您现在的位置|現在位置|位置|you are here|current location|location|home)\\s*[:：]?\\s*$");
    private static final Pattern NAV_WORDS = Pattern.compile(
            "(?i)^(首頁|首页|主頁|主页|home|menu|選單|菜单|skip to (main )?content|跳到主要內容|分享|share|廣告|广告|advertisement)$");

    /** A "you are here" label in front of a breadcrumb: {@code 您的位置：首頁 » 科技}. */
    private static final Pattern NAV_PREFIX = Pattern.compile(
            "(?i)^(當前位置|当前位置|目前位置|您的位置|你的位置|您當前的位置|您当前的位置|您現在的位置|您现在的位置|現在位置|现在位置|you are here|current location)\\s*[:：]\\s*");
    private NavigationLines() {
    }

    /**
     * True for a line that reads as site navigation wherever it stands: what {@link #is} says, or a trail
     * of three or more short crumbs ({@code 新聞 > 財經 > 2026年台股}) with no sentence in it.
     */
    public static boolean isNavigation(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (is(t)) {
            return true;
        }
        String[] crumbs = BREADCRUMB.split(t);
        if (crumbs.length < 3 || t.contains("://") || t.matches(".*[。！？!?；;，,「」“”].*")) {
            return false;
        }
        for (String crumb : crumbs) {
            if (crumb.isBlank() || crumb.codePointCount(0, crumb.length()) > 24) {
                return false;
            }
        }
        return true;
    }

    /** True for lines that are site navigation rather than content. */
    static boolean is(String line) {
        if (NAV_LABEL.matcher(line).matches() || NAV_WORDS.matcher(line).matches() || FurnitureLines.FURNITURE.matcher(line).matches()) {
            return true;
        }
        String[] crumbs = BREADCRUMB.split(line);
        if (crumbs.length >= 2 && !line.contains("://")) {
            String first = NAV_PREFIX.matcher(crumbs[0].strip()).replaceFirst("");
            return NAV_WORDS.matcher(first).matches() || NAV_LABEL.matcher(first).matches();
        }
        String[] menu = line.split("\\s*[|｜]\\s*");
        if (menu.length >= 3) {
            for (String item : menu) {
                if (item.codePointCount(0, item.length()) > 12) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
