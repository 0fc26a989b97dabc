package app.galley.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org vocabulary as shipped in {@code ../shared/standards/schemaorg/}: which names are
 * classes, what each class is a subclass of, and which classes each property applies to. Checks a
 * JSON-LD node the way the issue asks: every {@code @type} a class, every key a property of that
 * type (or of a class it descends from).
 */
final class SchemaOrgVocabulary {

    static final Path FILE = Path.of("..", "shared", "standards", "schemaorg", "schemaorg-current-https.jsonld");

    private final Set<String> classes = new HashSet<>();
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();

    SchemaOrgVocabulary() throws IOException {
        JsonNode graph = new ObjectMapper().readTree(FILE.toFile()).get("@graph");
        for (JsonNode n : graph) {
            String id = n.get("@id").asText().replace("schema:", "");
            List<String> types = values(n.get("@type"));
            if (types.contains("rdfs:Class")) {
                classes.add(id);
                parents.put(id, new HashSet<>(values(n.get("rdfs:subClassOf"))));
            }
            if (types.contains("rdf:Property")) {
                domains.put(id, new HashSet<>(values(n.get("schema:domainIncludes"))));
            }
        }
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.addAll(values(x)));
        } else if (n.isObject() && n.has("@id")) {
            out.add(n.get("@id").asText().replace("schema:", ""));
        } else if (n.isTextual()) {
            out.add(n.asText().replace("schema:", ""));
        }
        return out;
    }

    /** What is wrong with a node and the nodes inside it (empty if nothing). */
    List<String> problems(JsonNode node) {
        List<String> problems = new ArrayList<>();
        check(node, "$", problems);
        return problems;
    }

    private void check(JsonNode node, String path, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.has("@type") ? node.get("@type").asText() : null;
        if (type == null) {
            problems.add(path + ": no @type");
            return;
        }
        if (!classes.contains(type)) {
            problems.add(path + ": " + type + " is not a schema.org class");
            return;
        }
        Set<String> lineage = lineage(type);
        node.fieldNames().forEachRemaining(key -> {
            if (key.startsWith("@")) {
                return;
            }
            Set<String> domain = domains.get(key);
            if (domain == null) {
                problems.add(path + "." + key + ": not a schema.org property");
            } else if (domain.stream().noneMatch(lineage::contains)) {
                problems.add(path + "." + key + ": not a property of " + type + " (applies to " + domain + ")");
            }
            check(node.get(key), path + "." + key, problems);
        });
    }

    /** The class and every class it descends from. */
    Set<String> lineage(String type) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            String t = todo.remove(todo.size() - 1);
            if (seen.add(t)) {
                todo.addAll(parents.getOrDefault(t, Set.of()));
            }
        }
        return seen;
    }
}
