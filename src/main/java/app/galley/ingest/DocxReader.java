package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Word documents as reporters file them: the Title (or first heading) style is the headline. */
final class DocxReader {

    private DocxReader() {
    }

    static ArticleDraft read(byte[] bytes, Original original) throws ImportProblem {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String title = null;
            List<String> paragraphs = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
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
                    LanguageGuess.of(body.isEmpty() ? title : body), null, body.isEmpty() ? title : body, original);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportProblem("an old Word .doc file saved as .docx: save it again as .docx");
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem("not a readable Word document: " + e.getMessage());
        }
    }
}
