package app.galley.clean;

import app.galley.text.Change;
import java.util.List;

/**
 * Removes the lines that carry an article's metadata rather than its story ({@link MetadataLines}):
 * kickers, {@code 原標題：} lines, datelines, byline and outlet lines, metadata bars, repost credits,
 * share and furniture lines, each a change of its own, shown and undone like every cleaning change.
 * What they say is kept as the article's fields (issue 20).
 */
final class MetadataLinesRule implements TextRule {

    static final String ID = "metadata-lines";

    static final RuleInfo INFO = new RuleInfo(ID, false, List.of(), List.of(
            new RuleInfo.Example("zh-Hant", "分類：財經 | 發布時間：2026-08-09 | 來源：經濟日報 | 閱讀：1,024\n"
                    + "記者 陳怡君／台北報導\n受到颱風影響，全台蔬菜價格連日上漲，高麗菜批發均價比颱風前漲了將近三倍。",
                    "受到颱風影響，全台蔬菜價格連日上漲，高麗菜批發均價比颱風前漲了將近三倍。")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Change> apply(CleanInput input) {
        String text = input.text();
        MetadataLines.Found found = MetadataLines.of(text, false);
        List<Lines.Line> all = Lines.of(text);
        boolean[] remove = new boolean[all.size()];
        String[] reasons = new String[all.size()];
        java.util.Map<Integer, MetadataLines.Kind> kinds = new java.util.HashMap<>();
        found.lines().forEach(l -> kinds.put(l.start(), l.kind()));
        for (int i = 0; i < all.size(); i++) {
            MetadataLines.Kind kind = kinds.get(all.get(i).start());
            if (kind != null) {
                remove[i] = true;
                reasons[i] = reason(kind);
            }
        }
        return Lines.removals(text, all, remove, ID, reasons);
    }

    private static String reason(MetadataLines.Kind kind) {
        return switch (kind) {
            case KICKER -> "kicker or label line";
            case ORIGINAL_TITLE -> "original headline (kept as a field)";
            case DATELINE -> "date line (kept as the date)";
            case BYLINE -> "byline (kept as the byline)";
            case METADATA_BAR -> "metadata bar (kept as fields)";
            case SOURCE -> "source line (kept as the source)";
            case REPOST_CREDIT -> "repost credit (kept as the source)";
            case FURNITURE -> "share or page furniture line";
        };
    }
}
