package app.galley.publish;

import app.galley.service.Services;
import app.galley.TestFiles;
import app.galley.analyze.AnnotationService;
import app.galley.analyze.TagService;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.Attachment;
import app.galley.model.ImportOutcome;
import app.galley.model.TagKind;
import app.galley.model.Verdict;
import app.galley.store.Library;
import java.util.Base64;
import java.util.List;

/**
 * The sample as the exports get it in tests: tagged with a Media Topic, a person, a place and a
 * story; an image kept with it and one on the web; its first quotation annotated and verified.
 */
final class ExportFixture {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private ExportFixture() {
    }

    /** Stores the sample so prepared; returns its id. */
    static long sample(Library library) {
        ImportService importer = Services.of(library).imports();
        var read = ImportService.readOnly(TestFiles.samplePath()).get(0).draft().withAttachments(List.of(
                new Attachment("lab.png", "image/png", PNG, "張江實驗室", "lab.png"),
                new Attachment("chip.jpg", "image/jpeg", new byte[0], "晶元", "https://img.example.com/chip.jpg")));
        long id = ((ImportOutcome.Imported) importer.storeDraft(read, "content-farm-zh-hant.txt")).articleId();
        TagService tags = new TagService(library.tags());
        tags.add(List.of(id), tags.subject("medtop:13000000"));
        tags.add(List.of(id), tags.tag(TagKind.PERSON, "張旭", null));
        tags.add(List.of(id), tags.tag(TagKind.PLACE, "上海", null));
        tags.add(List.of(id), tags.tag(TagKind.STORY, "腦計劃", null));
        Article a = library.articles().find(id).orElseThrow();
        AnnotationService notes = Services.of(library).annotations("Mei Lin");
        var quote = AnnotationService.analyse(a.body()).quotes().get(0);
        notes.setVerdict(notes.annotate(a, quote), Verdict.VERIFIED);
        return id;
    }
}
