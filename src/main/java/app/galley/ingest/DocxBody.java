package app.galley.ingest;

import app.galley.model.Attachment;
import app.galley.text.StructuredParagraphs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document's content in the body model: each paragraph one body paragraph, headings too (they
 * read as subheads); list paragraphs as items ({@code • } or {@code 1. }); a table's rows as rows of
 * cells ({@code a | b}); footnote and endnote references as {@code [1]}, their text as numbered notes
 * at the end; pictures as attachments, named by the caption paragraph that follows them. Styles are
 * matched by name as Word, pandoc and LibreOffice write them ("Heading 1", "Title", "Author", "Date",
 * "Caption", "Image Caption", "FigureCaption").
 */
final class DocxBody {

    private final XWPFDocument doc;
    private String title;
    private String subtitle;
    private String author;
    private String date;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Attachment> pictures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> noteNumbers = new HashMap<>();
    private final Map<String, Integer> listCounters = new HashMap<>();
    private boolean captionable; // the paragraph before held a picture: a caption paragraph names it

    private DocxBody(XWPFDocument doc) {
        this.doc = doc;
    }

    static DocxBody of(XWPFDocument doc) {
        DocxBody body = new DocxBody(doc);
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                body.paragraph(p);
            } else if (element instanceof XWPFTable t) {
                body.table(t);
            } else if (element instanceof XWPFSDT sdt) {
                body.add(sdt.getContent().getText().strip());
            }
        }
        if (!body.notes.isEmpty()) {
            body.paragraphs.add(notesHeading(body.paragraphs));
            body.paragraphs.addAll(body.notes);
        }
        return body;
    }

    String title() {
        return title;
    }

    String subtitle() {
        return subtitle;
    }

    String author() {
        return author;
    }

    String date() {
        return date;
    }

    /** The body paragraphs, in order (a list the caller may change). */
    List<String> paragraphs() {
        return paragraphs;
    }

    List<Attachment> pictures() {
        return pictures;
    }

    private void paragraph(XWPFParagraph p) {
        String style = styleOf(p.getStyleID());
        int before = pictures.size();
        String text = textOf(p).strip();
        boolean hasPicture = pictures.size() > before;
        if (text.isEmpty()) {
            captionable |= hasPicture;
            return;
        }
        if (style.endsWith("caption") && !style.startsWith("table") && (captionable || hasPicture) && !pictures.isEmpty()) {
            Attachment last = pictures.remove(pictures.size() - 1);
            pictures.add(new Attachment(last.name(), last.mediaType(), last.content(), text, last.reference()));
            captionable = false;
            return;
        }
        captionable = hasPicture;
        boolean front = paragraphs.isEmpty();
        switch (style) {
            case "title" -> {
                if (title == null) {
                    title = text;
                    return;
                }
            }
            case "subtitle" -> {
                if (subtitle == null && front) {
                    subtitle = text;
                    return;
                }
            }
            case "author" -> {
                if (front) {
                    author = author == null ? text : author + ", " + text;
                    return;
                }
            }
            case "date" -> {
                if (date == null && front) {
                    date = text;
                    return;
                }
            }
            default -> {
            }
        }
        if (title == null && front && (style.equals("heading1") || style.equals("heading"))) {
            title = text;
            return;
        }
        if (p.getNumID() != null) {
            add(marker(p) + text);
            return;
        }
        add(text);
    }

    /** A list item's marker: a bullet, or its number in its list at its level. */
    private String marker(XWPFParagraph p) {
        String format = p.getNumFmt();
        if (format == null || format.equals("bullet") || format.equals("none")) {
            return StructuredParagraphs.BULLET;
        }
        BigInteger level = p.getNumIlvl();
        String key = p.getNumID() + "/" + (level == null ? 0 : level);
        int n = listCounters.merge(key, 1, Integer::sum);
        return n + ". ";
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getParagraphs().stream().map(this::textOf).map(String::strip)
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")));
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                add(StructuredParagraphs.row(cells));
            }
        }
    }

    private void add(String text) {
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
    }

    /** A paragraph's text, run by run: note references numbered, pictures collected on the way. */
    private String textOf(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : p.getIRuns()) {
            if (element instanceof XWPFRun run) {
                var ctr = run.getCTR();
                if (!ctr.getFootnoteReferenceList().isEmpty()) {
                    text.append(noteMark("f" + ctr.getFootnoteReferenceList().get(0).getId(),
                            doc.getFootnoteByID(ctr.getFootnoteReferenceList().get(0).getId().intValue())));
                    continue;
                }
                if (!ctr.getEndnoteReferenceList().isEmpty()) {
                    text.append(noteMark("e" + ctr.getEndnoteReferenceList().get(0).getId(),
                            doc.getEndnoteByID(ctr.getEndnoteReferenceList().get(0).getId().intValue())));
                    continue;
                }
                for (XWPFPicture picture : run.getEmbeddedPictures()) {
                    DocxReader.picture(picture).ifPresent(pictures::add);
                }
                text.append(run.text());
            } else if (element instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString().replace('\t', ' ');
    }

    /** {@code [n]} for a note, numbered in the order the text first refers to it; its text kept for the end. */
    private String noteMark(String key, XWPFAbstractFootnoteEndnote note) {
        if (note == null) {
            return "";
        }
        Integer n = noteNumbers.get(key);
        if (n == null) {
            n = notes.size() + 1;
            noteNumbers.put(key, n);
            String text = note.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
            notes.add("[" + n + "] " + text);
        }
        return "[" + n + "]";
    }

    /** "Notes", or 註釋 / 注释 in a document in Chinese. */
    private static String notesHeading(List<String> paragraphs) {
        String language = LanguageGuess.of(String.join("\n", paragraphs));
        if (language == null || !language.startsWith("zh")) {
            return "Notes";
        }
        return language.equals("zh-Hans") ? "注释" : "註釋";
    }

    /** A paragraph style's name, lower case, without spaces, underscores or hyphens ("heading1", "imagecaption"). */
    private String styleOf(String id) {
        if (id == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
