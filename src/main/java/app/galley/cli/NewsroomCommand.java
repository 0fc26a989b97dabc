package app.galley.cli;

import app.galley.service.SettingsService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "newsroom", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show or set the newsroom that publishes the library's fact-checks (Preferences › Newsroom).",
                "ClaimReview exports name it as their publisher and point at the fact-check address."})
final class NewsroomCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "The newsroom's name (empty to unset).")
    String name;

    @Option(names = "--url", paramLabel = "URL", description = "Its site, http(s) (empty to unset).")
    String url;

    @Option(names = "--fact-check-address", paramLabel = "URL",
            description = "Where a fact-check is published until its article is; {id} is the article's number.")
    String address;

    @Option(names = "--sign-off", paramLabel = "STATUSES", description = "The statuses that need a second person's"
            + " sign-off: ready, published, both (ready,published), or none (empty).")
    String signOff;

    @Override
    public Integer call() {
        try (Session lib = library.open()) {
            SettingsService settings = lib.services().settings();
            SettingsService.Newsroom n = settings.newsroom();
            if (name != null || url != null || address != null) {
                n = new SettingsService.Newsroom(name != null ? name : n.name(), url != null ? url : n.url(),
                        address != null ? address : n.factCheckAddress());
                try {
                    settings.setNewsroom(n);
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("galley: " + e.getMessage());
                    return ExitCodes.USAGE;
                }
            }
            if (signOff != null) {
                try {
                    java.util.Set<app.galley.model.ArticleStatus> statuses = java.util.EnumSet.noneOf(app.galley.model.ArticleStatus.class);
                    for (String s : signOff.split(",")) {
                        if (!s.isBlank()) {
                            statuses.add(app.galley.model.ArticleStatus.fromKey(s));
                        }
                    }
                    settings.setSignOffRequired(statuses);
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("galley: " + (e.getMessage().startsWith("only") ? e.getMessage()
                            : "no status \"" + signOff + "\": ready, published or both"));
                    return ExitCodes.USAGE;
                }
            }
            var out = spec.commandLine().getOut();
            out.println("name: " + (n.name() == null ? "" : n.name()));
            out.println("url: " + (n.url() == null ? "" : n.url()));
            out.println("fact-check address: " + (n.factCheckAddress() == null ? "" : n.factCheckAddress()));
            out.println("sign-off needed for: " + String.join(",", settings.signOffRequired().stream()
                    .map(app.galley.model.ArticleStatus::key).toList()));
            return ExitCodes.OK;
        }
    }
}
