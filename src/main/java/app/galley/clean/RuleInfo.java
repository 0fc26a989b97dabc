package app.galley.clean;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a built-in cleaning step says about itself: its id, whether it only normalises (the words stay
 * the same words, written differently: an annotation on them follows the change), its options with
 * their defaults, and examples of what it does. The rule set checks options against it, the rules
 * editor builds its controls and tips from it, anchoring asks it which changes keep a quotation's
 * words, and a test runs every example through its rule.
 *
 * @param normalises true if the step changes how words are written (width, marks, spaces, encoding,
 *                   script), never which words are there
 */
public record RuleInfo(String id, boolean normalises, List<Option> options, List<Example> examples) {

    /**
     * A setting of a step: a switch (a Boolean default, no choices) or one of a few words.
     *
     * @param fallback the value when a rule set does not say
     */
    public record Option(String name, Object fallback, List<String> choices) {
        public Option {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fallback, "fallback");
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        static Option flag(String name, boolean fallback) {
            return new Option(name, fallback, List.of());
        }

        static Option choice(String name, String fallback, String... choices) {
            return new Option(name, fallback, List.of(choices));
        }

        /** True for an on/off switch. */
        public boolean isFlag() {
            return fallback instanceof Boolean;
        }

        /** Null if {@code value} suits this option, else what is wrong with it. */
        String problem(Object value) {
            if (isFlag()) {
                return value instanceof Boolean ? null : "must be true or false";
            }
            return choices.contains(String.valueOf(value)) ? null : "must be one of " + String.join(", ", choices);
        }
    }

    /**
     * An input and what the step makes of it (with the step's default options).
     *
     * @param language the article's language (a BCP 47 tag; null if none is known)
     */
    public record Example(String language, String before, String after) {
    }

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        options = options == null ? List.of() : List.copyOf(options);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /**
     * The built-in rules, in the order they rank (an earlier rule's change wins an overlap). Held apart
     * so that a rule's class can be loaded first: its {@code INFO} is made before this list reads it.
     */
    private static final class Catalogue {
        static final List<RuleInfo> BUILT_IN = List.of(MojibakeRule.INFO, MetadataLinesRule.INFO, BoilerplateRule.INFO,
                LearnedBoilerplateRule.INFO, ConversionRepairRule.INFO, PunctuationWidthRule.INFO, QuotationMarksRule.INFO,
                SpacingRule.INFO);
        static final Map<String, RuleInfo> BY_ID = java.util.stream.Stream.concat(BUILT_IN.stream(),
                java.util.stream.Stream.of(ScriptConversion.INFO)).collect(Collectors.toUnmodifiableMap(RuleInfo::id, Function.identity()));
    }

    /** The built-in rules, in the order they rank (an earlier rule's change wins an overlap). */
    public static List<RuleInfo> builtIn() {
        return Catalogue.BUILT_IN;
    }

    /** A built-in step (the rules, and script conversion), by id. */
    public static Optional<RuleInfo> of(String id) {
        return Optional.ofNullable(Catalogue.BY_ID.get(id));
    }

    /**
     * True if a change by step {@code id} keeps the words the same words (false for boilerplate,
     * patterns, find and replace, typing and anything unknown).
     */
    public static boolean isNormalising(String id) {
        RuleInfo info = Catalogue.BY_ID.get(id);
        return info != null && info.normalises();
    }

    /** An option of this step, by name. */
    public Optional<Option> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** Checks a rule set's options for this step: every one known, every value allowed. */
    void check(Map<String, Object> given) {
        for (Map.Entry<String, Object> e : given.entrySet()) {
            Option o = option(e.getKey()).orElseThrow(() -> new IllegalArgumentException("rule \"" + id
                    + "\" has no option \"" + e.getKey() + "\"" + (options.isEmpty() ? ""
                    : " (its options: " + options.stream().map(Option::name).collect(Collectors.joining(", ")) + ")")));
            String problem = o.problem(e.getValue());
            if (problem != null) {
                throw new IllegalArgumentException("option \"" + e.getKey() + "\" of rule \"" + id + "\" " + problem
                        + " (not " + e.getValue() + ")");
            }
        }
    }
}
