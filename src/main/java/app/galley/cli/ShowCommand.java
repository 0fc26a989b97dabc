package app.galley.cli;

import app.galley.model.Article;
import app.galley.model.AttachmentInfo;
import app.galley.model.OriginalInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show one article: its metadata and text.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see 'galley list').")
    long id;

    @Option(names = "--json", description = "Print a JSON object (the format is documented in the README).")
    boolean json;

    @Option(names = "--save-attachments", paramLabel = "DIR",
            description = "Also save the article's attachments (images of a saved page, pictures of a Word file) in DIR.")
    java.nio.file.Path attachmentDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session lib = library.open()) {
            Optional<Article> found = lib.services().articles().find(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("galley: no article #" + id + " in " + lib.location());
                return ExitCodes.FAILURE;
            }
            Article a = found.get();
            OriginalInfo original = lib.services().articles().original(id).orElse(null);
            List<AttachmentInfo> files = lib.services().articles().attachments(id);
            if (attachmentDir != null && !save(lib, files)) {
                return ExitCodes.FAILURE;
            }
            if (json) {
                out.println(Json.write(ArticleJson.article(a, original, files)));
                return ExitCodes.OK;
            }
            out.println(a.title());
            line(out, "Subtitle", a.subtitle());
            line(out, "Byline", a.byline());
            line(out, "Source", a.source());
            line(out, "First headline", a.originalTitle());
            line(out, "Also named", a.otherSources().isEmpty() ? null : String.join("; ", a.otherSources()));
            line(out, "URL", a.sourceUrl());
            line(out, "Language", a.language());
            line(out, "Published", a.published() == null ? null : a.published().toString());
            line(out, "Status", a.status().key());
            line(out, "Length", a.length().toString());
            line(out, "Imported", a.created().toString());
            if (original != null) {
                line(out, "Original", original.location() + " (" + original.mediaType() + ", " + original.charset() + ")");
            }
            for (AttachmentInfo f : files) {
                line(out, "Attached", f.isRemote() ? "on the web: " + f.reference() + (f.caption() == null ? "" : ": " + f.caption())
                        : f.name() + " (" + f.mediaType() + ", " + f.size() + " bytes)"
                        + (f.caption() == null ? "" : ": " + f.caption()));
            }
            out.println();
            out.println(a.body());
            return ExitCodes.OK;
        }
    }

    /** Saves the attachments under their own names (numbered when two share one); false on a problem. */
    private boolean save(Session lib, List<AttachmentInfo> files) {
        try {
            java.nio.file.Files.createDirectories(attachmentDir);
            java.util.Set<String> used = new java.util.HashSet<>();
            for (AttachmentInfo f : files) {
                if (f.isRemote()) {
                    continue; // an image on the web, kept as its address: nothing to save
                }
                String name = f.name().replaceAll("[\\\\/:*?\"<>|]", "_");
                if (!used.add(name)) {
                    name = f.position() + "-" + name;
                    used.add(name);
                }
                lib.services().articles().saveAttachment(f.id(), attachmentDir.resolve(name));
            }
            return true;
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("galley: cannot save the attachments in " + attachmentDir + ": " + e);
            return false;
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-10s %s%n", label + ":", value);
        }
    }
}
