package app.galley.service;

import app.galley.text.Change;
import app.galley.clean.CleanInput;
import app.galley.clean.Cleaning;
import app.galley.clean.MetadataLines;
import app.galley.text.Paragraphs;
import app.galley.clean.RuleSet;
import app.galley.clean.ScriptGuess;
import app.galley.ingest.ImportProblem;
import app.galley.ingest.extract.ArticleExtractor;
import app.galley.ingest.extract.Extraction;
import app.galley.ingest.extract.PageFiles;
import app.galley.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;

/**
 * Work on text that is not stored: cleaning a file as an import would read it, extracting a saved
 * page's article. The command line's {@code clean FILE}, {@code quotes FILE} and {@code extract}
 * use it; the window works on stored articles through the other services.
 */
public final class TextService {

    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * A draft cleaned by a rule set: the headline cleaned by the same rules, the source credited in
     * the text if the draft had none, the language guessed again after mojibake repair.
     */
    public record CleanedDraft(String title, String source, String language, Cleaning cleaning,
                               List<Paragraphs.Paragraph> paragraphs, String originalTitle, List<String> otherSources,
                               String byline, java.time.Instant published) {

        /** The lines removed whole (boilerplate, credits), for a reader to check. */
        public List<Change> removed() {
            return cleaning.removedText(ch -> true);
        }
    }

    public CleanedDraft clean(ArticleDraft d, RuleSet rules) {
        Cleaning c = rules.pipeline(d.source()).run(new CleanInput(d.body(), d.title(), d.language(), d.source()));
        String title = d.title() == null ? ""
                : rules.linePipeline(d.body()).run(new CleanInput(d.title(), null, d.language(), d.source()))
                        .cleaned().strip();
        // what the metadata lines say (issue 20): the draft's own fields first, as its reader found them
        MetadataLines.Found meta = MetadataLines.of(d.body(), false);
        String source = d.source() != null && !d.source().isBlank() ? d.source()
                : meta.source() != null ? meta.source() : c.creditedSource(ch -> true);
        boolean redecoded = c.changes().stream().anyMatch(ch -> ch.rule().equals("mojibake"));
        String language = redecoded ? ScriptGuess.language(c.cleaned(), d.language()) : d.language();
        return new CleanedDraft(title, source, language, c, Paragraphs.of(c.cleaned()),
                d.originalTitle() != null ? d.originalTitle() : meta.originalTitle(),
                meta.othersBesides(source, d.otherSources()), d.byline() != null ? d.byline() : meta.byline(),
                d.published() != null ? d.published() : meta.published());
    }

    /** One block of an extracted page: its kind ("p", "h2", "li" ...) and text. */
    public record PageBlock(String type, String text) {
    }

    /** What the extractor found in a page, with its blocks as plain values. */
    public record Page(Extraction extraction, List<PageBlock> blocks) {
    }

    /**
     * The article in a saved page (HTML, MHTML or a page folder).
     *
     * @throws ImportProblem naming what is wrong with the file
     */
    public Page extract(Path file) throws ImportProblem {
        Extraction x = extractor.extract(PageFiles.read(file), null);
        return new Page(x, x.blocks().stream().map(b -> new PageBlock(b.type().key(), b.text())).toList());
    }
}
