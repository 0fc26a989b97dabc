package app.galley.bench;

import app.galley.ingest.extract.ArticleExtractor;
import java.util.List;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The extractors compared: Galley's and two peers on the JVM, each from decoded HTML to text. */
final class Peers {

    interface Extractor {
        String name();

        String text(String html, String url);
    }

    private Peers() {
    }

    static List<Extractor> all() {
        ArticleExtractor galley = new ArticleExtractor();
        return List.of(
                new Extractor() {
                    public String name() {
                        return "Galley ArticleExtractor";
                    }

                    public String text(String html, String url) {
                        return galley.extract(html, url).text();
                    }
                },
                new Extractor() {
                    public String name() {
                        return "Readability4J 1.0.8 (Extended)";
                    }

                    public String text(String html, String url) {
                        String t = new Readability4JExtended(url, html).parse().getTextContent();
                        return t == null ? "" : t;
                    }
                },
                new Extractor() {
                    public String name() {
                        return "jsoup body.text()";
                    }

                    public String text(String html, String url) {
                        Element body = Jsoup.parse(html, url).body();
                        return body == null ? "" : body.text();
                    }
                });
    }
}
