package app.galley.cli;

import app.galley.ingest.ImportListener;
import app.galley.ingest.ImportReport;
import app.galley.ingest.ImportService;
import app.galley.model.ImportOutcome;
import app.galley.store.Library;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import .txt and .html/.htm files, and folders of them (recursively), into the library.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Library lib = library.open()) {
            ImportService importer = new ImportService(lib.articles());
            ImportReport report = importer.importPaths(paths, new ImportListener() {
                @Override
                public void finished(ImportOutcome outcome, int done, int total) {
                    if (outcome instanceof ImportOutcome.Imported i) {
                        out.printf("imported   #%d  %s  (%s)%n", i.articleId(), i.title(), i.source());
                    } else if (outcome instanceof ImportOutcome.Duplicate d) {
                        out.printf("duplicate  #%d  %s  (%s)%n", d.existingId(), d.existingTitle(), d.source());
                    } else if (outcome instanceof ImportOutcome.Failed f) {
                        err.println("galley: " + f.message());
                    }
                }
            }, () -> false);
            out.printf("%d imported, %d duplicate(s), %d failed%n",
                    report.imported().size(), report.duplicates().size(), report.failures().size());
            return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
