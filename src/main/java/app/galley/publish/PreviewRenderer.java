package app.galley.publish;

import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Attachment;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an article through a publication template into a whole, safe HTML page: the body made
 * into HTML and sanitised, handed to the template with the article's fields, and the page guarded
 * ({@link HtmlSafety}). Plain Java: the preview pane, the PDF proof and the HTML export all use it.
 */
public final class PreviewRenderer {

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().defaultValue("").escapeHTML(true);
    private static final String ANNOTATIONS_CSS = resource("/assets/templates/annotations.css");
    private static final int NOTE_QUOTE = 60;

    /**
     * What to render: the article's fields, the text to show (the current revision, or the original
     * for comparison), its images and annotations, its tag names, and which revision this is.
     */
    public record Request(Article article, String title, String body, List<Attachment> attachments,
                          List<Annotation> annotations, List<String> tags, int revision,
                          List<app.galley.model.SignOff> signOffs) {

        public Request {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            annotations = annotations == null ? List.of() : List.copyOf(annotations);
            tags = tags == null ? List.of() : List.copyOf(tags);
            signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        }

        /** A request without sign-offs (an export: the page as readers see it). */
        public Request(Article article, String title, String body, List<Attachment> attachments,
                       List<Annotation> annotations, List<String> tags, int revision) {
            this(article, title, body, attachments, annotations, tags, revision, List.of());
        }

        /** The article as it stands, without images, annotations or tags. */
        public static Request of(Article a) {
            return new Request(a, a.title(), a.body(), List.of(), List.of(), List.of(), 0);
        }
    }

    /**
     * @param annotations highlight quotes and claims with their verdicts, and list their notes
     * @param proofHeader add the proof header (article id, revision, status, date)
     * @param remoteImages let remote images load (the editor allows it per article)
     * @param words the words the page adds for the newsroom (proof header, notes), in the editor's language
     */
    public record Options(boolean annotations, boolean proofHeader, boolean remoteImages, Instant now, ZoneId zone,
                          PageWords words) {

        /** Plain preview options in English; {@code clock} dates the proof header (the library's clock). */
        public static Options preview(java.time.Clock clock) {
            return new Options(false, false, false, clock.instant(), ZoneId.systemDefault(), PageWords.english());
        }

        public Options withAnnotations(boolean on) {
            return new Options(on, proofHeader, remoteImages, now, zone, words);
        }

        public Options withProofHeader(boolean on) {
            return new Options(annotations, on, remoteImages, now, zone, words);
        }

        public Options withRemoteImages(boolean on) {
            return new Options(annotations, proofHeader, on, now, zone, words);
        }

        public Options withWords(PageWords w) {
            return new Options(annotations, proofHeader, remoteImages, now, zone, w);
        }
    }

    private PreviewRenderer() {
    }

    /** The page, or an exception naming the template and what went wrong in it. */
    public static String render(Request r, Template t, Options o) throws TemplateException {
        List<Annotation> shown = o.annotations() ? shownAnnotations(r) : List.of();
        List<ArticleHtml.Highlight> highlights = highlights(shown, o.words());
        boolean print = t.manifest().kind() == Template.Kind.PRINT;
        String body = ArticleHtml.body(r.body(), highlights, images(r.attachments(), o.remoteImages()), print);
        Map<String, Object> context = context(r, t, o, HtmlSafety.cleanFragment(body, o.remoteImages()), shown, print);
        String page;
        try {
            page = MUSTACHE.compile(t.html()).execute(context);
        } catch (MustacheException e) {
            throw new TemplateException("Template " + t.id() + " (" + t.origin() + "), article.html: " + e.getMessage(), e);
        }
        return HtmlSafety.guardPage(page, o.remoteImages());
    }

