package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one file's bytes into an article draft, by format; the original bytes are kept as they came. */
final class FormatReaders {

    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

    private FormatReaders() {
    }

    static ArticleDraft read(byte[] bytes, String name, FileFormat format) throws ImportProblem {
        return read(bytes, name, format, null, Resources.NONE);
    }

    /**
     * As {@link #read(byte[], String, FileFormat)}, with a charset named by an HTTP header (or null)
     * and where to find the images an HTML page refers to.
     */
    static ArticleDraft read(byte[] bytes, String name, FileFormat format, String headerCharset, Resources resources)
            throws ImportProblem {
        return read(bytes, name, format, headerCharset, resources, null);
    }

    /** As above, for a page fetched from {@code webAddress}: its images' addresses are resolved against it. */
    static ArticleDraft read(byte[] bytes, String name, FileFormat format, String headerCharset, Resources resources,
                             String webAddress) throws ImportProblem {
        if (bytes.length == 0) {
            throw new ImportProblem("empty file");
        }
        switch (format) {
            case DOCX:
                return DocxReader.read(bytes, new Original(bytes, format.mediaType(), null, name));
            case MIME:
                InputCheck.checkBytes(bytes);
                return MimeReader.read(bytes, new Original(bytes, format.mediaType(), null, name),
                        name.toLowerCase(Locale.ROOT).endsWith(".eml"));
            case ZIP:
                throw new ImportProblem("a zip archive inside an archive is not imported");
            default:
                break;
        }
        byte[] content = bytes;
        if (format == FileFormat.HTML && name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            content = InputCheck.gunzip(new ByteArrayInputStream(bytes), ImportService.DEFAULT_SIZE_LIMIT * 4);
        }
        InputCheck.checkBytes(content);
        boolean markup = format == FileFormat.HTML || format == FileFormat.NEWSML;
        String declared = headerCharset != null ? headerCharset
                : format == FileFormat.HTML ? HtmlArticleReader.declaredCharset(content)
                : format == FileFormat.NEWSML ? xmlEncoding(content) : null;
        DecodedText decoded = CharsetDetection.decode(content, declared, markup);
        InputCheck.checkText(decoded.text());
        String mediaType = format == FileFormat.HTML && name.toLowerCase(Locale.ROOT).endsWith(".xhtml")
                ? "application/xhtml+xml" : format.mediaType();
        Original original = new Original(bytes, mediaType, decoded.charset().name(), name);
        return switch (format) {
            case HTML -> HtmlArticleReader.read(decoded.text(), webAddress, original, resources);
            case MARKDOWN -> MarkdownReader.read(decoded.text(), original);
            case NINJS -> NinjsReader.read(decoded.text(), original);
            case NEWSML -> NewsMlReader.read(decoded.text(), original);
            default -> TextArticleReader.read(decoded.text(), original);
        };
    }

    private static String xmlEncoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head.stripLeading());
        return m.find() ? m.group(1) : "UTF-8";
    }
}
