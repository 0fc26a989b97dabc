package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Attachment;
import app.galley.model.Original;
import app.galley.text.DateParser;
import app.galley.text.FeedDates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;

/**
 * Word documents as reporters, pandoc and LibreOffice write them. The Title style (or the first
 * top-level heading) is the headline; Subtitle, Author and Date paragraphs (pandoc writes them at the
 * top) and the document's title, author and creation date properties are metadata, not body; the
 * rest becomes the body by {@link DocxBody}: headings as subheads, lists as items, tables as rows,
 * footnotes as numbered notes at the end, captions on their pictures.
 */
final class DocxReader {

    private DocxReader() {
    }

    /** A picture in the document as an attachment (its alternative text as the caption until a Caption names it). */
    static Optional<Attachment> picture(XWPFPicture picture) {
        XWPFPictureData data = picture.getPictureData();
        if (data == null) {
            return Optional.empty();
        }
        byte[] bytes = data.getData();
        String type = Resources.imageType(bytes);
        if (type == null || bytes.length > Resources.MAX_IMAGE_BYTES) {
            return Optional.empty();
        }
        String alt = picture.getDescription();
        return Optional.of(new Attachment(data.getFileName(), type, bytes,
                alt == null || alt.isBlank() ? null : alt.strip(), data.getPackagePart().getPartName().getName()));
    }

    static ArticleDraft read(byte[] bytes, Original original) throws ImportProblem {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxBody content = DocxBody.of(doc);
            var properties = doc.getProperties().getCoreProperties();
            String title = firstOf(content.title(), properties.getTitle());
            List<String> paragraphs = content.paragraphs();
            if (title == null) {
                title = paragraphs.isEmpty() ? null : paragraphs.remove(0);
            }
            if (title == null || paragraphs.isEmpty() && title.isBlank()) {
                throw new ImportProblem("the Word document has no text");
            }
            String byline = firstOf(content.author(), properties.getCreator());
            Instant published = content.date() == null ? null : dateOf(content.date());
            if (published == null) {
                Date created = properties.getCreated();
                published = created == null ? null : created.toInstant();
            }
            String body = String.join("\n\n", paragraphs);
            return new ArticleDraft(title, content.subtitle(), byline, null, null,
                    LanguageGuess.of(body.isEmpty() ? title : body), published, body.isEmpty() ? title : body, original)
                    .withAttachments(content.pictures());
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportProblem("an old Word .doc file saved as .docx: save it again as .docx");
        } catch (IOException | RuntimeException e) {
            // the reader's own words (a part's content type, a relation) say nothing to an editor
            org.slf4j.LoggerFactory.getLogger(DocxReader.class).debug("Word document not read", e);
            throw new ImportProblem("not a readable Word document: its parts are damaged or missing");
        }
    }

    /** A Date paragraph as people write it: a machine date, or one as a reader sees it. */
    private static Instant dateOf(String text) {
        Instant machine = FeedDates.parse(text);
        return machine != null ? machine : DateParser.parseVisible(text);
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
