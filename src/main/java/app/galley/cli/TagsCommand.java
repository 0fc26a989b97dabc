package app.galley.cli;

import app.galley.model.Tag;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "tags", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the library's tags with how many articles carry each.")
final class TagsCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array (id, name, kind, qcode, parent, names, synonyms, articles).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            Map<Long, Integer> counts = lib.services().tags().counts();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Tag t : lib.services().tags().libraryTags()) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", t.id());
                    m.put("name", t.name());
                    m.put("kind", t.kind().id());
                    m.put("qcode", t.qcode());
                    m.put("parent", t.parentId());
                    m.put("names", t.names());
                    m.put("synonyms", t.synonyms());
                    m.put("articles", counts.getOrDefault(t.id(), 0));
                    rows.add(m);
                } else {
                    out.println(String.format("%-6d %-13s %5d  %s%s", t.id(), t.kind().id(), counts.getOrDefault(t.id(), 0),
                            t.name(), t.qcode() == null ? "" : "  " + t.qcode()));
                }
            }
            if (json) {
                out.println(Json.write(rows));
            }
            return ExitCodes.OK;
        }
    }
}
