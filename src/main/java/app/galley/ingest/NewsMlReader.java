package app.galley.ingest;

import app.galley.model.ArticleDraft;
import app.galley.model.DraftTag;
import app.galley.model.Original;
import app.galley.model.TagKind;
import app.galley.text.DateParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * IPTC NewsML-G2 text items, as IPTC's own examples and Galley's export write them: the headline
 * (and a {@code hdrole:sub} subheadline), {@code by} or the creators and contributors as the byline,
 * {@code dateline} or the place it was {@code located}, the subjects as tags (Media Topics by code;
 * people, organisations and places by name), dates, the source, and the inline body: XHTML, NITF
 * (its {@code body.head} headline, byline and abstract kept out of the text) or plain text. Items
 * that carry no story (pictures, video, graphics, SportsML statistics, remote content only) are
 * refused with what they are.
 */
final class NewsMlReader {

    private NewsMlReader() {
    }

    static ArticleDraft read(String xml, Original original) throws ImportProblem {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element item = doc.selectFirst("newsItem");
        if (item == null) {
            throw new ImportProblem(doc.selectFirst("packageItem") != null
                    ? "a NewsML-G2 package, not a news item: import the items it refers to"
                    : "not a NewsML-G2 newsItem document");
        }
        refuseNonText(item);
        Element meta = item.selectFirst("contentMeta");
        Element inline = item.selectFirst("contentSet inlineXML");
        Element data = item.selectFirst("contentSet inlineData");
        String headline = meta == null ? null : headline(meta, false);
        Element nitfHead = inline == null ? null : first(inline, "body.head");
        if (headline == null && nitfHead != null && first(nitfHead, "hl1") != null) {
            headline = normalise(first(nitfHead, "hl1").text());
        }
        if (headline == null || inline == null && data == null) {
            throw new ImportProblem("the NewsML-G2 item has no headline or no inline content");
        }
        String body = body(inline, data, headline);
        String subtitle = meta == null ? null : headline(meta, true);
        if (subtitle == null) {
            subtitle = summary(meta, nitfHead, body);
        }
        String byline = byline(meta, nitfHead);
        Element language = meta == null ? null : meta.selectFirst("> language[tag]");
        Element created = meta == null ? null : meta.selectFirst("> contentCreated");
        Element firstCreated = item.selectFirst("itemMeta > firstCreated");
        Instant published = created != null ? DateParser.parseIso(created.text().strip()) : null;
        if (published == null && firstCreated != null) {
            published = DateParser.parseIso(firstCreated.text().strip());
        }
        Element infoSource = meta == null ? null : meta.selectFirst("> infoSource:has(> name)");
        Element provider = item.selectFirst("itemMeta > provider > name, rightsInfo > copyrightHolder > name");
        String source = infoSource != null ? normalise(infoSource.selectFirst("> name").text())
                : provider == null ? null : normalise(provider.text());
        String url = infoSource != null && infoSource.attr("uri").matches("(?i)https?://\\S+") ? infoSource.attr("uri")
                : null;
        return new ArticleDraft(headline, subtitle, byline, source, null, List.of(), url,
                language != null ? language.attr("tag") : LanguageGuess.of(body), published, body, original,
                List.of(), dateline(meta), meta == null ? List.of() : tags(meta));
    }

    /** Pictures, video, graphics and statistics are not stories: say what the item is instead of importing it. */
    private static void refuseNonText(Element item) throws ImportProblem {
        Element itemClass = item.selectFirst("itemMeta > itemClass[qcode]");
        String kind = itemClass == null ? "" : itemClass.attr("qcode").replaceFirst("^.*:", "");
        if (!kind.isEmpty() && !kind.equals("text")) {
            throw new ImportProblem("a NewsML-G2 " + kind + " item (" + itemClass.attr("qcode")
                    + "), not a story: Galley imports text items");
        }
        Element inline = item.selectFirst("contentSet inlineXML");
        String type = inline == null ? "" : inline.attr("contenttype").toLowerCase(Locale.ROOT);
        if (type.contains("sportsml") || inline != null && first(inline, "sports-content") != null) {
            throw new ImportProblem("SportsML statistics (" + (type.isEmpty() ? "sports-content" : type)
                    + "), not a story: Galley imports text items");
        }
        if (inline == null && item.selectFirst("contentSet inlineData") == null
                && item.selectFirst("contentSet remoteContent") != null) {
            throw new ImportProblem("the NewsML-G2 item's content is not in the file (remote content only)");
        }
    }

