package app.galley.clean;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which cleaning rules run and how, as data (JSON): the built-in rules switched on or off with their
 * options, rules written as patterns, and overrides per source. A user's rule set is read over the
 * built-in defaults ({@link #over}); the file format is documented in the README.
 *
 * @param name     what the editor calls this rule set
 * @param rules    built-in rules by id: on or off, and options
 * @param patterns rules written as regular expressions, run after the built-in boilerplate rules
 * @param sources  per source (as the article names it): rules and patterns that apply to it only
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSet(String name, Map<String, RuleConfig> rules, List<PatternSpec> patterns,
                      Map<String, SourceRules> sources) {

    /** The ids of the built-in rules, in the order they rank (an earlier rule's change wins an overlap). */
    public static final List<String> BUILT_IN = RuleInfo.builtIn().stream().map(RuleInfo::id).toList();

    /** The built-in rules that change characters (how words are written), not lines. */
    public static final Set<String> CHARACTER_RULES = RuleInfo.builtIn().stream().filter(RuleInfo::normalises)
            .map(RuleInfo::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RuleSet {
        name = name == null ? "" : name;
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        sources = sources == null ? Map.of() : Map.copyOf(sources);
        for (Map.Entry<String, RuleConfig> r : rules.entrySet()) {
            if (!BUILT_IN.contains(r.getKey())) {
                throw new IllegalArgumentException("unknown rule \"" + r.getKey() + "\" (built-in rules: " + String.join(", ", BUILT_IN) + ")");
            }
            RuleInfo.of(r.getKey()).orElseThrow().check(r.getValue().options());
        }
        Set<String> seen = new java.util.HashSet<>();
        for (PatternSpec p : patterns) {
            if (BUILT_IN.contains(p.id()) || !seen.add(p.id())) {
                throw new IllegalArgumentException("pattern rule id \"" + p.id() + "\" is used twice");
            }
            new PatternRule(p); // fails early, naming the rule, if the expression is wrong
        }
    }

    /**
     * A built-in rule's settings.
     *
     * @param enabled whether it runs
     * @param options rule-specific settings, e.g. {@code cjkLatinSpace} for spacing
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RuleConfig(boolean enabled, Map<String, Object> options) {
        public RuleConfig {
            options = options == null ? Map.of() : Map.copyOf(options);
        }

        public static RuleConfig on() {
            return new RuleConfig(true, Map.of());
        }

        boolean flag(String option) {
            return Boolean.TRUE.equals(options.get(option));
        }

        String text(String option, String fallback) {
            Object v = options.get(option);
            return v == null ? fallback : v.toString();
        }
    }

    /**
     * A rule written as a regular expression (Java syntax).
     *
     * @param replacement what a match becomes ({@code $1} for groups); empty removes it
     * @param wholeLine   remove every line the expression matches, with its line break
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PatternSpec(String id, String pattern, String replacement, String reason, boolean wholeLine,
                              boolean ignoreCase, Boolean enabled) {
        public PatternSpec {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a pattern rule needs an id");
            }
            if (pattern == null || pattern.isEmpty()) {
                throw new IllegalArgumentException("pattern rule \"" + id + "\" has no pattern");
            }
            replacement = replacement == null ? "" : replacement;
            reason = reason == null || reason.isBlank() ? "matches rule " + id : reason;
            enabled = enabled == null || enabled;
        }
    }

    /** Settings for one source, over the rule set's own. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SourceRules(Map<String, RuleConfig> rules, List<PatternSpec> patterns) {
        public SourceRules {
            rules = rules == null ? Map.of() : Map.copyOf(rules);
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            rules.forEach((id, c) -> RuleInfo.of(id).ifPresent(info -> info.check(c.options())));
        }
    }

    /** The built-in rule set, from {@code default-rules.json} beside this class. */
    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream("default-rules.json")) {
            return read(Objects.requireNonNull(in, "default-rules.json is missing from the build"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleSet read(InputStream in) throws IOException {
        try {
            return JSON.readValue(in, RuleSet.class);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IOException("not a rule set: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""), e);
        }
    }

    public static RuleSet parse(String json) throws IOException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This rule set read over {@code base}: its rules, patterns and sources replace those of the same id. */
    public RuleSet over(RuleSet base) {
        Map<String, RuleConfig> r = new LinkedHashMap<>(base.rules);
        r.putAll(rules);
        Map<String, SourceRules> s = new LinkedHashMap<>(base.sources);
        s.putAll(sources);
        return new RuleSet(name.isEmpty() ? base.name : name, r, mergePatterns(base.patterns, patterns), s);
    }

    private static List<PatternSpec> mergePatterns(List<PatternSpec> base, List<PatternSpec> top) {
        Map<String, PatternSpec> byId = new LinkedHashMap<>();
        base.forEach(p -> byId.put(p.id(), p));
        top.forEach(p -> byId.put(p.id(), p));
        return new ArrayList<>(byId.values());
    }

    /** The settings of a built-in rule for a source (null: no source); a rule not mentioned is off. */
    public RuleConfig config(String id, String source) {
        SourceRules forSource = source == null ? null : sources.get(source);
        if (forSource != null && forSource.rules().containsKey(id)) {
            return forSource.rules().get(id);
        }
        return rules.getOrDefault(id, new RuleConfig(false, Map.of()));
    }

    /**
     * The pipeline for a headline or another one-line field: the rules that repair characters
     * (mojibake, conversion mistakes, punctuation, quotation marks, spacing), none that removes lines.
     */
    public CleaningPipeline linePipeline() {
        return linePipeline("");
    }

    /**
     * As {@link #linePipeline()}, for a field of an article whose body is {@code body}: a headline is
     * too short to tell its character set by itself.
     */
    public CleaningPipeline linePipeline(String body) {
        CleaningPipeline full = pipeline(null);
        List<TextRule> repairs = new ArrayList<>();
        List<TextRule> steps = new ArrayList<>();
        for (TextRule r : full.rules()) {
            if (r instanceof MojibakeRule) {
                repairs.add(new MojibakeRule(body));
            } else if (!(r instanceof BoilerplateRule) && !(r instanceof MetadataLinesRule)
                    && !(r instanceof PatternRule p && p.removesLines())) {
                steps.add(r);
            }
        }
        return new CleaningPipeline(repairs, steps);
    }

    /** The pipeline for an article from {@code source}, without learned boilerplate. */
    public CleaningPipeline pipeline(String source) {
        return pipeline(source, Set.of());
    }

    /**
     * The pipeline for an article from {@code source}.
     *
     * @param learned lines confirmed as that source's boilerplate
     */
    public CleaningPipeline pipeline(String source, Set<String> learned) {
        List<TextRule> repairs = new ArrayList<>();
        List<TextRule> steps = new ArrayList<>();
        List<PatternSpec> own = new ArrayList<>(patterns);
        if (source != null && sources.containsKey(source)) {
            own = mergePatterns(own, sources.get(source).patterns());
        }
        for (String id : BUILT_IN) {
            RuleConfig c = config(id, source);
            if (!c.enabled()) {
                continue;
            }
            switch (id) {
                case MojibakeRule.ID -> repairs.add(new MojibakeRule());
                case MetadataLinesRule.ID -> steps.add(new MetadataLinesRule());
                case BoilerplateRule.ID -> {
                    steps.add(new BoilerplateRule());
                    // patterns rank just after the built-in boilerplate rule
                    own.stream().filter(PatternSpec::enabled).map(PatternRule::new).forEach(steps::add);
                }
                case LearnedBoilerplateRule.ID -> {
                    if (!learned.isEmpty()) {
                        steps.add(new LearnedBoilerplateRule(learned));
                    }
                }
                case ConversionRepairRule.ID -> steps.add(new ConversionRepairRule());
                case PunctuationWidthRule.ID -> steps.add(new PunctuationWidthRule());
                case QuotationMarksRule.ID -> steps.add(new QuotationMarksRule(
                        QuotationMarksRule.Style.named(c.text("traditional", "corner")),
                        QuotationMarksRule.Style.named(c.text("simplified", "curly"))));
                case SpacingRule.ID -> steps.add(new SpacingRule(c.flag("cjkLatinSpace")));
                default -> throw new IllegalStateException(id);
            }
        }
        if (!config(BoilerplateRule.ID, source).enabled()) {
            own.stream().filter(PatternSpec::enabled).map(PatternRule::new).forEach(steps::add);
        }
        return new CleaningPipeline(repairs, steps);
    }
}
