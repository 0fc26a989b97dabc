package app.galley.publish;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What keeps a preview safe by construction. Article HTML goes through a Jsoup {@link Safelist}
 * before it reaches a template; the page a template makes is then guarded as a whole (no scripts,
 * frames, plug-ins, forms, refreshes, event handlers, script URLs or remote resources) and carries
 * a Content-Security-Policy that forbids anything the guard might have missed. The preview runs
 * with JavaScript off besides.
 */
public final class HtmlSafety {

    /** Shown where a remote image would be, unless the editor allows remote images for the article. */
    static final String REMOTE_IMAGE_NOTE = "Remote image not loaded";
    private static final Pattern DATA_IMAGE = Pattern.compile("(?i)^data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\\s]*$");
    private static final Pattern REMOTE = Pattern.compile("(?i)^\\s*(https?:|//)");
    /** CSS that fetches or runs: url() of anything but an inline image or font, imports, old IE and Mozilla hooks. */
    private static final Pattern CSS_URL = Pattern.compile(
            "(?i)url\\(\\s*(?!['\"]?data:(image/(png|jpeg|gif|webp)|font/|application/(font|x-font)))[^)]*\\)");
    private static final Pattern CSS_HOOKS = Pattern.compile("(?i)@import[^;]*;?|expression\\s*\\(|behavior\\s*:|-moz-binding\\s*:");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "srcset", "action", "formaction",
            "xlink:href", "background", "poster", "data", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "manifest");
    private static final String DANGEROUS_ELEMENTS = "script, noscript, iframe, frame, frameset, object, embed, applet, "
            + "base, form, input, button, textarea, select, link, meta[http-equiv], svg, math, video, audio, source, "
            + "track, portal, template, dialog";

    private HtmlSafety() {
    }

    /** The elements and attributes article HTML may use: text structure, figures, highlights. */
    static Safelist articleSafelist() {
        return Safelist.none()
                .addTags("p", "h2", "h3", "h4", "blockquote", "figure", "figcaption", "img", "mark", "sup", "sub",
                        "span", "em", "strong", "b", "i", "u", "br", "ul", "ol", "li", "q", "cite", "div", "aside",
                        "small", "time", "table", "thead", "tbody", "tr", "th", "td")
                .addAttributes(":all", "class", "title", "lang")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("time", "datetime")
                .addAttributes("ol", "start")
                .addProtocols("img", "src", "data", "http", "https");
    }

    /**
     * Article HTML made safe to put in a template: only {@link #articleSafelist()} survives; images are
     * inline pictures (not SVG, which can carry script), or remote ones shown only if allowed.
     */
    public static String cleanFragment(String html, boolean allowRemoteImages) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", articleSafelist(), out);
        Element body = Jsoup.parseBodyFragment(clean).body();
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            if (DATA_IMAGE.matcher(src).matches() || allowRemoteImages && REMOTE.matcher(src).find()) {
                continue;
            }
            img.replaceWith(placeholder(REMOTE.matcher(src).find() ? REMOTE_IMAGE_NOTE : "Image not shown"));
        }
        return body.html();
    }

    static Element placeholder(String note) {
        return new Element("div").addClass("image-placeholder").text(note);
    }

    /**
     * A whole page from a template, guarded: dangerous elements and attributes removed, URLs that
     * would run or fetch dropped, CSS that would fetch neutralised, and a Content-Security-Policy added.
     */
    public static String guardPage(String html, boolean allowRemoteImages) {
        Document d = Jsoup.parse(html);
        d.select(DANGEROUS_ELEMENTS).remove();
        for (Element e : d.getAllElements()) {
            for (Attribute a : List.copyOf(e.attributes().asList())) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("srcdoc") || name.equals("http-equiv")) {
                    e.removeAttr(a.getKey());
                } else if (URL_ATTRIBUTES.contains(name) && !safeUrl(e, name, a.getValue(), allowRemoteImages)) {
                    e.removeAttr(a.getKey());
                } else if (name.equals("style")) {
                    e.attr(a.getKey(), safeCss(a.getValue()));
                }
            }
        }
        for (Element img : d.select("img:not([src])")) {
            img.replaceWith(placeholder(REMOTE_IMAGE_NOTE));
        }
        for (Element style : d.select("style")) {
            String css = safeCss(style.data());
            style.empty().appendChild(new org.jsoup.nodes.DataNode(css));
        }
        String policy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"
                + (allowRemoteImages ? " https: http:" : "") + "; form-action 'none'; frame-src 'none'";
        d.head().prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", policy);
        if (d.selectFirst("meta[charset]") == null) {
            d.head().prependElement("meta").attr("charset", "utf-8");
        }
        d.outputSettings().prettyPrint(false);
        return d.outerHtml();
    }

    private static boolean safeUrl(Element e, String attribute, String value, boolean allowRemoteImages) {
        String v = value.strip();
        if (e.tagName().equals("img") && attribute.equals("src")) {
            return DATA_IMAGE.matcher(v).matches() || allowRemoteImages && REMOTE.matcher(v).find();
        }
        // links keep only in-page anchors: a click in the preview must not navigate anywhere
        return attribute.equals("href") && v.startsWith("#") || attribute.equals("cite") && REMOTE.matcher(v).find();
    }

    static String safeCss(String css) {
        return CSS_HOOKS.matcher(CSS_URL.matcher(css).replaceAll("none")).replaceAll("");
    }
}
