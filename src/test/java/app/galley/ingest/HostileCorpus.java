package app.galley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A generated corpus of hostile and malformed inputs for every extension Galley imports: valid
 * articles broken in many ways (cut short, bits flipped, bytes shuffled), random bytes, deep nesting,
 * long runs of one character, combining marks, wrong declared charsets, control characters and
 * over-long fields, entity tricks. Seeded, so a failing case can be replayed by its name.
 */
final class HostileCorpus {

    record Case(String name, byte[] bytes) {
    }

    private static final String PARA = "上海腦科學與類腦研究中心已開始了實質性建設，中心將整合並且加強腦智科技的基礎科學研究，"
            + "每年投入的資金不少於10億元。「這是一個開始。」張旭說。";
    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".xhtml", ".html.gz", ".eml",
            ".mhtml", ".docx", ".json", ".xml", ".zip");

    private final Random random;

    HostileCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** {@code perExtension} cases for each extension (plus the few fixed pathological ones). */
    List<Case> cases(int perExtension) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String ext : EXTENSIONS) {
            byte[] valid = valid(ext);
            for (int i = 0; i < perExtension; i++) {
                String kind;
                byte[] b;
                switch (i % 8) {
                    case 0 -> {
                        kind = "random";
                        b = randomBytes(random.nextInt(4096));
                    }
                    case 1 -> {
                        kind = "cut";
                        b = java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
                    }
                    case 2 -> {
                        kind = "flipped";
                        b = flipped(valid, 1 + random.nextInt(40));
                    }
                    case 3 -> {
                        kind = "shuffled";
                        b = shuffled(valid);
                    }
                    case 4 -> {
                        kind = "nested";
                        b = nested(ext, 2000 + random.nextInt(30000));
                    }
                    case 5 -> {
                        kind = "control";
                        b = wrap(ext, "標題\u0007\u001b[31m\u0000" + "紅".repeat(random.nextInt(3)) + "\u2028x",
                                PARA.repeat(3) + "\u0000\u001f");
                    }
                    case 6 -> {
                        kind = "long-fields";
                        b = wrap(ext, "長".repeat(2000 + random.nextInt(3000)), PARA.repeat(2));
                    }
                    default -> {
                        kind = "empty-ish";
                        b = List.of(new byte[0], " \n\t ".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}).get(random.nextInt(4));
                    }
                }
                out.add(new Case(String.format("%s-%03d%s", kind, i, ext), b));
            }
        }
        return out;
    }

    /** The pathological inputs that once hung or crashed a reader, at full size. */
    List<Case> pathological() throws IOException {
        List<Case> out = new ArrayList<>();
        out.add(new Case("spaces-5mb.txt", " ".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)));
        out.add(new Case("spaces-5mb.html", ("<html><body><p>" + " ".repeat(5 * 1024 * 1024) + "</p></body></html>")
                .getBytes(StandardCharsets.US_ASCII)));
        out.add(new Case("combining-1m.txt", ("標題\n\n" + "a" + "\u0301".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("combining-1m.html", ("<html><head><title>t</title></head><body><p>a" + "\u0301".repeat(1_000_000)
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("quote-100k-deep.md", ">".repeat(100_000).getBytes(StandardCharsets.US_ASCII)));
        out.add(new Case("quote-5000-deep.md", (">".repeat(5000) + " 引文\n").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("div-100k-deep.html", ("<html><body>" + "<div>".repeat(100_000) + PARA)
                .getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("utf16-declared-over-utf8.html", ("<html><head><meta charset=\"utf-16\"><title>標題</title></head><body><p>"
                + PARA.repeat(5) + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("big5-declared-over-utf8.html", ("<html><head><meta charset=\"big5\"><title>標題</title></head><body><p>"
                + PARA.repeat(5) + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("json-100k-deep.json", ("[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
        out.add(new Case("laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><contentSet><inlineXML><html><body><p>&lol3;</p>"
                + "</body></html></inlineXML></contentSet></newsItem>").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("headline-3000.txt", ("長".repeat(3000) + "\n\n" + PARA.repeat(4)).getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("byline-1500.html", ("<html><head><title>標題</title><meta name=\"author\" content=\""
                + "王".repeat(1500) + "\"></head><body><article><p>" + PARA.repeat(4) + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("body-10m.txt", ("標題\n\n" + "a".repeat(10 * 1024 * 1024 - 20)).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private byte[] flipped(byte[] valid, int flips) {
        byte[] b = valid.clone();
        for (int i = 0; i < flips && b.length > 0; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    private byte[] shuffled(byte[] valid) {
        byte[] b = valid.clone();
        for (int i = 0; i < b.length / 50 + 1 && b.length > 1; i++) {
            int x = random.nextInt(b.length);
            int y = random.nextInt(b.length);
            byte t = b[x];
            b[x] = b[y];
            b[y] = t;
        }
        return b;
    }

    private static byte[] nested(String ext, int depth) throws IOException {
        String s = switch (ext) {
            case ".md" -> ">".repeat(depth) + " 引文";
            case ".json" -> "{\"headline\":" + "[".repeat(depth);
            case ".xml" -> "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">" + "<a>".repeat(depth);
            case ".txt" -> "標題\n\n" + "「".repeat(depth) + PARA;
            default -> "<html><body>" + "<div><span>".repeat(depth / 2) + PARA;
        };
        return pack(ext, "nested", s);
    }

    private static byte[] wrap(String ext, String title, String body) throws IOException {
        String s = switch (ext) {
            case ".txt", ".md" -> title + "\n\n" + body;
            case ".json" -> "{\"uri\":\"urn:x\",\"headline\":\"" + json(title) + "\",\"body_text\":\"" + json(body) + "\"}";
            case ".xml" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
                    + "<contentMeta><headline>" + xml(title) + "</headline></contentMeta><contentSet><inlineXML><html><body><p>"
                    + xml(body) + "</p></body></html></inlineXML></contentSet></newsItem>";
            case ".eml", ".mhtml" -> "Subject: " + title.replaceAll("[\\r\\n]", " ") + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body;
            default -> "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body + "</p></body></html>";
        };
        return pack(ext, title, s);
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c == '"' || c == '\\' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String xml(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").replace("&", "&amp;").replace("<", "&lt;");
    }

    private static byte[] valid(String ext) throws IOException {
        return wrap(ext, "腦科學中心開建", PARA.repeat(4));
    }

    /** The text as a file of this extension (gzipped, a Word file, a zip of one article as needed). */
    private static byte[] pack(String ext, String title, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (ext) {
            case ".html.gz" -> {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            case ".docx" -> {
                try (XWPFDocument doc = new XWPFDocument()) {
                    String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
                    for (String line : clean.split("\n", 200)) {
                        doc.createParagraph().createRun().setText(line.length() > 20000 ? line.substring(0, 20000) : line);
                    }
                    // its properties carry the time of making: a fixed one
                    doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                            java.util.Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC))));
                    doc.getProperties().getCoreProperties().setModified(java.util.Optional.of(
                            java.util.Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC))));
                    ByteArrayOutputStream written = new ByteArrayOutputStream();
                    doc.write(written);
                    out.write(fixedTimes(written.toByteArray()));
                }
            }
            case ".zip" -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    ZipEntry entry = new ZipEntry("article.html");
                    entry.setTimeLocal(FIXED_TIME);
                    zip.putNextEntry(entry);
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            default -> out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The time every zip entry is given (a local date, as zip keeps it): the corpus is the same bytes whenever and wherever it is made. */
    private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(2026, 6, 1, 0, 0);

    /**
     * The zip with every entry's time set to {@link #FIXED_TIME} (a Word document is written with
     * the time of writing, which would make each run's corpus, and where its bits are flipped, differ).
     */
    private static byte[] fixedTimes(byte[] zipped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
