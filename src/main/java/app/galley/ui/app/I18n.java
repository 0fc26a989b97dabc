package app.galley.ui.app;

import app.galley.model.ArticleStatus;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages of Galley's interface and access to their resource bundles. */
public final class I18n {

    /** Interface languages offered in Preferences, as BCP 47 tags. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans");
    static final String BUNDLE = "app.galley.ui.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final java.util.Map<String, com.ibm.icu.text.MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public I18n(String languageTag) {
        this.locale = Locale.forLanguageTag(LANGUAGES.contains(languageTag) ? languageTag : "en");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Reads the language's messages and formats one with numbers and plurals, so that ICU's data for
     * the language is loaded on the calling thread (at start-up, a background one) and not on the
     * window's as it is built (issue 18).
     */
    static void warmUp(String languageTag) {
        new I18n(languageTag).format("detail.counts", "1", 1, 1);
        new Formats(new I18n(languageTag)).instant(java.time.Instant.EPOCH);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        // ICU's MessageFormat: plural rules per language ({0, plural, one {# article} other {# articles}}),
        // parsed once per key (a pattern parse each time cost the window's start a tenth of a second);
        // a format is not safe to share between threads unguarded, and formatting is short
        com.ibm.icu.text.MessageFormat f = formats.computeIfAbsent(key,
                k -> new com.ibm.icu.text.MessageFormat(bundle.getString(k), locale));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** A cleaning rule's name for people ({@code rule.<id>}), or its id for rules the user wrote. */
    public String rule(String id) {
        return named("rule.", id);
    }

    /**
     * A publication template's name for people, given its id: a built-in one's in the interface's
     * language ({@code template.<id>}); any other as its id.
     */
    public String templateName(String id) {
        return named("template.", id);
    }

    /** The name under {@code prefix + id} in the interface's language, or the id itself if there is none. */
    public String named(String prefix, String id) {
        String key = prefix + id;
        return bundle().containsKey(key) ? bundle().getString(key) : id;
    }

    /** A template's name for people: a built-in one's in the interface's language, a user's own as its manifest names it. */
    public String template(app.galley.publish.Templates.Choice c) {
        return "built in".equals(c.origin()) && bundle().containsKey("template." + c.id())
                ? templateName(c.id()) + (c.usable() ? "" : " ⚠") : c.toString();
    }

    public String status(ArticleStatus status) {
        return bundle.getString("status." + status.key());
    }

    /** The name of an interface language in that language itself. */
    public static String nativeName(String tag) {
        return switch (tag) {
            case "zh-Hant" -> "繁體中文";
            case "zh-Hans" -> "简体中文";
            default -> "English";
        };
    }
}
