package app.galley.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The publication templates on offer: those Galley ships (in {@code assets/templates/}) and those in
 * the editor's own folder (Preferences). A template that cannot be read is still offered, with what
 * is wrong with it, so choosing it explains the problem instead of showing nothing.
 */
public final class Templates {

    /** The template the preview starts with. */
    public static final String DEFAULT = "newspaper";
    private static final String BUILT_IN = "/assets/templates/";
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One template on offer: readable ({@code template} set) or not ({@code problem} set). */
    public record Choice(String id, String name, String origin, Template template, String problem) {

        public boolean usable() {
            return template != null;
        }

        @Override
        public String toString() {
            return problem == null ? name : name + " ⚠";
        }
    }

    private final List<Choice> choices;

    private Templates(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /** The built-in templates, then those in {@code userFolder} (null for none); a user's replaces a built-in of the same id. */
    public static Templates load(Path userFolder) {
        Map<String, Choice> byId = new LinkedHashMap<>();
        for (String id : builtInIds()) {
            byId.put(id, builtIn(id));
        }
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (Stream<Path> dirs = Files.list(userFolder)) {
                dirs.filter(Files::isDirectory).sorted().forEach(dir -> {
                    Choice c = fromFolder(dir);
                    byId.put(c.id(), c);
                });
            } catch (IOException e) {
                String id = userFolder.getFileName().toString();
                byId.put(id, new Choice(id, id, userFolder.toString(), null,
                        "Cannot list the template folder " + userFolder + ": " + e.getMessage()));
            }
        }
        return new Templates(new ArrayList<>(byId.values()));
    }

    public List<Choice> choices() {
        return choices;
    }

    public Optional<Choice> find(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The template by id, or an exception saying why it cannot be used. */
    public Template require(String id) throws TemplateException {
        Choice c = find(id).orElseThrow(() -> new TemplateException("No template named \"" + id + "\". Templates: "
                + String.join(", ", choices.stream().map(Choice::id).toList())));
        if (c.template() == null) {
            throw new TemplateException(c.problem());
        }
        return c.template();
    }

    /** The first print layout (for PDF proofs when none is named). */
    public Optional<Template> firstPrint() {
        return choices.stream().map(Choice::template).filter(t -> t != null && t.manifest().kind() == Template.Kind.PRINT)
                .findFirst();
    }

    private static List<String> builtInIds() {
        try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Choice builtIn(String id) {
        try {
            return parse(id, "built in", name -> {
                try (InputStream in = Templates.class.getResourceAsStream(BUILT_IN + id + "/" + name)) {
                    if (in == null) {
                        throw new NoSuchFileException(name);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            });
        } catch (TemplateException e) {
            return new Choice(id, id, "built in", null, e.getMessage());
        }
    }

    /** A template from a folder of the editor's, or the reason it cannot be used. */
    static Choice fromFolder(Path dir) {
        String id = dir.getFileName().toString();
        try {
            return parse(id, dir.toString(), name -> read(dir.resolve(name)));
        } catch (TemplateException e) {
            return new Choice(id, id, dir.toString(), null, e.getMessage());
        }
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("larger than 2 MB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }

    private interface Reader {
        String read(String name) throws IOException;
    }

    private static Choice parse(String id, String origin, Reader files) throws TemplateException {
        String where = origin.equals("built in") ? "built-in template " + id : origin;
        String manifestText = file(files, "manifest.json", where);
        Template.Manifest manifest;
        try {
            manifest = manifest(JSON.readTree(manifestText), id);
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateException(where + "/manifest.json: " + firstLine(e.getMessage()));
        }
        String html = file(files, "article.html", where);
        try {
            Mustache.compiler().compile(html);
        } catch (MustacheException e) {
            throw new TemplateException(where + "/article.html: " + firstLine(e.getMessage()));
        }
        String css;
        try {
            css = files.read("style.css");
        } catch (NoSuchFileException e) {
            css = "";
        } catch (IOException e) {
            throw new TemplateException(where + "/style.css: " + e.getMessage());
        }
        Template t = new Template(id, manifest, html, css, origin);
        return new Choice(id, manifest.name(), origin, t, null);
    }

    private static String file(Reader files, String name, String where) throws TemplateException {
        try {
            return files.read(name);
        } catch (NoSuchFileException e) {
            throw new TemplateException(where + ": " + name + " is missing");
        } catch (IOException e) {
            throw new TemplateException(where + "/" + name + ": " + e.getMessage());
        }
    }

    private static Template.Manifest manifest(JsonNode m, String id) {
        if (m == null || !m.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Template.Kind kind;
        String k = m.path("kind").asText("web");
        try {
            kind = Template.Kind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"kind\" must be \"web\" or \"print\", not \"" + k + "\"");
        }
        Map<String, Integer> widths = new LinkedHashMap<>();
        m.path("widths").fields().forEachRemaining(e -> {
            int w = e.getValue().asInt(0);
            if (w < 200 || w > 4000) {
                throw new IllegalArgumentException("width \"" + e.getKey() + "\" must be 200 to 4000 pixels");
            }
            widths.put(e.getKey(), w);
        });
        return new Template.Manifest(m.path("name").asText(id), m.path("description").asText(""), kind,
                m.path("publication").asText(""), m.path("language").asText(""), widths);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
