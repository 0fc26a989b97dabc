package app.galley.publish;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A PDF proof of a rendered page (the print layout), laid out by OpenHTMLtoPDF with the bundled CJK
 * font embedded (subsetted), so Chinese prints as glyphs on any machine. The renderer may fetch
 * nothing: every external resource is refused, and the page holds only inline images.
 */
public final class PdfProof {

    /** The family the templates name for Chinese text; the bundled font answers to it. */
    public static final String CJK_FAMILY = "WenQuanYi Micro Hei";
    private static final String FONT = "/assets/fonts/wqy-microhei.ttc";

    private PdfProof() {
    }

    /** The PDF of a page {@link PreviewRenderer} made. */
    public static byte[] render(String html, String title) throws IOException {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = bundledFonts()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.useFastMode();
            // the bundled face for every family name a template uses for Chinese or as a fallback
            TrueTypeFont face = fonts.getFontByName("WenQuanYiMicroHei");
            if (face == null) {
                throw new IOException("the bundled CJK font has no WenQuanYi Micro Hei face");
            }
            PDType0Font font = PDType0Font.load(doc, face, true);
            for (String family : new String[] {CJK_FAMILY, "Noto Serif CJK TC", "Noto Sans CJK TC", "serif", "sans-serif"}) {
                b.useFont(new PDFontSupplier(font), family);
            }
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withW3cDocument(dom, null);
            b.toStream(out);
            b.run();
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Galley");
            if (out.size() == 0) {
                doc.save(out);
            }
        }
        return out.toByteArray();
    }

    /** Renders and writes the PDF whole or not at all. */
    public static void write(String html, String title, Path target) throws IOException {
        FileWriting.writeAtomically(target, render(html, title));
    }

    private static TrueTypeCollection bundledFonts() throws IOException {
        try (InputStream in = PdfProof.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("the bundled CJK font " + FONT + " is missing");
            }
            return new TrueTypeCollection(in);
        }
    }
}
