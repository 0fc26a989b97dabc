package app.galley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /** A local server giving {@code body} at {@code path}, started. */
    private static com.sun.net.httpserver.HttpServer serve(String path, String contentType, String body) throws java.io.IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", contentType);
            ex.sendResponseHeaders(200, bytes.length);
            try (var o = ex.getResponseBody()) {
                o.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String db() {
        return tmp.resolve("lib").toString();
    }

    @Test
    void importThenListAndShowAsJson() throws Exception {
        Run imported = run("import", TestFiles.samplePath().toString(), "--db", db());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("imported   #1  " + TestFiles.SAMPLE_TITLE)
                .contains("1 imported, 0 duplicates, 0 queued, 0 failed");
        assertThat(imported.err()).isEmpty();

        Run list = run("list", "--json", "--db", db());
        assertThat(list.code()).isZero();
        JsonNode array = new ObjectMapper().readTree(list.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode row = array.get(0);
        assertThat(row.get("id").asLong()).isEqualTo(1);
        assertThat(row.get("title").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(row.get("language").asText()).isEqualTo("zh-Hant");
        assertThat(row.get("status").asText()).isEqualTo("inbox");
        assertThat(row.get("lengthUnit").asText()).isEqualTo("chars");
        assertThat(row.get("length").asInt()).isGreaterThan(2000);
        assertThat(row.get("imported").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(row.fieldNames()).toIterable().containsExactly(
                "id", "title", "source", "language", "status", "length", "lengthUnit", "imported", "updated");

        Run show = run("show", "1", "--json", "--db", db());
        assertThat(show.code()).isZero();
        JsonNode article = new ObjectMapper().readTree(show.out());
        assertThat(article.get("title").asText()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(article.get("body").asText()).contains("整合併且加強腦智科技");
        assertThat(article.get("original").get("charset").asText()).isEqualTo("UTF-8");
        assertThat(article.get("original").get("mediaType").asText()).isEqualTo("text/plain");
        assertThat(article.get("version").asInt()).isZero();
        assertThat(article.get("contentHash").asText()).hasSize(64);
    }

    @Test
    void titlesWithControlCharactersArePrintedEscapedOneLineEachAndLongFieldsAreCutWithANote() throws Exception {
        Path html = tmp.resolve("in/bell.html");
        Files.createDirectories(html.getParent());
        Files.writeString(html, "<html><head><title>鈴\u0007聲\u001b[2J\u2028標題</title><meta name=\"author\" content=\""
                + "王".repeat(1500) + "\"></head><body><article><p>" + "上海腦科學與類腦研究中心已開始了實質性建設。".repeat(8)
                + "</p></article></body></html>", java.nio.charset.StandardCharsets.UTF_8);
        Run imported = run("import", html.toString(), "--db", db());
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("note: the byline was 1,500 characters long: cut to 1,000")
                .doesNotContain("\u0007").doesNotContain("\u001b");
        Run list = run("list", "--db", db());
        assertThat(list.out()).contains("鈴\\u0007聲\\u001B[2J 標題").doesNotContain("\u0007").doesNotContain("\u2028");
        assertThat(list.out().lines().filter(l -> l.contains("聲"))).hasSize(1);
    }

    @Test
    void editSavesANewRevisionAndSaysSo() {
        run("import", TestFiles.samplePath().toString(), "--db", db());
        Run edited = run("edit", "1", "--title", "新標題", "--append", "（補充說明）", "--db", db());
        assertThat(edited.code()).isZero();
        assertThat(edited.out()).isEqualTo("#1 revision 1: 新標題\n");
        try (app.galley.store.Library lib = app.galley.store.Library.openEmbedded(tmp.resolve("lib"))) {
            app.galley.model.Article a = lib.articles().find(1).orElseThrow();
            assertThat(a.title()).isEqualTo("新標題");
            assertThat(a.body()).endsWith("（補充說明）");
            assertThat(lib.articles().revisions(1)).hasSize(2);
        }
        assertThat(run("edit", "1", "--title", "新標題", "--db", db()).out()).isEqualTo("#1 unchanged\n");
        assertThat(run("edit", "99", "--title", "x", "--db", db()).code()).isEqualTo(1);
    }

    @Test
    void aRepostCreditsFieldsAreShownAndEdited() throws Exception {
        Path repost = tmp.resolve("in/repost.txt");
        Files.createDirectories(repost.getParent());
        Files.writeString(repost, "來源：每日頭條\n\n高鐵延伸屏東定案　2030年通車\n\n交通部今天宣布，高鐵延伸屏東案定案。\n\n"
                + "（本文轉載自自由時報，原標題：高鐵南延屏東拍板　六堆站址確定）\n");
        run("import", repost.toString(), "--db", db());
        JsonNode article = new ObjectMapper().readTree(run("show", "1", "--json", "--db", db()).out());
        assertThat(article.get("source").asText()).isEqualTo("自由時報");
        assertThat(article.get("originalTitle").asText()).isEqualTo("高鐵南延屏東拍板　六堆站址確定");
        assertThat(article.get("otherSources").toString()).isEqualTo("[\"每日頭條\"]");
        assertThat(run("show", "1", "--db", db()).out()).contains("Also named: 每日頭條")
                .contains("First headline: 高鐵南延屏東拍板　六堆站址確定");

        assertThat(run("edit", "1", "--other-sources", "每日頭條；中央社", "--original-title", "", "--db", db()).code())
                .isZero();
        article = new ObjectMapper().readTree(run("show", "1", "--json", "--db", db()).out());
        assertThat(article.get("otherSources").toString()).isEqualTo("[\"每日頭條\",\"中央社\"]");
        assertThat(article.get("originalTitle").isNull()).isTrue();
    }

    @Test
    void extractPrintsAPagesArticleWithItsSiteAndSourceWithoutStoringIt() throws Exception {
        Path page = tmp.resolve("in/page.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html><head><title>颱風過後菜價飆漲 | 每日頭條</title>"
                + "<meta property=\"og:site_name\" content=\"每日頭條\"></head><body>"
                + "<nav><a href=\"/\">首頁</a> | <a href=\"/news\">新聞</a> | <a href=\"/food\">美食</a></nav>"
                + "<article><h1>颱風過後菜價飆漲</h1><div class=\"meta\">2026-08-09 來源：經濟日報</div>"
                + "<p>受到颱風影響，全台蔬菜價格連日上漲，高麗菜批發均價比颱風前漲了將近三倍，消費者直呼吃不消。</p>"
                + "<p>攤商黃明德說：「一顆高麗菜現在要賣一百二，客人問了就走。」農業部表示，將啟動平穩措施。</p>"
                + "</article></body></html>", java.nio.charset.StandardCharsets.UTF_8);
        Run extracted = run("extract", page.toString(), "--jsonl");
        assertThat(extracted.code()).isZero();
        JsonNode line = new ObjectMapper().readTree(extracted.out().lines().findFirst().orElseThrow());
        assertThat(line.get("title").asText()).isEqualTo("颱風過後菜價飆漲");
        assertThat(line.get("site").asText()).isEqualTo("每日頭條");
        assertThat(line.get("source").asText()).isEqualTo("經濟日報"); // the outlet, not the site that carries it
        assertThat(line.get("text").asText()).contains("高麗菜批發均價").doesNotContain("首頁");
    }

    @Test
    void aFeedWithNoItemsStillPrintsItsLine() throws Exception {
        com.sun.net.httpserver.HttpServer server = serve("/empty", "application/atom+xml",
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:q</id></feed>");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/empty";
            Run r = run("import", "--feed", url, "--jsonl", "--db", db());
            assertThat(r.code()).isZero();
            assertThat(r.out().lines().toList()).singleElement().satisfies(line -> {
                JsonNode j = new ObjectMapper().readTree(line);
                assertThat(j.get("url").asText()).isEqualTo(url);
                assertThat(j.get("status").asText()).isEqualTo("empty");
                assertThat(j.get("items").asInt()).isZero();
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void importJsonlAndReportFromFilesAndAWebAddress() throws Exception {
        com.sun.net.httpserver.HttpServer server = serve("/story", "text/html; charset=utf-8",
                "<html><head><title>Budget vote | Ledger</title></head><body><article><p>The city council"
                        + " approved the budget early Thursday, after a nine-hour meeting about schools.</p></article></body></html>");
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            Path empty = Files.createFile(tmp.resolve("empty.txt"));
            Path reportFile = tmp.resolve("report.json");
            Run r = run("import", TestFiles.samplePath().toString(), empty.toString(), "--url", url, "--jsonl",
                    "--report", reportFile.toString(), "--db", db());
            assertThat(r.code()).isEqualTo(1);
            List<JsonNode> lines = r.out().lines().map(l -> {
                try {
                    return new ObjectMapper().readTree(l);
                } catch (Exception e) {
                    throw new AssertionError(l, e);
                }
            }).toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0).get("file").asText()).isEqualTo(TestFiles.samplePath().toString());
            assertThat(lines.get(0).get("status").asText()).isEqualTo("imported");
            assertThat(lines.get(0).get("id").asLong()).isEqualTo(1);
            assertThat(lines.get(1).get("status").asText()).isEqualTo("error");
            assertThat(lines.get(1).get("error").asText()).isEqualTo("empty file");
            assertThat(lines.get(2).get("url").asText()).isEqualTo(url);
            assertThat(lines.get(2).get("status").asText()).isEqualTo("imported");
            JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
            assertThat(report).hasSize(3);

            Run again = run("import", TestFiles.samplePath().toString(), "--jsonl", "--db", db());
            JsonNode dup = new ObjectMapper().readTree(again.out().strip());
            assertThat(dup.get("status").asText()).isEqualTo("duplicate");
            assertThat(dup.get("duplicateOf").asLong()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSavedPagesImagesAreListedAndSavedFromTheCommandLine() throws Exception {
        byte[] png = app.galley.ingest.AttachmentImportTest.image("png", 12, 8);
        Path page = tmp.resolve("in/story.html");
        Files.createDirectories(tmp.resolve("in/story_files"));
        Files.write(tmp.resolve("in/story_files/photo.png"), png);
        Files.writeString(page, "<html><head><title>Budget passes</title></head><body><article><p>The council"
                + " approved the budget early Thursday, after a nine-hour meeting about police and schools.</p>"
                + "<figure><img src=\"story_files/photo.png\"><figcaption>The vote</figcaption></figure>"
                + "<p>The mayor said it was the hardest budget in years, and thanked the members.</p></article></body></html>");
        assertThat(run("import", tmp.resolve("in").toString(), "--db", db()).code()).isZero();

        Path out = tmp.resolve("out");
        Run show = run("show", "1", "--json", "--save-attachments", out.toString(), "--db", db());
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode files = new ObjectMapper().readTree(show.out()).get("attachments");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("name").asText()).isEqualTo("photo.png");
        assertThat(files.get(0).get("mediaType").asText()).isEqualTo("image/png");
        assertThat(files.get(0).get("caption").asText()).isEqualTo("The vote");
        assertThat(out.resolve("photo.png")).hasBinaryContent(png);
        assertThat(run("show", "1", "--db", db()).out()).contains("Attached:  photo.png (image/png, " + png.length
                + " bytes): The vote");
    }

    @Test
    void savedFeedsAreListedAndForgotten() throws Exception {
        try (app.galley.store.Library lib = app.galley.store.Library.openEmbedded(Path.of(db()))) {
            lib.feeds().save("https://example.com/feed.xml", "City Ledger");
        }
        Run list = run("feeds", "--json", "--db", db());
        assertThat(list.code()).isZero();
        JsonNode feeds = new ObjectMapper().readTree(list.out());
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).get("title").asText()).isEqualTo("City Ledger");
        assertThat(feeds.get(0).get("url").asText()).isEqualTo("https://example.com/feed.xml");
        assertThat(feeds.get(0).get("items").asInt()).isZero();
        assertThat(feeds.get(0).get("lastRefreshed").isNull()).isTrue();
        assertThat(run("feeds", "--db", db()).out()).contains("City Ledger").contains("1 saved feed in");

        assertThat(run("feeds", "--remove", "1", "--db", db()).out()).contains("removed feed #1");
        Run again = run("feeds", "--remove", "1", "--db", db());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("galley: no saved feed #1");
        assertThat(new ObjectMapper().readTree(run("feeds", "--json", "--db", db()).out())).isEmpty();
    }

    @Test
    void importNeedsSomethingToImport() {
        Run r = run("import", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Nothing to import");
    }

    @Test
    void plainListAndShowAreReadable() {
        run("import", TestFiles.samplePath().toString(), "--db", db());
        Run list = run("list", "--db", db());
        assertThat(list.out()).contains(TestFiles.SAMPLE_TITLE).contains("inbox").contains("1 article in ");
        Run show = run("show", "1", "--db", db());
        assertThat(show.out()).startsWith(TestFiles.SAMPLE_TITLE + "\n").contains("Language:  zh-Hant")
                .contains("腦科學與類腦研究將成為上海科研領域的下一個發力點。");
    }

    @Test
    void importingTwiceReportsADuplicate() {
        run("import", TestFiles.samplePath().toString(), "--db", db());
        Run again = run("import", TestFiles.samplePath().toString(), "--db", db());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("duplicate  #1").contains("0 imported, 1 duplicate, 0 queued, 0 failed");
    }

    @Test
    void aFailedInputGivesOneLineOnStderrAndExitCodeOne() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Run r = run("import", empty.toString(), TestFiles.samplePath().toString(), "--db", db());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("galley: " + empty + ": empty file\n");
        assertThat(r.out()).contains("1 imported, 0 duplicates, 0 queued, 1 failed");
    }

    @Test
    void aMissingArticleIsAnErrorLine() {
        Run r = run("show", "42", "--db", db());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("galley: no article #42 in ").doesNotContain("\n");
    }

    @Test
    void wrongUsageExitsWithTwoAndOneLine() {
        Run r = run("list", "--frobnicate", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("Unknown option: '--frobnicate'").doesNotContain("\n");
        assertThat(run("show", "abc", "--db", db()).code()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String cmd : new String[] {"import", "list", "show"}) {
            Run help = run(cmd, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: galley " + cmd).contains("--db=DIR");
            Run version = run(cmd, "--version");
            assertThat(version.code()).isZero();
            assertThat(version.out()).startsWith("Galley ");
        }
        assertThat(run("--help").out()).contains("import").contains("list").contains("show");
        assertThat(run("--version").out()).startsWith("Galley ");
    }

    @Test
    void anUnusableLibraryFolderIsOneErrorLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Run r = run("list", "--db", file.resolve("sub").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("galley: Cannot create the library folder").endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n");
    }
}
