package app.galley.cli;

import app.galley.publish.PreviewRenderer;
import app.galley.publish.PreviewService;
import app.galley.publish.Template;
import app.galley.publish.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Render an article through a publication template: a standalone HTML page, or a PDF proof.",
                "Without --pdf or --html the page is printed. Templates: newspaper, mobile, proof (and your own)."})
final class PreviewCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see 'galley list').")
    long id;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write a PDF proof (print layout, proof header).")
    Path pdf;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the page as a standalone HTML file.")
    Path html;

    @Option(names = "--template", paramLabel = "NAME",
            description = "The template (default: newspaper for HTML, the first print layout for PDF).")
    String template;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of your own templates, one folder each.")
    Path templateFolder;

    @Option(names = "--annotations", description = "Highlight quotes and claims with their verdicts, with notes.")
    boolean annotations;

    @Option(names = "--original", description = "The text as imported, before cleaning and editing.")
    boolean original;

    @Option(names = "--words", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the proof's header, sign-off and notes: en, zh-Hant or zh-Hans (default: ${DEFAULT-VALUE}).")
    String words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Session lib = library.open()) {
            PreviewService service = lib.services().preview();
            PreviewRenderer.Request request = service.request(id, original);
            if (!service.wordLanguages().contains(words)) {
                err.println("galley: --words must be one of " + String.join(", ", service.wordLanguages()) + ", not " + words);
                return ExitCodes.USAGE;
            }
            PreviewRenderer.Options options = service.options(words).withAnnotations(annotations);
            if (pdf != null) {
                Template t = template != null ? service.template(templateFolder, template) : service.printTemplate(templateFolder)
                        .orElseThrow(() -> new TemplateException("No print template to make a PDF proof with"));
                service.writePdf(request, t, options, pdf);
                err.println("galley: wrote " + pdf);
            }
            if (html != null || pdf == null) {
                Template t = service.template(templateFolder, template);
                String page = service.render(request, t, options);
                if (html != null) {
                    service.writeHtml(page, html);
                    err.println("galley: wrote " + html);
                } else {
                    out.println(page);
                }
            }
            return ExitCodes.OK;
        } catch (NoSuchElementException e) {
            err.println("galley: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (TemplateException e) {
            err.println("galley: template: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("galley: cannot write " + (pdf != null ? pdf : html) + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
