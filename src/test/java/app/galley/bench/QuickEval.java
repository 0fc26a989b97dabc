package app.galley.bench;

import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.Extraction;
import app.galley.ingest.extract.ShingleMetric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Development aid: per-page scores of Galley's extractor on aeb-dev, worst first. */
public final class QuickEval {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        ArticleExtractor extractor = new ArticleExtractor();
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + e.getKey() + ".html.gz")))) {
                bytes = in.readAllBytes();
            }
            Extraction x = extractor.extract(bytes, e.getValue().get("url").asText());
            String text = System.getProperty("nocaptions") != null
                    ? String.join("\n\n", x.blocks().stream().filter(b -> b.type() != app.galley.ingest.extract.BlockType.CAPTION).map(b -> b.text()).toList())
                    : x.text();
            ShingleMetric.PageScore s = ShingleMetric.page(e.getValue().get("articleBody").asText(), text);
            scores.add(s);
            lines.add(String.format(Locale.ROOT, "%.3f %.3f %s %s", s.precision(), s.recall(), e.getKey().substring(0, 8),
                    e.getValue().get("url").asText()));
        }
        lines.sort(null);
        lines.stream().limit(Integer.parseInt(args.length > 1 ? args[1] : "25")).forEach(System.out::println);
        System.out.println(ShingleMetric.summarise(scores));
    }
}
