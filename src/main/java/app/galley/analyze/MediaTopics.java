package app.galley.analyze;

import app.galley.text.Folding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPTC Media Topics taxonomy as bundled: the active topics (retired ones are not offered) with
 * their hierarchy, English names and definitions, and our Chinese names (Traditional and
 * Simplified) with synonyms for the top two levels. Media Topics are by IPTC, under CC BY 4.0.
 */
public final class MediaTopics {

    /** One topic. {@code names} by language ("en", "zh-Hant", "zh-Hans"); synonyms in any language. */
    public record Topic(String qcode, String parent, Map<String, String> names, String definition, List<String> synonyms) {
        public String name(String language) {
            return names.getOrDefault(language, names.get("en"));
        }
    }

    public static final String ATTRIBUTION = "IPTC Media Topics, © IPTC, International Press Telecommunications Council"
            + " (https://iptc.org), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

    private final Map<String, Topic> topics;
    private final Map<String, List<String>> children;

    private MediaTopics(Map<String, Topic> topics) {
        this.topics = Collections.unmodifiableMap(topics);
        Map<String, List<String>> kids = new LinkedHashMap<>();
        topics.values().forEach(t -> kids.computeIfAbsent(t.parent(), p -> new ArrayList<>()).add(t.qcode()));
        this.children = kids;
    }

    private static final class Holder {
        static final MediaTopics INSTANCE = load();
    }

    /** The bundled taxonomy (read once). */
    public static MediaTopics get() {
        return Holder.INSTANCE;
    }

    private static MediaTopics load() {
        try {
            JsonNode doc;
            try (InputStream in = resource("mediatopics-en-GB.json")) {
                doc = new ObjectMapper().readTree(in);
            }
            Map<String, Map<String, String>> zh = new LinkedHashMap<>();
            Map<String, List<String>> synonyms = new LinkedHashMap<>();
            readNames("mediatopic-zh-Hant.tsv", "zh-Hant", zh, synonyms);
            readNames("mediatopic-zh-Hans.tsv", "zh-Hans", zh, synonyms);
            Map<String, Topic> topics = new LinkedHashMap<>();
            for (JsonNode t : doc.get("topics")) {
                String qcode = t.get("qcode").asText();
                Map<String, String> names = new LinkedHashMap<>();
                names.put("en", t.get("label").asText());
                names.putAll(zh.getOrDefault(qcode, Map.of()));
                String parent = t.get("parent").isNull() ? null : t.get("parent").asText();
                topics.put(qcode, new Topic(qcode, parent, Map.copyOf(names), t.get("definition").asText(),
                        List.copyOf(synonyms.getOrDefault(qcode, List.of()))));
            }
            return new MediaTopics(topics);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Media Topics cannot be read", e);
        }
    }

    private static void readNames(String file, String language, Map<String, Map<String, String>> names,
                                  Map<String, List<String>> synonyms) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                names.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(language, f[1].strip());
                if (f.length > 2) {
                    for (String s : f[2].split("\\|")) {
                        if (!s.isBlank() && !synonyms.getOrDefault(f[0], List.of()).contains(s.strip())) {
                            synonyms.computeIfAbsent(f[0], k -> new ArrayList<>()).add(s.strip());
                        }
                    }
                }
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = MediaTopics.class.getResourceAsStream("/app/galley/taxonomy/" + name);
        if (in == null) {
            throw new IOException("missing " + name);
        }
        return in;
    }

    public int size() {
        return topics.size();
    }

    public Optional<Topic> topic(String qcode) {
        return Optional.ofNullable(topics.get(qcode));
    }

    /** The top-level topics (17). */
    public List<Topic> roots() {
        return children(null);
    }

    /** The top-level topics and their direct children: the ones with Chinese names and synonyms. */
    public List<Topic> topTwoLevels() {
        List<Topic> out = new ArrayList<>();
        for (Topic root : roots()) {
            out.add(root);
            out.addAll(children(root.qcode()));
        }
        return out;
    }

    public List<Topic> children(String qcode) {
        return children.getOrDefault(qcode, List.of()).stream().map(topics::get).toList();
    }

    /** The topic and its broader topics, the topic first. */
    public List<Topic> lineage(String qcode) {
        List<Topic> out = new ArrayList<>();
        for (Topic t = topics.get(qcode); t != null; t = t.parent() == null ? null : topics.get(t.parent())) {
            out.add(t);
        }
        return out;
    }

    /**
     * Topics whose names (any language) or synonyms contain the text, best first: exact names, then
     * names starting with it, then the rest; Traditional and Simplified alike.
     */
    public List<Topic> find(String text, int limit) {
        String q = Folding.NAME.fold(text);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Topic> exact = new ArrayList<>();
        List<Topic> prefix = new ArrayList<>();
        List<Topic> inside = new ArrayList<>();
        for (Topic t : topics.values()) {
            int best = 3;
            List<String> words = new ArrayList<>(t.names().values());
            words.addAll(t.synonyms());
            for (String w : words) {
                String f = Folding.NAME.fold(w);
                best = Math.min(best, f.equals(q) ? 0 : f.startsWith(q) || wordStart(f, q) ? 1 : f.contains(q) ? 2 : 3);
            }
            (best == 0 ? exact : best == 1 ? prefix : best == 2 ? inside : new ArrayList<Topic>()).add(t);
        }
        List<Topic> all = new ArrayList<>(exact);
        all.addAll(prefix);
        all.addAll(inside);
        return all.subList(0, Math.min(limit, all.size()));
    }

    private static boolean wordStart(String name, String q) {
        return name.contains(" " + q);
    }
}
