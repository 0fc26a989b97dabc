package app.galley.cli;

import app.galley.clean.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules FILE} option of the commands that clean: a rule set read over the built-in one. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "A rule set (JSON, format in the README) read over the built-in rules.")
    Path rulesFile;

    /**
     * The rules in force.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    RuleSet rules() {
        RuleSet rules = RuleSet.defaults();
        if (rulesFile == null) {
            return rules;
        }
        try (InputStream in = Files.newInputStream(rulesFile)) {
            return RuleSet.read(in).over(rules);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(rulesFile + ": " + e.getMessage(), e);
        }
    }
}
