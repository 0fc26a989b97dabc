package app.galley.ingest;

import app.galley.text.DateParser;
import app.galley.model.ArticleDraft;
import app.galley.model.Original;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** IPTC NewsML-G2 news items: headline, by, language, dates, and the inline XHTML or text body. */
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
        Element headline = item.selectFirst("contentMeta > headline");
        Element inline = item.selectFirst("contentSet inlineXML");
        Element data = item.selectFirst("contentSet inlineData");
        if (headline == null || inline == null && data == null) {
            throw new ImportProblem("the NewsML-G2 item has no headline or no inline content");
        }
        String body;
        if (inline != null) {
            Element html = inline.selectFirst("body");
            String xhtml = (html != null ? html : inline).html();
            body = HtmlArticleReader.cleanBody(xhtml);
        } else {
            body = TextArticleReader.collapseBlankLines(TextArticleReader.normalise(data.wholeText())).strip();
        }
        Element by = item.selectFirst("contentMeta > by");
        Element language = item.selectFirst("contentMeta > language[tag]");
        Element created = item.selectFirst("contentMeta > contentCreated");
        Element firstCreated = item.selectFirst("itemMeta > firstCreated");
        Instant published = created != null ? DateParser.parseIso(created.text()) : null;
        if (published == null && firstCreated != null) {
            published = DateParser.parseIso(firstCreated.text());
        }
        Element provider = item.selectFirst("itemMeta > provider > name, rightsInfo > copyrightHolder > name");
        return new ArticleDraft(headline.text().strip(), null, by == null ? null : by.text().strip(),
                provider == null ? null : provider.text().strip(), null,
                language != null ? language.attr("tag") : LanguageGuess.of(body), published, body, original);
    }
}
