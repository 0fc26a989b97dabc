package app.galley.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each built-in rule's own account of itself holds: its examples are what it does, its options are checked. */
class RuleInfoTest {

    /** A rule set with only {@code only} on, at its default options. */
    private static RuleSet alone(RuleInfo only) {
        Map<String, RuleSet.RuleConfig> rules = new LinkedHashMap<>();
        for (RuleInfo r : RuleInfo.builtIn()) {
            Map<String, Object> options = new LinkedHashMap<>();
            r.options().forEach(o -> options.put(o.name(), o.fallback()));
            rules.put(r.id(), new RuleSet.RuleConfig(r == only, options));
        }
        return new RuleSet("", rules, List.of(), Map.of());
    }

    @Test
    void everyExampleIsWhatItsRuleDoes() {
        int examples = 0;
        for (RuleInfo info : RuleInfo.builtIn()) {
            for (RuleInfo.Example e : info.examples()) {
                String cleaned = alone(info).pipeline(null, Set.of()).run(new CleanInput(e.before(), null, e.language(), null)).cleaned();
                assertThat(cleaned).as(info.id() + " on " + e.before()).isEqualTo(e.after());
                examples++;
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(RuleInfo.builtIn().size() - 1); // learned boilerplate has none
    }

    @Test
    void theDefaultRuleSetSaysWhatTheRulesDeclare() {
        RuleSet defaults = RuleSet.defaults();
        for (RuleInfo info : RuleInfo.builtIn()) {
            for (RuleInfo.Option o : info.options()) {
                assertThat(defaults.config(info.id(), null).options().get(o.name())).as(info.id() + "." + o.name())
                        .isEqualTo(o.fallback());
            }
        }
        assertThat(RuleSet.BUILT_IN).containsExactlyElementsOf(RuleInfo.builtIn().stream().map(RuleInfo::id).toList());
    }

    @Test
    void anchoringFollowsOnlyTheStepsThatKeepTheWords() {
        assertThat(RuleInfo.isNormalising("punctuation-width")).isTrue();
        assertThat(RuleInfo.isNormalising("script-conversion")).isTrue();
        assertThat(RuleInfo.isNormalising("boilerplate")).isFalse();
        assertThat(RuleInfo.isNormalising("find-replace")).isFalse();
        assertThat(RuleSet.CHARACTER_RULES).doesNotContain("boilerplate", "learned-boilerplate").contains("mojibake", "spacing");
    }

    @Test
    void aRuleSetWithAnUnknownOptionOrValueIsRefusedNamingIt() {
        String unknown = "{\"rules\": {\"spacing\": {\"enabled\": true, \"options\": {\"cjkLatinSpaces\": true}}}}";
        assertThatThrownBy(() -> RuleSet.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("rule \"spacing\" has no option \"cjkLatinSpaces\" (its options: cjkLatinSpace)");
        String wrong = "{\"rules\": {\"quotation-marks\": {\"enabled\": true, \"options\": {\"traditional\": \"angle\"}}}}";
        assertThatThrownBy(() -> RuleSet.read(new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("option \"traditional\" of rule \"quotation-marks\" must be one of corner, curly (not angle)");
    }
}
