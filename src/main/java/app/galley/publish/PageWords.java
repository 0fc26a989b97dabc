package app.galley.publish;

import app.galley.model.ArticleStatus;
import app.galley.model.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words a rendered page adds around the article for the newsroom (a proof's header and sign-off,
 * the heading of the fact-check notes, verdicts and statuses), in the editor's language: a proof made
 * from a Simplified-Chinese interface says 校样, from an English one PROOF, whatever the article's own
 * language. Templates use them as {@code {{words.proof}}}.
 */
public final class PageWords {

    /** The languages with words of their own, as BCP 47 tags; any other gets English. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans");
    static final String BUNDLE = "app.galley.publish.page";

    private final Map<String, String> words;

    private PageWords(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    /** The words in {@code languageTag} ("en", "zh-Hant", "zh-Hans"); English for any other. */
    public static PageWords of(String languageTag) {
        Locale locale = Locale.forLanguageTag(LANGUAGES.contains(languageTag) ? languageTag : "en");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            m.put(key, bundle.getString(key));
        }
        return new PageWords(m);
    }

    /** English, the words of the command line and of exports. */
    public static PageWords english() {
        return of("en");
    }

    /** What a template sees as {@code words}. */
    public Map<String, String> asMap() {
        return words;
    }

    public String verdict(Verdict v) {
        return words.getOrDefault("verdict." + v.id(), v.id());
    }

    /** What a comment is called where a verdict would stand. */
    public String comment() {
        return words.getOrDefault("comment", "comment");
    }

    public String status(ArticleStatus s) {
        return words.getOrDefault("status." + s.key(), s.key());
    }
}
