package app.galley.cli;

import app.galley.analyze.AnnotationService;
import app.galley.model.Annotation;
import app.galley.model.AnnotationComment;
import app.galley.service.InboxService;
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
import picocli.CommandLine.Spec;

@Command(name = "inbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The comment inbox: every open annotation and comment thread across the library, newest first;",
                "reply, resolve, edit or delete your own comments (your name: --as, or your team member name)."})
final class InboxCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Option(names = "--mentions", description = "Only threads that name you (@name).")
    boolean mentions;

    @Option(names = "--all", description = "Resolved threads too.")
    boolean all;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article's threads.")
    Long article;

    @Option(names = "--author", paramLabel = "NAME", description = "Only threads NAME annotated or commented on.")
    String author;

    @Option(names = "--json", description = "Print the threads as a JSON array.")
    boolean json;

    @Option(names = "--reply", paramLabel = "ANNOTATION", description = "Reply to this annotation's thread (with --text).")
    Long reply;

    @Option(names = "--edit", paramLabel = "COMMENT", description = "Change one of your comments (with --text).")
    Long edit;

    @Option(names = "--delete", paramLabel = "COMMENT", description = "Delete one of your comments.")
    Long delete;

    @Option(names = "--text", paramLabel = "TEXT", description = "The words of a reply or an edit.")
    String text;

    @Option(names = "--resolve", paramLabel = "ANNOTATION", description = "Mark the thread resolved.")
    Long resolve;

    @Option(names = "--reopen", paramLabel = "ANNOTATION", description = "Open a resolved thread again.")
    Long reopen;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if ((reply != null || edit != null) && (text == null || text.isBlank())) {
            return TeamCommand.fail(spec, "--reply and --edit need --text", ExitCodes.USAGE);
        }
        try (Session lib = library.open()) {
            AnnotationService annotations = lib.services().annotations();
            InboxService inbox = lib.services().inbox();
            try {
                if (reply != null) {
                    annotation(annotations, reply);
                    annotations.comment(reply, null, text);
                }
                if (edit != null) {
                    annotations.editComment(comment(inbox, edit), text);
                }
                if (delete != null) {
                    annotations.deleteComment(comment(inbox, delete));
                }
                if (resolve != null || reopen != null) {
                    annotations.resolve(annotation(annotations, resolve != null ? resolve : reopen), resolve != null);
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                return TeamCommand.fail(spec, e.getMessage(), ExitCodes.FAILURE);
            }
            List<InboxService.Item> items = inbox.items(new InboxService.Filter(article, author, mentions, !all));
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (InboxService.Item i : items) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("annotation", i.annotation().id());
                    m.put("article", i.annotation().articleId());
                    m.put("title", i.articleTitle());
                    m.put("kind", i.annotation().kind().id());
                    m.put("text", i.annotation().target().exact());
                    m.put("author", i.annotation().author());
                    m.put("resolved", i.annotation().resolved());
                    m.put("mentionsMe", i.mentionsMe());
                    m.put("latest", i.latest().toString());
                    List<Map<String, Object>> thread = new ArrayList<>();
                    for (AnnotationComment c : i.thread()) {
                        Map<String, Object> t = new LinkedHashMap<>();
                        t.put("id", c.id());
                        t.put("author", c.author());
                        t.put("body", c.deleted() ? null : c.body());
                        t.put("created", c.created().toString());
                        t.put("deleted", c.deleted());
                        thread.add(t);
                    }
                    m.put("comments", thread);
                    rows.add(m);
                }
                out.println(Json.write(rows));
            } else if (items.isEmpty()) {
                out.println("No threads.");
            } else {
                for (InboxService.Item i : items) {
                    out.println((i.mentionsMe() ? "@ " : "") + "annotation " + i.annotation().id() + " on #"
                            + i.annotation().articleId() + " " + Cli.printable(i.articleTitle()) + ": 「"
                            + Cli.printable(i.annotation().target().exact()) + "」"
                            + (i.annotation().resolved() ? " (resolved)" : ""));
                    for (AnnotationComment c : i.thread()) {
                        out.println("  comment " + c.id() + " " + c.author() + ": "
                                + (c.deleted() ? "(deleted)" : Cli.printable(c.body())));
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    private static Annotation annotation(AnnotationService annotations, long id) {
        return annotations.find(id).orElseThrow(() -> new IllegalArgumentException("no annotation " + id));
    }

    /** A comment by id, among the threads the inbox reads (resolved ones too). */
    private static AnnotationComment comment(InboxService inbox, long id) {
        Optional<AnnotationComment> found = inbox.items(new InboxService.Filter(null, null, false, false)).stream()
                .flatMap(i -> i.thread().stream()).filter(c -> c.id() == id).findFirst();
        return found.orElseThrow(() -> new IllegalArgumentException("no comment " + id));
    }
}
