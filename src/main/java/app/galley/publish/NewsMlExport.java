package app.galley.publish;

import app.galley.model.Article;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An IPTC NewsML-G2 2.35 newsItem: item metadata (class, provider, dates, publication status),
 * content metadata (dateline as the place, byline as the creator, source, language, subjects from
 * tags with Media Topic codes, headline and subheadline), and the body as inline XHTML.
 */
public final class NewsMlExport {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_39.xml";

    private NewsMlExport() {
    }

    /** Characters XML 1.0 cannot carry at all (control characters from a title, say). */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /** Removes what XML 1.0 cannot carry from every text and attribute, so the document is well-formed. */
    private static void xmlSafe(org.w3c.dom.Node n) {
        if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
            n.setNodeValue(NOT_XML.matcher(n.getNodeValue()).replaceAll(""));
        }
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                org.w3c.dom.Node a = n.getAttributes().item(i);
                a.setNodeValue(NOT_XML.matcher(a.getNodeValue()).replaceAll(""));
            }
        }
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            xmlSafe(c);
        }
    }

    public static String write(Exportable x) {
        try {
            Document d = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            d.appendChild(newsItem(d, x));
            xmlSafe(d.getDocumentElement());
            TransformerFactory tf = TransformerFactory.newDefaultInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("NewsML-G2 for article #" + x.article().id() + ": " + e.getMessage(), e);
        }
    }

    private static Element newsItem(Document d, Exportable x) {
        Article a = x.article();
        Element item = el(d, "newsItem");
        item.setAttribute("guid", x.uri());
        item.setAttribute("version", Integer.toString(x.revision()));
        item.setAttribute("standard", "NewsML-G2");
        item.setAttribute("standardversion", "2.35");
        item.setAttribute("conformance", "power");
        String lang = language(a);
        item.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
        add(item, "catalogRef").setAttribute("href", CATALOG);

        Element meta = add(item, "itemMeta");
        add(meta, "itemClass").setAttribute("qcode", "ninat:text");
        add(meta, "provider").setAttribute("literal", "Galley");
        text(meta, "versionCreated", a.updated().toString());
        text(meta, "firstCreated", a.created().toString());
        add(meta, "pubStatus").setAttribute("qcode", "stat:" + NinjsExport.pubStatus(a.status()));

        Element content = add(item, "contentMeta");
        if (a.published() != null) {
            text(content, "contentCreated", a.published().toString());
        }
        if (Exportable.present(a.dateline())) {
            text(add(content, "located"), "name", a.dateline());
        }
        if (Exportable.present(a.source())) {
            Element source = add(content, "infoSource");
            if (Exportable.present(a.sourceUrl()) && a.sourceUrl().matches("(?i)https?://\\S+")) {
                source.setAttribute("uri", a.sourceUrl());
            }
            text(source, "name", a.source());
        }
        if (Exportable.present(a.byline())) {
            text(add(content, "creator"), "name", a.byline());
        }
        add(content, "language").setAttribute("tag", lang);
        for (Tag t : x.tags()) {
            subject(content, t);
        }
        text(content, "headline", a.title());
        if (Exportable.present(a.subtitle())) {
            text(content, "headline", a.subtitle()).setAttribute("role", "hdrole:sub");
        }
        if (Exportable.present(a.dateline())) {
            text(content, "dateline", a.dateline());
        }
        if (Exportable.present(a.byline())) {
            text(content, "by", a.byline());
        }

        Element inline = add(add(item, "contentSet"), "inlineXML");
        inline.setAttribute("contenttype", "application/xhtml+xml");
        inline.appendChild(xhtml(d, a, lang));
        return item;
    }

    private static void subject(Element content, Tag t) {
        Element s = add(content, "subject");
        switch (t.kind()) {
            case SUBJECT -> s.setAttribute("type", "cpnat:abstract");
            case PERSON -> s.setAttribute("type", "cpnat:person");
            case ORGANISATION -> s.setAttribute("type", "cpnat:organisation");
            case PLACE -> s.setAttribute("type", "cpnat:geoArea");
            case STORY -> s.setAttribute("type", "cpnat:event");
            default -> s.setAttribute("type", "cpnat:abstract");
        }
        if (t.qcode() != null) {
            s.setAttribute("qcode", t.qcode());
        } else {
            s.setAttribute("literal", t.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + t.name());
        }
        text(s, "name", t.kind() == TagKind.SUBJECT && t.qcode() != null ? t.name("en") : t.name());
        t.names().forEach((lang, name) -> {
            if (!name.equals(t.name("en")) && t.kind() == TagKind.SUBJECT) {
                text(s, "name", name).setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", lang);
            }
        });
    }

    /** The body as an XHTML document: title, headline and the paragraphs and subheads, sanitised. */
    private static Node xhtml(Document d, Article a, String lang) {
        org.jsoup.nodes.Document page = Jsoup.parse("<html><head><title></title></head><body></body></html>");
        page.title(a.title());
        page.selectFirst("html").attr("lang", lang);
        page.body().appendElement("h1").text(a.title());
        page.body().append(NinjsExport.bodyHtml(a.body()));
        Document html = new W3CDom().namespaceAware(true).fromJsoup(page);
        return d.importNode(html.getDocumentElement(), true);
    }

    static String language(Article a) {
        return Exportable.present(a.language()) ? a.language() : "und";
    }

    private static Element el(Document d, String name) {
        return d.createElementNS(NAR, name);
    }

    private static Element add(Element parent, String name) {
        Element e = el(parent.getOwnerDocument(), name);
        parent.appendChild(e);
        return e;
    }

    private static Element text(Element parent, String name, String value) {
        Element e = add(parent, name);
        e.setTextContent(value);
        return e;
    }
}
