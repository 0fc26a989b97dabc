package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates, an editor's own, and broken ones explained rather than shown blank. */
class TemplatesTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedTemplatesAreANewspaperAMobileAndAPrintLayout() throws Exception {
        Templates t = Templates.load(null);
        assertThat(t.choices()).extracting(Templates.Choice::id).containsExactly("newspaper", "mobile", "proof");
        assertThat(t.choices()).allMatch(Templates.Choice::usable);
        assertThat(t.require("newspaper").manifest().kind()).isEqualTo(Template.Kind.WEB);
        assertThat(t.require("newspaper").manifest().width("phone")).isEqualTo(390);
        assertThat(t.require("mobile").manifest().width("phone")).isEqualTo(390);
        assertThat(t.firstPrint()).map(Template::id).contains("proof");
        assertThat(t.require("proof").css()).contains("@page").contains("line-break: strict");
    }

    @Test
    void anEditorsFolderAddsTemplatesAndReplacesOneOfTheSameName() throws Exception {
        write(tmp.resolve("house"), "{\"name\":\"House style\",\"kind\":\"web\",\"widths\":{\"desktop\":1100}}",
                "<html><body><h1>{{headline}}</h1>{{{body}}}</body></html>");
        write(tmp.resolve("mobile"), "{\"name\":\"Our mobile\"}", "<html><body>{{headline}}</body></html>");
        Templates t = Templates.load(tmp);
        assertThat(t.choices()).extracting(Templates.Choice::id).containsExactly("newspaper", "mobile", "proof", "house");
        assertThat(t.require("house").manifest().width("desktop")).isEqualTo(1100);
        assertThat(t.require("mobile").manifest().name()).isEqualTo("Our mobile");
        assertThat(t.require("mobile").origin()).isEqualTo(tmp.resolve("mobile").toString());
    }

    @Test
    void aBrokenTemplateSaysWhichFileAndWhatIsWrong() throws Exception {
        write(tmp.resolve("badjson"), "{\"name\": ", "<html></html>");
        write(tmp.resolve("unclosed"), "{\"name\":\"Unclosed\"}", "<html>{{#tags}}<b>{{.}}</b></html>");
        write(tmp.resolve("kind"), "{\"name\":\"Kind\",\"kind\":\"poster\"}", "<html></html>");
        Files.createDirectories(tmp.resolve("nohtml"));
        Files.writeString(tmp.resolve("nohtml/manifest.json"), "{\"name\":\"No HTML\"}");
        Templates t = Templates.load(tmp);
        assertThat(t.find("badjson").orElseThrow().problem()).contains("badjson").contains("manifest.json");
        assertThat(t.find("unclosed").orElseThrow().problem()).contains("unclosed").contains("article.html")
                .containsIgnoringCase("tags");
        assertThat(t.find("kind").orElseThrow().problem()).contains("\"kind\" must be \"web\" or \"print\"");
        assertThat(t.find("nohtml").orElseThrow().problem()).contains("article.html is missing");
        assertThat(t.find("nohtml").orElseThrow().usable()).isFalse();
        assertThatThrownBy(() -> t.require("unclosed")).isInstanceOf(TemplateException.class).hasMessageContaining("article.html");
        assertThatThrownBy(() -> t.require("nosuch")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("No template named \"nosuch\"").hasMessageContaining("newspaper");
        // the good ones are still offered
        assertThat(t.find("newspaper").orElseThrow().usable()).isTrue();
    }

    @Test
    void aTemplateThatIsNotUtf8IsReportedNotGarbled() throws Exception {
        Path dir = tmp.resolve("latin1");
        write(dir, "{\"name\":\"Latin-1\"}", "x");
        Files.write(dir.resolve("article.html"), new byte[] {'<', 'p', '>', (byte) 0xE9, (byte) 0xFF, '<'});
        assertThat(Templates.load(tmp).find("latin1").orElseThrow().problem()).contains("article.html").contains("not UTF-8");
    }

    private static void write(Path dir, String manifest, String html) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), manifest);
        Files.writeString(dir.resolve("article.html"), html);
    }
}
