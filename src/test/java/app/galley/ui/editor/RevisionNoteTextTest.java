package app.galley.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.ui.app.Formats;
import app.galley.ui.app.I18n;
import org.junit.jupiter.api.Test;

/** The notes Galley writes on revisions, in the History tab's language; an editor's own note as written. */
class RevisionNoteTextTest {

    private static RevisionNoteText in(String language) {
        I18n i18n = new I18n(language);
        return new RevisionNoteText(i18n, new Formats(i18n));
    }

    @Test
    void galleysOwnNotesAreShownInTheInterfacesLanguage() {
        RevisionNoteText zh = in("zh-Hant");
        assertThat(zh.describe("Imported from sample.txt")).isEqualTo("匯入自 sample.txt");
        assertThat(zh.describe("Cleaned: 121 changes (boilerplate 6, punctuation-width 114, conversion-repair 1)"))
                .startsWith("清理：121 處修改（").contains("標點全半形 114").doesNotContain("punctuation-width").endsWith("）");
        assertThat(zh.describe("Converted s2twp: 3 changes")).isEqualTo("轉換（s2twp）：3 處修改");
        assertThat(zh.describe("Restored revision from 2026-12-04T12:07:00Z")).startsWith("還原 ").doesNotContain("T12:07");
        assertThat(zh.describe("Edited from the command line")).isEqualTo("從命令列編輯");
        assertThat(zh.describe("Fact-check overridden by mei: moved to Ready with 15 problems open. Why: Checked by phone"))
                .isEqualTo("mei 略過事實查核：在 15 個問題未解決時移至待發。理由：Checked by phone");

        RevisionNoteText en = in("en");
        assertThat(en.describe("Cleaned: 1 change (boilerplate 1)")).isEqualTo("Cleaned: 1 change (Boilerplate 1)");
        assertThat(en.describe("Imported from https://example.org/a")).isEqualTo("Imported from https://example.org/a");
        String gate = "Fact-check overridden by mei: exported with 1 problem open. Why: the desk said so";
        assertThat(en.describe(gate)).isEqualTo(gate);
    }

    @Test
    void anEditorsNoteAndAnUnknownRuleStandAsWritten() {
        RevisionNoteText zh = in("zh-Hant");
        assertThat(zh.describe("修正標題錯字")).isEqualTo("修正標題錯字");
        assertThat(zh.describe("Cleaned: 2 changes (my-house-rule 2)")).contains("my-house-rule 2");
        assertThat(zh.describe(null)).isEmpty();
    }
}
