package app.galley.clean;

import app.galley.service.Services;
import app.galley.text.Change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.ingest.ImportService;
import app.galley.model.Article;
import app.galley.model.ImportOutcome;
import app.galley.model.Revision;
import app.galley.store.Library;
import app.galley.store.StaleArticleException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cleaning stored articles on a real H2 library: revisions, stale edits, restore, learned boilerplate. */
class CleaningServiceTest {

    @TempDir
    Path tmp;
    private Library library;
    private CleaningService service;

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        service = Services.of(library).cleaning();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Article importSample() {
        ImportOutcome o = Services.of(library).imports().importFile(TestFiles.samplePath());
        return library.articles().find(((ImportOutcome.Imported) o).articleId()).orElseThrow();
    }

    @Test
    void savingACleaningMakesARevisionWithItsChangesAndKeepsTheOriginal() {
        Article a = importSample();
        Cleaning c = service.preview(a);
        assertThat(c.changes()).isNotEmpty();
        Change firstRemoval = c.changes().get(0);
        // the editor rejects the first change (the "當前位置:" line) and keeps the rest
        Article saved = service.save(a, c, ch -> !ch.equals(firstRemoval));
        assertThat(saved.version()).isEqualTo(a.version() + 1);
        assertThat(saved.body()).startsWith("當前位置:").contains("整合並且").doesNotContain("TAG:第一財經");
        List<Revision> revisions = library.articles().revisions(a.id());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).body()).isEqualTo(a.body());
        assertThat(revisions.get(1).note()).startsWith("Cleaned: " + (c.changes().size() - 1) + " changes");
        List<Change> stored = ChangesJson.read(revisions.get(1).changes());
        assertThat(stored).hasSize(c.changes().size() - 1).doesNotContain(firstRemoval);
        assertThat(new Cleaning(a.body(), stored).cleaned()).isEqualTo(saved.body());
        assertThat(library.articles().original(a.id())).isPresent();
    }

    @Test
    void theHeadlineTakesTheKindsOfChangeAcceptedInTheBodyAsTheCommandLineAndTheWindowAlike() {
        ImportOutcome o = Services.of(library).imports().importText(
                "記者會:市長說,明年不加稅?\n\n市長今天表示,明年不會加稅,並且會整合併且檢討預算。\n\n他說:「我們會公開所有數字。」", "press.txt");
        Article a = library.articles().find(((ImportOutcome.Imported) o).articleId()).orElseThrow();
        Cleaning c = service.preview(a);
        assertThat(c.changes()).anyMatch(ch -> ch.rule().equals("punctuation-width"));

        // the editor turns the punctuation fixes down: the headline keeps its punctuation too
        Article without = service.save(a, c, ch -> !ch.rule().equals("punctuation-width"));
        assertThat(without.title()).isEqualTo("記者會:市長說,明年不加稅?");

        // accepted: the headline is cleaned in the same revision, as `galley clean ID` does
        Article with = service.save(without, service.preview(without), ch -> true);
        assertThat(with.title()).isEqualTo("記者會：市長說，明年不加稅？");
        assertThat(with.body()).startsWith("市長今天表示，明年");
        assertThat(library.articles().revisions(a.id()).get(2).title()).isEqualTo(with.title());
    }

    @Test
    void textRepairedFromTheWrongCharacterSetGetsItsLanguageGuessedAgain() {
        // (no character whose UTF-8 bytes Windows-1252 leaves undefined: such text could not have been read so)
        String chinese = "市長今天在記者會上表示，明年會加稅，並且會公開檢討所有的算項目與支出。";
        String garbled = new String(chinese.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        ImportOutcome o = Services.of(library).imports().importText("Budget\n\n" + garbled + "\n\n" + garbled, "m.txt");
        Article a = library.articles().find(((ImportOutcome.Imported) o).articleId()).orElseThrow();
        Cleaning c = service.preview(a);
        assertThat(a.language()).isNotEqualTo("zh-Hant");
        assertThat(c.changes()).anyMatch(ch -> ch.rule().equals("mojibake"));
        Article saved = service.save(a, c, ch -> true);
        assertThat(saved.body()).contains(chinese);
        assertThat(saved.language()).isEqualTo("zh-Hant");
    }

    @Test
    void aCleaningOfAStaleArticleIsRefusedAndNothingIsWritten() {
        Article a = importSample();
        Cleaning c = service.preview(a);
        service.save(a, c, ch -> ch.rule().equals("punctuation-width"));
        assertThatThrownBy(() -> service.save(a, c, ch -> true)).isInstanceOf(StaleArticleException.class);
        assertThat(library.articles().revisions(a.id())).hasSize(2);
    }

    @Test
    void restoringARevisionSavesItAsTheNewest() {
        Article a = importSample();
        Article cleaned = service.save(a, service.preview(a), ch -> true);
        long first = library.articles().revisions(a.id()).get(0).id();
        Article restored = service.restore(cleaned, first);
        assertThat(restored.body()).isEqualTo(a.body());
        assertThat(library.articles().revisions(a.id())).hasSize(3)
                .last().satisfies(r -> assertThat(r.note()).startsWith("Restored revision"));
    }

    @Test
    void aCreditedSourceIsFilledInWhenTheArticleHasNone() {
        Article a = importSample();
        Article saved = service.save(a, service.preview(a), ch -> true);
        assertThat(saved.source()).isEqualTo("第一財經");
    }

    @Test
    void recurringLinesAreProposedAndOnceConfirmedRemovedFromEveryArticleOfTheSource() {
        ImportService importer = Services.of(library).imports();
        for (int i = 1; i <= 3; i++) {
            String text = "地方新聞第" + i + "則\n\n本報訊　今日天氣晴朗第" + i + "天，市民外出踏青，公園人潮眾多。\n\n"
                    + "每日頭條為您報導\n\n記者觀察到第" + i + "個現象，交通也相當順暢。";
            importer.importText(text, "paste " + i);
        }
        List<Article> all = library.articles().list().stream()
                .map(s -> library.articles().find(s.id()).orElseThrow()).toList();
        // give them a source, as a feed or a site would
        for (Article a : all) {
            library.revisions().save(a.id(), a.version(), app.galley.model.ArticleEdit.of(a).withSource("每日頭條"), "source", null);
        }
        assertThat(service.proposeBoilerplate("每日頭條")).extracting(BoilerplateLearner.Proposal::line)
                .contains("每日頭條為您報導").doesNotContain("本報訊　今日天氣晴朗第1天，市民外出踏青，公園人潮眾多。");
        Article one = library.articles().find(all.get(0).id()).orElseThrow();
        assertThat(service.preview(one).cleaned()).contains("每日頭條為您報導");
        service.confirmBoilerplate("每日頭條", "每日頭條為您報導");
        assertThat(service.preview(one).cleaned()).doesNotContain("每日頭條為您報導");
        assertThat(service.proposeBoilerplate("每日頭條")).extracting(BoilerplateLearner.Proposal::line)
                .doesNotContain("每日頭條為您報導");
        service.forgetBoilerplate("每日頭條", "每日頭條為您報導");
        assertThat(service.preview(one).cleaned()).contains("每日頭條為您報導");
    }

    @Test
    void theUsersRuleSetIsSavedInTheLibraryAndReadOverTheDefaults() throws Exception {
        Article a = importSample();
        service.saveUserRules(RuleSet.parse("{\"name\": \"Desk\", \"rules\": {\"punctuation-width\": {\"enabled\": false}}}"));
        assertThat(service.rules().name()).isEqualTo("Desk");
        assertThat(service.rules().config("spacing", null).enabled()).isTrue();
        assertThat(service.preview(a).changes()).noneMatch(c -> c.rule().equals("punctuation-width"));
    }

    @Test
    void theRuleSetExampleInTheReadmeIsValidAndDoesWhatItSays() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int at = readme.indexOf("### Rule sets");
        String json = readme.substring(readme.indexOf("```json", at) + 7, readme.indexOf("```", readme.indexOf("```json", at) + 7));
        RuleSet rules = RuleSet.parse(json).over(RuleSet.defaults());
        String text = "投入逾10 億元，華為mate手機。\n\n下載每日頭條APP看更多\n\n他說：\"好。\"";
        Cleaning c = rules.pipeline("每日頭條").run(new CleanInput(text, null, "zh-Hans", "每日頭條"));
        assertThat(c.cleaned()).contains("10億元").contains("華為 mate 手機").doesNotContain("APP").contains("「好。」");
    }

    @Test
    void typingSavedInShortSuccessionUpdatesOneRevision() {
        Article a = importSample();
        var edit = app.galley.model.ArticleEdit.of(a);
        Article one = library.revisions().saveTyping(a.id(), a.version(), edit.withBody("編者按\n\n" + a.body()), "Typing",
                java.time.Duration.ofMinutes(10));
        Article two = library.revisions().saveTyping(one.id(), one.version(), edit.withBody("編者按：\n\n" + a.body()), "Typing",
                java.time.Duration.ofMinutes(10));
        List<Revision> revisions = library.articles().revisions(a.id());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).body()).startsWith("編者按：");
        assertThat(two.version()).isEqualTo(a.version() + 2);
        // a cleaning in between is never overwritten: the next typing starts a new revision
        Article cleaned = service.save(two, service.preview(two), ch -> true);
        library.revisions().saveTyping(cleaned.id(), cleaned.version(), app.galley.model.ArticleEdit.of(cleaned)
                .withBody(cleaned.body() + "\n\n（完）"), "Typing", java.time.Duration.ofMinutes(10));
        assertThat(library.articles().revisions(a.id())).hasSize(4);
    }

    @Test
    void aScriptConversionIsSavedWithTheNewLanguage() {
        Article a = importSample();
        Cleaning c = CleaningService.previewConversion(a, ScriptConversion.Profile.T2S);
        Article saved = service.saveConversion(a, c, ch -> true, ScriptConversion.Profile.T2S);
        assertThat(saved.language()).isEqualTo("zh-Hans");
        assertThat(saved.title()).isEqualTo("探秘人脑超级晶元 上海脑智产业年投入逾10亿");
        assertThat(saved.body()).contains("脑科学与类脑研究");
    }
}
