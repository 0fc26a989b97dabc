package app.galley.cli;

import static app.galley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code galley preview ID --html/--pdf}: the same pages and proofs as the window's preview. */
class PreviewCommandTest {

    @TempDir
    Path tmp;


    private String db() {
        return tmp.resolve("lib").toString();
    }

    @Test
    void htmlAndPdfOfTheSample() throws Exception {
        assertThat(run("import", "--db", db(), TestFiles.samplePath().toString())[0]).isEqualTo("0");
        Path html = tmp.resolve("out/sample.html");
        Files.createDirectories(html.getParent());
        Path pdf = tmp.resolve("out/sample.pdf");
        String[] r = run("preview", "--db", db(), "1", "--html", html.toString(), "--pdf", pdf.toString(), "--words", "zh-Hant");
        assertThat(r[2]).contains("wrote " + pdf).contains("wrote " + html);
        assertThat(r[0]).isEqualTo("0");
        Document page = Jsoup.parse(Files.readString(html));
        assertThat(page.select("h1").text()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(page.select(".body h2").eachText()).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
        assertThat(page.select(".masthead")).hasSize(1); // the newspaper layout by default
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.replaceAll("\\s+", "")).contains(TestFiles.SAMPLE_TITLE.replaceAll("\\s+", "")).contains("校樣");
        }
        // the proof's own words in English unless asked otherwise, whatever the article's language
        assertThat(run("preview", "--db", db(), "1", "--pdf", pdf.toString())[0]).isEqualTo("0");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("PROOF").contains("Fact-check ____").doesNotContain("校樣");
        }
        String[] wrong = run("preview", "--db", db(), "1", "--words", "fr");
        assertThat(wrong[0]).isEqualTo("2");
        assertThat(wrong[2]).contains("--words must be one of en, zh-Hant, zh-Hans, not fr");
        // printed when no file is named, through any template
        String[] mobile = run("preview", "--db", db(), "1", "--template", "mobile");
        assertThat(mobile[0]).isEqualTo("0");
        assertThat(Jsoup.parse(mobile[1]).select("header.bar")).hasSize(1);
    }

    @Test
    void problemsAreNamed() throws Exception {
        assertThat(run("import", "--db", db(), TestFiles.samplePath().toString())[0]).isEqualTo("0");
        String[] missing = run("preview", "--db", db(), "99");
        assertThat(missing[0]).isEqualTo("1");
        assertThat(missing[2]).contains("no article #99");
        Path mine = tmp.resolve("templates/house");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("manifest.json"), "{\"name\":\"House\"}");
        Files.writeString(mine.resolve("article.html"), "<html>{{#tags}}</html>");
        String[] broken = run("preview", "--db", db(), "1", "--templates", tmp.resolve("templates").toString(),
                "--template", "house");
        assertThat(broken[0]).isEqualTo("1");
        assertThat(broken[2]).startsWith("galley: template: ").contains("house").contains("article.html");
        String[] unknown = run("preview", "--db", db(), "1", "--template", "poster");
        assertThat(unknown[2]).contains("No template named \"poster\"");
        String[] unwritable = run("preview", "--db", db(), "1", "--html", tmp.resolve("no/such/dir/x.html").toString());
        assertThat(unwritable[0]).isEqualTo("1");
        assertThat(unwritable[2]).contains("cannot write").contains("x.html");
    }
}
