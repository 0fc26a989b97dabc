package app.galley.ingest;

import app.galley.service.Services;
import static org.assertj.core.api.Assertions.assertThat;

import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Folders, saved pages and archives stay inside what the editor chose, within their limits. */
class HostileFolderTest extends app.galley.LibraryTestBase {

    private static final String PARA = "上海腦科學與類腦研究中心已開始了實質性建設，中心將整合並且加強腦智科技的基礎科學研究。";

    @Override
    protected ImportService importer(Library library) {
        return Services.of(library).imports();
    }

    private static String article(String title) {
        return title + "\n\n" + PARA.repeat(3) + title;
    }

    @Test
    void linksAreNotFollowedOutOfTheChosenFolderAndALoopIsReportedAsOne() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), article("外面的稿"), StandardCharsets.UTF_8);
        Path chosen = Files.createDirectories(tmp.resolve("chosen"));
        Files.writeString(chosen.resolve("one.txt"), article("第一篇"), StandardCharsets.UTF_8);
        Files.createSymbolicLink(chosen.resolve("linked.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(chosen.resolve("out"), outside);
        Files.createSymbolicLink(chosen.resolve("also-one.txt"), chosen.resolve("one.txt"));
        Path loop = Files.createDirectories(chosen.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("a.txt"), loop.resolve("b.txt"));
        Files.createSymbolicLink(loop.resolve("b.txt"), loop.resolve("a.txt"));

        List<ImportOutcome> outcomes = importer.importPaths(List.of(chosen), ImportListener.NONE, () -> false).outcomes();

        assertThat(library.articles().list()).extracting(a -> a.title()).containsExactly("第一篇");
        assertThat(outcomes).filteredOn(ImportOutcome.Failed.class::isInstance).extracting(o -> ((ImportOutcome.Failed) o).message())
                .anyMatch(m -> m.contains("linked.txt") && m.contains("outside the chosen folder"))
                .anyMatch(m -> m.contains("out") && m.contains("outside the chosen folder"))
                .anyMatch(m -> m.contains("a.txt") && m.contains("link loop"));
        assertThat(outcomes).filteredOn(ImportOutcome.Duplicate.class::isInstance).hasSize(1); // also-one.txt
    }

    @Test
    void aSavedPageReadsImagesOnlyFromItsOwnFilesFolderByRealPath() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path own = Files.createDirectories(site.resolve("page_files"));
        Path sibling = Files.createDirectories(site.resolve("other_files"));
        byte[] png = AttachmentImportTest.image("png", 40, 30);
        Files.write(own.resolve("mine.png"), png);
        Files.write(sibling.resolve("theirs.png"), png);
        Files.write(tmp.resolve("private.png"), png);
        Files.createSymbolicLink(own.resolve("sneaky.png"), tmp.resolve("private.png"));
        Files.writeString(site.resolve("page.html"), "<html><head><title>圖片稿</title></head><body><article><h1>圖片稿</h1>"
                + "<p>" + PARA.repeat(3) + "</p>"
                + "<figure><img src=\"page_files/mine.png\"><figcaption>自己的</figcaption></figure>"
                + "<figure><img src=\"other_files/theirs.png\"><figcaption>隔壁的</figcaption></figure>"
                + "<figure><img src=\"page_files/sneaky.png\"><figcaption>連結</figcaption></figure>"
                + "<figure><img src=\"page_files/../../private.png\"><figcaption>上層</figcaption></figure>"
                + "</article></body></html>", StandardCharsets.UTF_8);

        ImportOutcome o = importer.importFile(site.resolve("page.html"));

        long id = ((ImportOutcome.Imported) o).articleId();
        assertThat(library.attachments().of(id)).filteredOn(a -> a.size() > 0).extracting(a -> a.name())
                .containsExactly("mine.png");
    }

    @Test
    void anArchiveOfManyEntriesEachUnderTheLimitsIsRefusedAsAWhole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] spaces = ("標題\n\n" + " ".repeat(900 * 1024) + PARA).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 60; i++) {
                zip.putNextEntry(new ZipEntry("a" + i + ".txt"));
                zip.write(spaces);
                zip.closeEntry();
            }
        }
        Path zip = tmp.resolve("many.zip");
        Files.write(zip, bytes.toByteArray());

        List<ImportOutcome> outcomes = importer.importPaths(List.of(zip), ImportListener.NONE, () -> false).outcomes();

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ImportOutcome.Failed.class,
                f -> assertThat(f.message()).contains("many.zip").contains("zip bomb").contains("times"));
        assertThat(library.articles().list()).isEmpty();
    }

    @Test
    void anArchivesEntriesAreStoredOneByOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 5; i++) {
                zip.putNextEntry(new ZipEntry("a" + i + ".txt"));
                zip.write(article("第" + i + "篇").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path zip = tmp.resolve("five.zip");
        Files.write(zip, bytes.toByteArray());
        List<Integer> countsWhenStored = new java.util.ArrayList<>();
        importer.importPaths(List.of(zip), new ImportListener() {
            @Override
            public void finished(ImportOutcome outcome, int done, int total) {
                countsWhenStored.add(library.articles().list().size());
            }
        }, () -> false);
        assertThat(countsWhenStored).containsExactly(1, 2, 3, 4, 5);
    }
}
