package app.galley.cli;

import picocli.CommandLine.Command;

/** The top-level {@code galley} command. */
@Command(name = "galley",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Galley, the editorial workstation. Without arguments (or as 'galley gui [--db DIR]') it opens"
                + " the window; with a command it works on the library from the command line.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, EditCommand.class, ExtractCommand.class,
                FeedsCommand.class, CleanCommand.class, QuotesCommand.class, ClaimsCommand.class,
                AnnotationsCommand.class, SearchCommand.class, ReindexCommand.class,
                TagCommand.class, TagsCommand.class, PreviewCommand.class, ExportCommand.class,
                PublishCommand.class, OutboxCommand.class, OutboxCommand.Targets.class, TrashCommand.class,
                NewsroomCommand.class, TeamCommand.class, AuditCommand.class, AssignCommand.class, SignOffCommand.class, EmbargoCommand.class, InboxCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 something failed (one line on stderr says what), 2 wrong usage."})
public final class GalleyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
