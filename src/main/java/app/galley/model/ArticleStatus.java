package app.galley.model;

import java.util.Locale;

/** Where an article stands in the newsroom workflow. */
public enum ArticleStatus {
    INBOX, EDITING, FACT_CHECK, READY, PUBLISHED, SPIKED;

    /** Stable key used in storage, JSON output and resource bundles, e.g. {@code fact-check}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a key ({@code fact-check}) or an enum name ({@code FACT_CHECK}), case-insensitively. */
    public static ArticleStatus fromKey(String key) {
        String k = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return valueOf(k);
    }
}
