package app.galley.cli;

import app.galley.analyze.TagService;
import app.galley.model.Article;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.search.SearchService;
import app.galley.search.TagSuggestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Tag articles, or list an article's tags and the tags suggested for it.",
                "A tag is a name (with --kind) or an IPTC Media Topic qcode (medtop:13000000)."})
final class TagCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "The articles.")
    List<Long> ids;

    @Option(names = "--add", paramLabel = "TAG", description = "Put this tag on the articles.")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "TAG", description = "Take this tag off the articles.")
    List<String> remove = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND",
            description = "subject, person, organisation, place, story or free (default free) for --add names.")
    String kind = "free";

    @Option(names = "--suggest", description = "Also print the tags suggested for each article.")
    boolean suggest;

    @Option(names = "--json", description = "Print each article's tags (and suggestions) as JSON lines.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TagKind k;
        try {
            k = TagKind.of(kind);
        } catch (IllegalArgumentException e) {
            err.println("galley: unknown --kind " + kind);
            return ExitCodes.USAGE;
        }
        try (Session lib = library.open()) {
            TagService tags = lib.services().tags();
            for (long id : ids) {
                if (lib.services().articles().find(id).isEmpty()) {
                    err.println("galley: no article #" + id + " in " + lib.location());
                    return ExitCodes.FAILURE;
                }
            }
            try {
                for (String t : add) {
                    tags.add(ids, resolve(tags, t, k));
                }
                for (String t : remove) {
                    Optional<Tag> found = tags.find(t);
                    if (found.isPresent()) {
                        tags.remove(ids, found.get());
                    } else {
                        err.println("galley: no tag " + t);
                    }
                }
            } catch (IllegalArgumentException e) {
                err.println("galley: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            SearchService search = suggest ? lib.services().openSearch() : null;
            try {
                for (long id : ids) {
                    Article a = lib.services().articles().find(id).orElseThrow();
                    List<Tag> on = tags.tagsOf(id);
                    List<TagSuggestion> suggested = search == null ? List.of() : search.suggestTags(a, language(a));
                    print(out, a, on, suggested);
                }
            } finally {
                if (search != null) {
                    search.close();
                }
            }
            return ExitCodes.OK;
        }
    }

    private static Tag resolve(TagService tags, String t, TagKind kind) {
        return t.startsWith("medtop:") ? tags.subject(t) : tags.tag(kind, t, null);
    }

    private static String language(Article a) {
        return a.language() == null ? "en" : a.language().startsWith("zh-Hans") ? "zh-Hans"
                : a.language().startsWith("zh") ? "zh-Hant" : "en";
    }

    private void print(PrintWriter out, Article a, List<Tag> on, List<TagSuggestion> suggested) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            List<Map<String, Object>> tags = new ArrayList<>();
            for (Tag t : on) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", t.name());
                x.put("kind", t.kind().id());
                x.put("qcode", t.qcode());
                tags.add(x);
            }
            m.put("tags", tags);
            if (suggest) {
                List<Map<String, Object>> s = new ArrayList<>();
                for (TagSuggestion x : suggested) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("name", x.name());
                    y.put("kind", x.kind().id());
                    y.put("qcode", x.qcode());
                    y.put("why", x.why());
                    s.add(y);
                }
                m.put("suggested", s);
            }
            out.println(Json.line(m));
            return;
        }
        out.println("#" + a.id() + " " + a.title());
        out.println("  tags: " + (on.isEmpty() ? "—" : String.join(", ", on.stream()
                .map(t -> t.name() + " (" + t.kind().id() + (t.qcode() == null ? "" : " " + t.qcode()) + ")").toList())));
        if (suggest) {
            for (TagSuggestion x : suggested) {
                out.println("  suggested " + x.kind().id() + ": " + x.name() + (x.qcode() == null ? "" : " " + x.qcode())
                        + " — " + x.why());
            }
        }
    }
}