    private static Map<String, Object> context(Request r, Template t, Options o, String body,
                                               List<Annotation> shown, boolean print) {
        Article a = r.article();
        String lang = a.language() != null && !a.language().isBlank() ? a.language() : t.manifest().language();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("lang", lang);
        c.put("cjk", lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko"));
        // the publication's own words (a masthead's sections) in the article's script
        c.put("hans", lang.startsWith("zh-Hans") || lang.equals("zh-CN") || lang.equals("zh-SG"));
        c.put("publication", t.manifest().publication());
        c.put("headline", r.title());
        c.put("subheadline", blankToNull(a.subtitle()));
        c.put("byline", blankToNull(a.byline()));
        c.put("dateline", blankToNull(a.dateline()));
        c.put("source", blankToNull(a.source()));
        c.put("kicker", null);
        if (a.published() != null) {
            c.put("published", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(a.published().atZone(o.zone())));
            c.put("publishedIso", a.published().toString());
        }
        c.put("body", body);
        c.put("tags", r.tags());
        c.put("hasTags", !r.tags().isEmpty());
        String css = t.css() + (o.annotations() ? "\n" + ANNOTATIONS_CSS : "");
        c.put("style", css);
        c.put("words", o.words().asMap());
        List<Map<String, Object>> notes = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Annotation ann = shown.get(i);
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("n", i + 1);
            n.put("quote", shorten(ann.target().exact()));
            n.put("verdict", verdictWord(ann, o.words()));
            n.put("verdictClass", verdictOf(ann));
            n.put("text", noteDetails(ann));
            notes.add(n);
        }
        c.put("notes", notes);
        c.put("hasNotes", !print && !notes.isEmpty());
        c.put("marginNotes", print && !notes.isEmpty());
        if (o.proofHeader()) {
            Map<String, Object> proof = new LinkedHashMap<>();
            proof.put("id", a.id());
            proof.put("revision", r.revision());
            proof.put("status", o.words().status(a.status()));
            proof.put("date", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(o.now().atZone(o.zone())));
            c.put("proof", proof);
        }
        // the sign-offs that hold for the text shown (issue 23), in place of the blank line to sign on
        List<Map<String, Object>> signed = new ArrayList<>();
        String shownHash = app.galley.store.TeamSnapshots.hash(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (app.galley.model.SignOff s : r.signOffs()) {
            if (s.bodyHash().equals(shownHash)) {
                signed.add(Map.of("status", o.words().status(s.status()), "by", s.by(), "at",
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(s.at().atZone(o.zone()))));
            }
        }
        c.put("signoffs", signed);
        c.put("signedOff", !signed.isEmpty());
        return c;
    }

    /** The annotations shown, numbered from 1 in reading order. */
    private static List<ArticleHtml.Highlight> highlights(List<Annotation> shown, PageWords words) {
        List<ArticleHtml.Highlight> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Annotation a = shown.get(i);
            out.add(new ArticleHtml.Highlight(a.target().start(), a.target().end(), a.kind().id(), verdictOf(a), i + 1,
                    noteText(a, words)));
        }
        return out;
    }

    private static String verdictOf(Annotation a) {
        return a.kind() == AnnotationKind.COMMENT ? "comment" : a.verdict().id();
    }

    /** The verdict as the page says it ("verified", 已證實), or the word for a comment. */
    private static String verdictWord(Annotation a, PageWords words) {
        return a.kind() == AnnotationKind.COMMENT ? words.comment() : words.verdict(a.verdict());
    }

    /** The annotations that still hold in the text shown, in reading order. */
    private static List<Annotation> shownAnnotations(Request r) {
        return r.annotations().stream().filter(a -> a.target().holdsIn(r.body()))
                .sorted(Comparator.comparingInt((Annotation a) -> a.target().start()).thenComparingLong(Annotation::id))
                .toList();
    }

    /** What a margin note says: the verdict, then {@link #noteDetails}. */
    private static String noteText(Annotation a, PageWords words) {
        String details = noteDetails(a);
        String verdict = a.kind() == AnnotationKind.COMMENT ? "" : words.verdict(a.verdict());
        return verdict.isEmpty() ? details : details.isEmpty() ? verdict : verdict + " · " + details;
    }

    /** Who said it and the checker's note (a note in the list shows its verdict apart). */
    private static String noteDetails(Annotation a) {
        StringBuilder sb = new StringBuilder();
        if (a.speaker() != null && !a.speaker().isBlank()) {
            sb.append(a.speaker());
        }
        if (!a.note().isBlank()) {
            sb.append(sb.length() > 0 ? " · " : "").append(a.note().strip());
        }
        return sb.toString();
    }

    private static List<ArticleHtml.Image> images(List<Attachment> attachments, boolean remote) {
        List<ArticleHtml.Image> out = new ArrayList<>();
        for (Attachment a : attachments) {
            if (!a.mediaType().startsWith("image/")) {
                continue;
            }
            if (a.isRemote()) {
                out.add(new ArticleHtml.Image(a.reference(), a.caption()));
            } else if (a.size() > 0) {
                // SVG can carry script: the sanitiser shows a placeholder for it, like any non-picture
                out.add(new ArticleHtml.Image("data:" + a.mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(a.content()), a.caption()));
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= NOTE_QUOTE ? s : s.substring(0, NOTE_QUOTE) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String resource(String name) {
        try (InputStream in = PreviewRenderer.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
