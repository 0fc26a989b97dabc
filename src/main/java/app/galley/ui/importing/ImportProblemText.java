package app.galley.ui.importing;

import app.galley.model.ImportOutcome;
import app.galley.ui.app.I18n;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a file was not imported, in the interface's language. The importers state their problems in
 * English words (the command line prints them, the report file keeps them); the window's report
 * shows the common ones in the editor's language, with the file's own details (sizes, names, a
 * library's error) as they were. A problem not in this list is shown as the importer wrote it.
 */
public final class ImportProblemText {

    private record Known(Pattern english, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            known("^empty file$", "empty"),
            known("^binary file \\(contains NUL bytes\\), not text$", "nul"),
            known("^binary file \\((.+)\\), not text$", "binary"),
            known("^no text in file \\(only white space\\)$", "blank"),
            known("^no text in file \\(only navigation lines\\)$", "navigation"),
            known("^does not look like text: (\\d+)% of it is control characters.*$", "control"),
            known("^does not look like text: (\\d+)% of it is combining marks.*$", "marks"),
            known("^too large: (.+) \\(the limit for one article is (.+)\\)$", "tooLarge"),
            known("^too large when decompressed \\(over (.+)\\)$", "tooLargeUnpacked"),
            known("^no article text found in the page$", "noArticle"),
            known("^the article body is empty$", "emptyBody"),
            known("^not an HTML document \\(no HTML tags at its start\\)$", "notHtml"),
            known("^not a supported file type \\(Galley imports (.+)\\)$", "unsupported"),
            known("^cannot read: no such file$", "missing"),
            known("^cannot read: permission denied$", "denied"),
            known("^is a folder.*$", "folder"),
            known("^is an archive: import it with its folder or as a batch$", "archive"),
            known("^a zip archive inside an archive is not imported$", "nestedZip"),
            known("^refused as a possible zip bomb: (.+)$", "zipBomb"),
            known("^not a valid zip archive: (.+)$", "badZip"),
            known("^not valid JSON: the file is damaged or is not a ninjs item$", "badJson"),
            known("^the Word document has no text$", "emptyWord"),
            known("^an old Word \\.doc file saved as \\.docx.*$", "oldWord"),
            known("^not a readable Word document.*$", "badWord"),
            known("^not a web address \\(http:// or https://\\)$", "notAddress"),
            known("^not an RSS or Atom feed$", "notFeed"),
            known("^the item has no text.*$", "emptyItem"),
            known("^not saved: (.+)$", "notSaved"),
            known("^interrupted$", "interrupted"));

    private final I18n i18n;

    public ImportProblemText(I18n i18n) {
        this.i18n = i18n;
    }

    private static Known known(String english, String key) {
        return new Known(Pattern.compile(english), "import.problem." + key);
    }

    /** The problem in the interface's language, or as written when it is not one of the common ones. */
    public String describe(String problem) {
        for (Known k : KNOWN) {
            Matcher m = k.english().matcher(problem);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                if (k.key().endsWith(".binary")) { // the kind of binary file: "PNG image", "PDF document"
                    String id = args[0].toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
                    String named = i18n.named("import.kind.", id);
                    args[0] = named.equals(id) ? args[0] : named;
                }
                return i18n.format(k.key(), args);
            }
        }
        return problem;
    }

    /** One line of the report: the file, then why. */
    public String line(ImportOutcome.Failed f) {
        return i18n.format("import.problem.line", f.source(), describe(f.problem()));
    }
}
