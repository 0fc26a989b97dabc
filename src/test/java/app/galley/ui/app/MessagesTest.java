package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ArticleStatus;
import app.galley.model.TagKind;
import app.galley.model.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interface speaks three languages with the same words (issue 18): the three message files have
 * the same keys, and every key the code and the layouts ask for is in them (those named in the
 * source, and the families built from the model's values: statuses, tag kinds, verdicts).
 */
class MessagesTest {

    private static final Path DIR = Path.of("src/main/resources/app/galley/ui/i18n");
    private static final String[] FILES = {"messages.properties", "messages_zh_Hant.properties",
        "messages_zh_Hans.properties"};

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = keys(FILES[0]);
        for (String other : new String[] {FILES[1], FILES[2]}) {
            Set<String> theirs = keys(other);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(theirs);
            Set<String> extra = new TreeSet<>(theirs);
            extra.removeAll(english);
            assertThat(missing).as("in English, not in %s", other).isEmpty();
            assertThat(extra).as("in %s, not in English", other).isEmpty();
        }
    }

    @Test
    void everyKeyTheInterfaceAsksForIsThere() throws IOException {
        Set<String> known = keys(FILES[0]);
        Set<String> asked = new TreeSet<>();
        Pattern inCode = Pattern.compile("i18n\\.(?:get|format)\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
        Pattern inLayout = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = (f.toString().endsWith(".java") ? inCode : inLayout).matcher(text);
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        for (ArticleStatus s : ArticleStatus.values()) {
            asked.add("status." + s.key());
        }
        for (TagKind k : TagKind.values()) {
            asked.add("tags.kind." + k.id());
        }
        for (Verdict v : Verdict.values()) {
            asked.add("fc.verdict." + v.id());
        }
        assertThat(asked).hasSizeGreaterThan(300);
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(known);
        assertThat(missing).as("asked for by the interface, in no message file").isEmpty();
    }

    @Test
    void numbersTakeTheirLanguagesPlural() {
        I18n en = new I18n("en");
        assertThat(en.format("import.summary", 1, 0, 1, 0)).isEqualTo("1 imported, 1 duplicate, 0 failed");
        assertThat(en.format("import.summary", 3, 1, 2, 0)).isEqualTo("3 imported (1 repost), 2 duplicates, 0 failed");
        assertThat(new I18n("zh-Hant").format("import.summary", 3, 2, 0, 0)).isEqualTo("已匯入 3 篇（轉載 2 篇），重複 0 篇，失敗 0 個");
        assertThat(en.format("detail.counts", "12 words", 1, 1)).isEqualTo("12 words \u00b7 1 character \u00b7 1 paragraph");
        assertThat(en.format("length.chars", 2697)).isEqualTo("2,697 chars");
        assertThat(en.format("length.words", 1)).isEqualTo("1 word");
        assertThat(new I18n("zh-Hant").format("length.chars", 2697)).isEqualTo("2,697 字");
    }
}
