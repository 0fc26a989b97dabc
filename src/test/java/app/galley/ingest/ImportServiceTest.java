package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.TestFiles;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Original;
import app.galley.store.Library;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest extends LibraryTestBase {

    @Test
    void importsTheSampleAndRecordsTitleCharsetAndOriginal() throws Exception {
        Path big5 = write("sample-big5.txt", TestFiles.sampleText().getBytes(Charset.forName("Big5")));
        ImportOutcome outcome = importer.importFile(big5);

        assertThat(outcome).isInstanceOf(ImportOutcome.Imported.class);
        long id = ((ImportOutcome.Imported) outcome).articleId();
        Article a = library.articles().find(id).orElseThrow();
        assertThat(a.title()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(a.language()).isEqualTo("zh-Hant");
        assertThat(a.body()).contains("上海腦科學與類腦研究中心將會整合併且加強腦智科技");
        Original original = library.articles().original(id).orElseThrow();
        assertThat(original.charset()).isEqualTo("Big5");
        assertThat(original.mediaType()).isEqualTo("text/plain");
        assertThat(original.location()).isEqualTo("sample-big5.txt");
        assertThat(original.content()).isEqualTo(Files.readAllBytes(big5));
    }

    @Test
    void theSameArticleInOtherEncodingsIsADuplicate() throws Exception {
        String text = TestFiles.sampleText();
        Path utf8 = write("a-utf8.txt", text.getBytes(StandardCharsets.UTF_8));
        Path gb = write("b-gb18030.txt", text.getBytes(Charset.forName("GB18030")));
        Path utf16 = write("c-utf16.txt", text.getBytes(StandardCharsets.UTF_16));
        Path crlf = write("d-crlf.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        ImportReport report = importer.importPaths(List.of(utf8, gb, utf16, crlf), ImportListener.NONE, () -> false);

        assertThat(report.imported()).hasSize(1);
        assertThat(report.duplicates()).hasSize(3)
                .allSatisfy(d -> assertThat(d.existingId()).isEqualTo(report.imported().get(0).articleId()));
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void aSimplifiedRepostOfTheSampleIsAlreadyInTheLibrary() throws Exception {
        Path traditional = write("zh-hant.txt", TestFiles.sampleText().getBytes(StandardCharsets.UTF_8));
        String simplified = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified")
                .transliterate(TestFiles.sampleText()).replace(',', '，');
        Path repost = write("zh-hans.txt", simplified.getBytes(Charset.forName("GB18030")));
        long id = ((ImportOutcome.Imported) importer.importFile(traditional)).articleId();
        ImportOutcome again = importer.importFile(repost);
        assertThat(again).isInstanceOf(ImportOutcome.Duplicate.class);
        assertThat(((ImportOutcome.Duplicate) again).existingId()).isEqualTo(id);
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void badInputsEachGetAOneLineMessageAndTheBatchGoesOn() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path png = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Path missing = tmp.resolve("in").resolve("gone.txt");
        Path dangling = Files.createSymbolicLink(tmp.resolve("in").resolve("link.txt"), tmp.resolve("nowhere.txt"));
        Path huge = tmp.resolve("in").resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path controlChars = write("garbage.txt", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 1, 2, 3, 4, 5, 6, 7});
        Path pdf = write("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Path good = write("good.txt", TestFiles.sampleText().getBytes(StandardCharsets.UTF_8));

        List<String> seen = new ArrayList<>();
        ImportReport report = importer.importPaths(List.of(empty, png, missing, dangling, huge, controlChars, pdf, good),
                new ImportListener() {
                    @Override
                    public void finished(ImportOutcome outcome, int done, int total) {
                        seen.add(done + "/" + total);
                    }
                }, () -> false);

        assertThat(seen).hasSize(8).endsWith("8/8");
        assertThat(report.imported()).singleElement().extracting(ImportOutcome.Imported::title)
                .isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(report.failures()).extracting(ImportOutcome.Failed::message).containsExactly(
                empty + ": empty file",
                png + ": binary file (PNG image), not text",
                missing + ": cannot read: no such file",
                dangling + ": cannot read: no such file",
                huge + ": too large: 50.0 MB (the limit for one article is 10.0 MB)",
                controlChars + ": does not look like text: 93% of it is control characters or undecodable bytes"
                        + " (binary file or unknown encoding?)",
                pdf + ": not a supported file type (Galley imports " + FileFormat.allEndings() + ")");
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.message()).doesNotContain("\n"));
        assertThat(library.articles().count()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        Path secret = write("secret.txt", "text".getBytes(StandardCharsets.UTF_8));
        boolean made = secret.toFile().setReadable(false, false);
        if (!made || Files.isReadable(secret)) {
            // as root every file is readable: use a folder named like a file, which cannot be read as one
            secret = Files.createDirectories(tmp.resolve("in").resolve("folder.txt"));
        }
        ImportOutcome outcome = importer.importFile(secret);
        assertThat(outcome).isInstanceOf(ImportOutcome.Failed.class);
        assertThat(((ImportOutcome.Failed) outcome).problem()).matches("cannot read: permission denied|is a folder.*");
        assertThat(library.articles().count()).isZero();
    }

    @Test
    void foldersAreImportedRecursivelySkippingHiddenAndOtherFiles() throws Exception {
        write("desk/a.txt", "Shanghai bets on brain chips\n\nThe city said it will spend a lot.".getBytes(StandardCharsets.UTF_8));
        write("desk/world/b.html", "<html><head><title>Wire story - Agency</title></head><body><p>Text of the wire story is here and it is long enough.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        write("desk/world/c.htm", "<p>Another one with its own words for the test.</p>".getBytes(StandardCharsets.UTF_8));
        write("desk/.trash/d.txt", "Hidden\n\nnot imported".getBytes(StandardCharsets.UTF_8));
        write("desk/photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        ImportReport report = importer.importPaths(List.of(tmp.resolve("in/desk")), ImportListener.NONE, () -> false);

        assertThat(report.failures()).isEmpty();
        assertThat(report.imported()).extracting(ImportOutcome.Imported::title)
                .containsExactly("Shanghai bets on brain chips", "Wire story", "Another one with its own words for the test.");
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasImported() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(write("n" + i + ".txt", ("Title " + i + "\n\nBody number " + i).getBytes(StandardCharsets.UTF_8)));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        ImportReport report = importer.importPaths(files, new ImportListener() {
            @Override
            public void finished(ImportOutcome outcome, int done, int total) {
                if (done == 2) {
                    cancel.set(true);
                }
            }
        }, cancel::get);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.outcomes()).hasSize(2);
        assertThat(library.articles().count()).isEqualTo(2);
    }

    @Test
    void htmlImportStoresWhatTheExtractorFound() throws Exception {
        byte[] page;
        try (var in = getClass().getResourceAsStream("/pages/english-news.html")) {
            page = in.readAllBytes();
        }
        ImportOutcome outcome = importer.importFile(write("council.html", page));
        Article a = library.articles().find(((ImportOutcome.Imported) outcome).articleId()).orElseThrow();
        assertThat(a.title()).isEqualTo("Council approves $2.1 billion budget after late-night vote");
        assertThat(a.byline()).isEqualTo("Maria Gonzalez");
        assertThat(a.published()).isEqualTo(java.time.Instant.parse("2026-08-15T02:15:00Z"));
        assertThat(a.source()).isEqualTo("The Daily Ledger");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).startsWith("The city council approved").doesNotContain("comments")
                .contains("\n\nWhat changes for residents\n\n");
        assertThat(library.articles().original(a.id()).orElseThrow().mediaType()).isEqualTo("text/html");
    }

    @Test
    void pastedTextAndPastedHtmlBecomeArticles() {
        ImportOutcome text = importer.importText(TestFiles.sampleText(), "pasted text");
        assertThat(text).isInstanceOf(ImportOutcome.Imported.class);
        ImportOutcome html = importer.importText("<html><head><title>Pasted page | Site</title></head>"
                + "<body><p>Some words of a pasted page.</p></body></html>", "pasted text");
        assertThat(((ImportOutcome.Imported) html).title()).isEqualTo("Pasted page");
        assertThat(importer.importText("   \n ", "pasted text")).isInstanceOf(ImportOutcome.Failed.class);
    }
}
