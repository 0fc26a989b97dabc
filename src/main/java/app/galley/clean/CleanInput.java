package app.galley.clean;

import java.util.Objects;

/**
 * What a rule cleans: an article's body with what is known about it.
 *
 * @param text     the body (paragraphs separated by blank lines)
 * @param title    the headline, or null (a body line repeating it is boilerplate)
 * @param language a BCP 47 tag such as {@code zh-Hant}, {@code zh-Hans}, {@code en}, or null
 * @param source   the outlet, or null (per-source rules and learned boilerplate use it)
 */
public record CleanInput(String text, String title, String language, String source) {

    public CleanInput {
        Objects.requireNonNull(text, "text");
    }

    public static CleanInput of(String text, String language) {
        return new CleanInput(text, null, language, null);
    }

    public boolean isChinese() {
        return language != null && (language.equals("zh") || language.startsWith("zh-"));
    }

    /** Simplified Chinese ({@code zh-Hans}, {@code zh-CN}, {@code zh-SG}). */
    public boolean isSimplified() {
        return language != null && (language.startsWith("zh-Hans") || language.equals("zh-CN") || language.equals("zh-SG"));
    }

    public boolean isTraditional() {
        return isChinese() && !isSimplified();
    }
}
