package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Attachment;
import app.galley.model.Original;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word documents as reporters file them: the Title (or first heading) style is the headline. */
final class DocxReader {

    private DocxReader() {
    }

    /** A picture in the document as an attachment (its alternative text as the caption until a Caption names it). */
    private static java.util.Optional<Attachment> picture(XWPFPicture picture) {
        XWPFPictureData data = picture.getPictureData();
        if (data == null) {
            return java.util.Optional.empty();
        }
        byte[] bytes = data.getData();
        String type = Resources.imageType(bytes);
        if (type == null || bytes.length > Resources.MAX_IMAGE_BYTES) {
            return java.util.Optional.empty();
        }
        String alt = picture.getDescription();
        return java.util.Optional.of(new Attachment(data.getFileName(), type, bytes,
                alt == null || alt.isBlank() ? null : alt.strip(), data.getPackagePart().getPartName().getName()));
    }

    static ArticleDraft read(byte[] bytes, Original original) throws ImportProblem {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = null;
            List<String> paragraphs = new ArrayList<>();
            List<Attachment> pictures = new ArrayList<>();
            boolean captionable = false; // the paragraph before held a picture: a Caption paragraph names it
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().strip();
                String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                int before = pictures.size();
                for (XWPFRun run : p.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        picture(picture).ifPresent(pictures::add);
                    }
                }
                boolean hasPicture = pictures.size() > before;
                if (text.isEmpty()) {
                    captionable |= hasPicture;
                    continue;
                }
                if (style.equals("caption") && (captionable || hasPicture)) {
                    Attachment last = pictures.remove(pictures.size() - 1);
                    pictures.add(new Attachment(last.name(), last.mediaType(), last.content(), text, last.reference()));
                    captionable = false;
                    continue;
                }
                captionable = hasPicture;
                if (title == null && (style.equals("title") || style.startsWith("heading1") || style.equals("heading 1"))) {
                    title = text;
                    continue;
                }
                paragraphs.add(text);
            }
            String author = doc.getProperties().getCoreProperties().getCreator();
            if (title == null) {
                String docTitle = doc.getProperties().getCoreProperties().getTitle();
                title = docTitle != null && !docTitle.isBlank() ? docTitle.strip()
                        : paragraphs.isEmpty() ? null : paragraphs.remove(0);
            }
            if (title == null || paragraphs.isEmpty() && title.isBlank()) {
                throw new ImportProblem("the Word document has no text");
            }
            String body = String.join("\n\n", paragraphs);
            return new ArticleDraft(title, null, author == null || author.isBlank() ? null : author.strip(), null, null,
                    LanguageGuess.of(body.isEmpty() ? title : body), null, body.isEmpty() ? title : body, original)
                    .withAttachments(pictures);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportProblem("an old Word .doc file saved as .docx: save it again as .docx");
        } catch (IOException | RuntimeException e) {
            // the reader's own words (a part's content type, a relation) say nothing to an editor
            org.slf4j.LoggerFactory.getLogger(DocxReader.class).debug("Word document not read", e);
            throw new ImportProblem("not a readable Word document: its parts are damaged or missing");
        }
    }
}