    /** The main headline ({@code role} absent or main), or the subheadline. */
    private static String headline(Element meta, boolean sub) {
        for (Element h : meta.select("> headline")) {
            boolean isSub = h.attr("role").toLowerCase(Locale.ROOT).contains("sub");
            if (isSub == sub && !h.text().isBlank()) {
                return normalise(h.text());
            }
        }
        return null;
    }

    private static String body(Element inline, Element data, String headline) throws ImportProblem {
        if (inline == null) {
            return TextArticleReader.collapseBlankLines(TextArticleReader.normalise(data.wholeText())).strip();
        }
        Element html = inline.selectFirst("body"); // XHTML's body, or NITF's (whose head cleanBody leaves out)
        String markup = (html != null ? html : inline).html();
        List<String> paragraphs = new ArrayList<>(List.of(HtmlArticleReader.cleanBody(markup).split("\n\n")));
        // an XHTML body opens with the headline again (Galley's export does): it is the headline, not text
        if (paragraphs.size() > 1 && normalise(paragraphs.get(0)).equals(headline)) {
            paragraphs.remove(0);
        }
        return String.join("\n\n", paragraphs);
    }

    /** The summary as a subtitle, unless the text opens with it already (an abstract is not shown twice). */
    private static String summary(Element meta, Element nitfHead, String body) {
        Element abstractP = nitfHead == null ? null : first(nitfHead, "abstract");
        Element description = meta == null ? null : meta.selectFirst("> description[role~=(?i)summary]");
        String summary = abstractP != null ? normalise(abstractP.text())
                : description != null ? normalise(description.text()) : null;
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String opening = normalise(body.split("\n\n", 2)[0]).toLowerCase(Locale.ROOT);
        return opening.contains(summary.toLowerCase(Locale.ROOT)) ? null : summary;
    }

    /** {@code by}; else the creators' and contributors' names; else the NITF byline without its "By". */
    private static String byline(Element meta, Element nitfHead) {
        Element by = meta == null ? null : meta.selectFirst("> by");
        if (by != null && !by.text().isBlank()) {
            return normalise(by.text());
        }
        if (meta != null) {
            String people = meta.select("> creator > name, > contributor > name").stream()
                    .map(e -> normalise(e.text())).filter(s -> !s.isBlank()).distinct()
                    .collect(Collectors.joining(", "));
            if (!people.isEmpty()) {
                return people;
            }
        }
        Element nitfBy = nitfHead == null ? null : first(nitfHead, "byline");
        String text = nitfBy == null ? "" : normalise(nitfBy.text()).replaceFirst("(?i)^by\\s+", "");
        return text.isBlank() ? null : text;
    }

    /** The dateline as written, else where the item was located (its name, or the first broader one named). */
    private static String dateline(Element meta) {
        if (meta == null) {
            return null;
        }
        Element dateline = meta.selectFirst("> dateline");
        if (dateline != null && !dateline.text().isBlank()) {
            return normalise(dateline.text());
        }
        Element located = meta.selectFirst("> located");
        if (located == null) {
            return null;
        }
        Element name = located.selectFirst("> name");
        return name != null && !name.text().isBlank() ? normalise(name.text()) : null;
    }

    /** Media Topics by code; people, organisations (and teams) and places by name; other schemes left out. */
    private static List<DraftTag> tags(Element meta) {
        List<DraftTag> out = new ArrayList<>();
        for (Element s : meta.select("> subject")) {
            String qcode = s.attr("qcode").strip();
            String literal = s.attr("literal").strip();
            String type = s.attr("type").toLowerCase(Locale.ROOT);
            Element nameEl = s.selectFirst("> name:not([xml:lang]), > name[xml:lang^=en]");
            if (nameEl == null) {
                nameEl = s.selectFirst("> name");
            }
            String name = nameEl == null ? null : normalise(nameEl.text());
            if (qcode.startsWith("medtop:")) {
                out.add(DraftTag.topic(qcode, name));
                continue;
            }
            if (name == null && literal.contains(":")) { // Galley's export: literal="person:張旭"
                name = literal.substring(literal.indexOf(':') + 1);
            }
            TagKind kind = type.contains("person") ? TagKind.PERSON
                    : type.contains("organisation") || type.contains("organization") || type.contains("team")
                    ? TagKind.ORGANISATION
                    : type.contains("geoarea") || type.contains("poi") ? TagKind.PLACE
                    : type.contains("event") && literal.startsWith("story:") ? TagKind.STORY : null;
            if (kind != null && name != null && !name.isBlank()) {
                out.add(new DraftTag(kind, name, null));
            }
        }
        return out;
    }

    /** The first element of this name (NITF names hold dots, which CSS selectors read as classes). */
    private static Element first(Element scope, String tag) {
        var found = scope.getElementsByTag(tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
