package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import app.galley.store.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown export of the prepared sample, built by the real Hugo (Debian's package, which
 * .ci/run installs) on a minimal site: the built page has the headline, the subheads, the tags and
 * the image.
 */
class MarkdownHugoTest {

    @TempDir
    Path tmp;
    private Library library;
    private Exportable sample;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        sample = Exportable.load(library, ExportFixture.sample(library));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void frontMatterAndBodyAreWhatAStaticSiteNeeds() {
        Map<String, byte[]> files = MarkdownExport.files(sample);
        String slug = "galley-" + sample.article().id();
        assertThat(files.keySet()).containsExactly(slug + "/index.md", slug + "/lab.png");
        String md = new String(files.get(slug + "/index.md"), StandardCharsets.UTF_8);
        assertThat(md).startsWith("---\ntitle: \"" + TestFiles.SAMPLE_TITLE + "\"\n");
        assertThat(md).containsPattern("tags: \\[(\"(張旭|上海|腦計劃)\"(, )?){3}\\]\n");
        assertThat(md).contains("categories: [\"science and technology\"]",
                "slug: \"" + slug + "\"", "draft: true", "language: \"zh-Hant\"", "source: \"第一財經\"");
        assertThat(md).contains("\n## 尋求體制突破\n", "![張江實驗室](lab.png)", "![晶元](https://img.example.com/chip.jpg)");
        assertThat(files.get(slug + "/lab.png")).isEqualTo(ExportFixture.PNG);
        // markup in the text is escaped, a headline with quotes cannot break the front matter
        assertThat(MarkdownExport.inline("a *b* [c](d) <e>")).isEqualTo("a \\*b\\* \\[c\\](d) \\<e\\>");
    }

    @Test
    void hugoBuildsThePageWithHeadlineSubheadsAndTags() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.toml"), """
                baseURL = "http://example.org/"
                title = "Galley test site"
                languageCode = "zh-hant"
                [taxonomies]
                tag = "tags"
                category = "categories"
                """);
        Files.writeString(site.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>
                <h1>{{ .Title }}</h1><article>{{ .Content }}</article>
                <ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
                <ul class="categories">{{ range .Params.categories }}<li>{{ . }}</li>{{ end }}</ul>
                </body></html>
                """);
        Files.writeString(site.resolve("layouts/_default/list.html"), "<html><body>{{ range .Pages }}{{ .Title }}{{ end }}</body></html>");
        Path posts = site.resolve("content/posts");
        for (Map.Entry<String, byte[]> f : MarkdownExport.files(sample).entrySet()) {
            Path p = posts.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        Process hugo = new ProcessBuilder("hugo", "--source", site.toString(), "--destination",
                site.resolve("public").toString(), "--buildDrafts", "--quiet")
                .redirectErrorStream(true).start();
        String log = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(hugo.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(hugo.exitValue()).as(log).isZero();

        Path page = site.resolve("public/posts/galley-" + sample.article().id() + "/index.html");
        assertThat(page).as(log).exists();
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(d.select("h1").text()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(d.select("article h2").eachText()).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
        assertThat(d.select("article p").text()).contains("「站在改革開放40年的當口,這事對我們生物醫藥的發展至關重要。」");
        assertThat(d.select(".tags li").eachText()).containsExactlyInAnyOrder("張旭", "上海", "腦計劃");
        assertThat(d.select(".categories li").eachText()).containsExactly("science and technology");
        assertThat(d.select("article img[src=lab.png]")).hasSize(1);
        assertThat(page.resolveSibling("lab.png")).exists();
        // the taxonomy pages Hugo makes from the tags
        assertThat(site.resolve("public/tags")).isDirectory();
    }
}
