package app.galley.cli;

import app.galley.analyze.AnnotationService;
import app.galley.analyze.Claim;
import app.galley.analyze.Quote;
import app.galley.model.Annotation;
import app.galley.model.AnnotationKind;
import app.galley.model.Article;
import app.galley.model.Verdict;
import app.galley.service.ExportService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "annotations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List, add, check and export the fact-checking annotations of a stored article.",
        subcommands = {AnnotationsCommand.ListAnnotations.class, AnnotationsCommand.Add.class,
                AnnotationsCommand.SetVerdict.class, AnnotationsCommand.Export.class})
final class AnnotationsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares: the library and who is checking. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        LibraryOption library;

        @Option(names = "--user", paramLabel = "NAME", description = "Who is checking (default: the system user name).")
        String user = System.getProperty("user.name", "editor");

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        Optional<Article> article(Session lib, long id) {
            Optional<Article> a = lib.services().articles().find(id);
            if (a.isEmpty()) {
                err().println("galley: no article #" + id + " in " + lib.location());
            }
            return a;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an article's annotations.")
    static final class ListAnnotations extends Base {
        @Parameters(paramLabel = "ID", description = "The article.")
        long id;

        @Override
        public Integer call() {
            try (Session lib = library.open()) {
                Optional<Article> a = article(lib, id);
                if (a.isEmpty()) {
                    return ExitCodes.FAILURE;
                }
                AnnotationService service = lib.services().annotations(user);
                for (Annotation x : service.annotations(a.get())) {
                    out().println(String.format("%d\t%s\t%s\t%s\t%s\t%d-%d\t%s", x.id(), x.kind().id(), x.verdict().id(),
                            x.anchor().name().toLowerCase(java.util.Locale.ROOT), x.speaker() == null ? "" : x.speaker(),
                            x.target().start(), x.target().end(), x.target().exact()));
                }
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Annotate the quotations or claims the analysis finds, or a span of the text.")
    static final class Add extends Base {
        @Parameters(paramLabel = "ID", description = "The article.")
        long id;

        @Option(names = "--quotes", description = "Annotate every quotation found (with its speaker).")
        boolean quotes;

        @Option(names = "--claims", description = "Annotate every claim found (its sentence).")
        boolean claims;

        @Option(names = "--span", paramLabel = "START-END", description = "Annotate these offsets of the text.")
        String span;

        @Option(names = "--kind", paramLabel = "KIND", description = "quote, claim or comment (with --span).")
        String kind = "comment";

        @Override
        public Integer call() {
            try (Session lib = library.open()) {
                Optional<Article> found = article(lib, id);
                if (found.isEmpty()) {
                    return ExitCodes.FAILURE;
                }
                Article a = found.get();
                AnnotationService service = lib.services().annotations(user);
                AnnotationService.Analysis analysis = AnnotationService.analyse(a.body());
                int added = 0;
                List<Annotation> existing = service.annotations(a);
                if (quotes) {
                    for (Quote q : analysis.quotes()) {
                        if (existing.stream().noneMatch(x -> x.target().start() == q.start() && x.target().end() == q.end())) {
                            service.annotate(a, q);
                            added++;
                        }
                    }
                }
                if (claims) {
                    for (Claim c : analysis.claims()) {
                        service.annotate(a, c);
                        added++;
                    }
                }
                if (span != null) {
                    String[] p = span.split("-");
                    try {
                        service.annotate(a, Integer.parseInt(p[0]), Integer.parseInt(p[1]), AnnotationKind.of(kind), null);
                        added++;
                    } catch (RuntimeException e) {
                        err().println("galley: --span " + span + ": " + e.getMessage());
                        return ExitCodes.USAGE;
                    }
                }
                out().println("#" + id + ": " + added + " annotations added");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "verdict", mixinStandardHelpOptions = true, description = "Set an annotation's verdict.")
    static final class SetVerdict extends Base {
        @Parameters(index = "0", paramLabel = "ANNOTATION", description = "The annotation's id (see list).")
        long annotationId;

        @Parameters(index = "1", paramLabel = "VERDICT",
                description = "unchecked, checking, verified, disputed, false, misattributed or unverifiable.")
        String verdict;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (the rating's explanation).")
        String note;

        @Override
        public Integer call() {
            Verdict v;
            try {
                v = Verdict.of(verdict);
            } catch (IllegalArgumentException e) {
                err().println("galley: unknown verdict " + verdict);
                return ExitCodes.USAGE;
            }
            try (Session lib = library.open()) {
                AnnotationService service = lib.services().annotations(user);
                Optional<Annotation> x = service.find(annotationId);
                if (x.isEmpty()) {
                    err().println("galley: no annotation " + annotationId);
                    return ExitCodes.FAILURE;
                }
                Annotation changed = service.setVerdict(x.get(), v);
                if (note != null) {
                    service.update(changed, changed.speaker(), note, changed.evidence());
                }
                out().println(annotationId + ": " + v.id());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export an article's annotations as linked data.",
                    "w3c: W3C Web Annotation JSON-LD; claimreview: schema.org ClaimReview for checked claims and quotes."})
    static final class Export extends Base {
        @Parameters(paramLabel = "ID", description = "The article.")
        long id;

        @Option(names = "--format", required = true, paramLabel = "w3c|claimreview")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
        Path output;

        @Option(names = "--publisher", paramLabel = "NAME", description = "The organisation publishing the reviews.")
        String publisher;

        @Override
        public Integer call() {
            if (!format.equals("w3c") && !format.equals("claimreview")) {
                err().println("galley: --format must be w3c or claimreview, not " + format);
                return ExitCodes.USAGE;
            }
            try (Session lib = library.open()) {
                Optional<Article> found = article(lib, id);
                if (found.isEmpty()) {
                    return ExitCodes.FAILURE;
                }
                Article a = found.get();
                ExportService.FactCheckFormat as = format.equals("w3c") ? ExportService.FactCheckFormat.W3C
                        : ExportService.FactCheckFormat.CLAIM_REVIEW;
                if (output == null) {
                    out().println(lib.services().exports().factCheck(a, as, publisher));
                } else {
                    try {
                        lib.services().exports().writeFactCheck(a, as, publisher, output);
                    } catch (IOException e) {
                        err().println("galley: cannot write " + output + ": " + e.getMessage());
                        return ExitCodes.FAILURE;
                    }
                }
                return ExitCodes.OK;
            }
        }
    }
}
