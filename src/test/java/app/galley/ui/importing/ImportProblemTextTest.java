package app.galley.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.galley.ingest.ImportProblem;
import app.galley.ingest.InputCheck;
import app.galley.ui.app.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The importers' reasons in the window's language. The reasons come from the importers themselves,
 * given real bad input, so that a reason reworded in English and no longer recognised fails here.
 */
class ImportProblemTextTest {

    private static String problem(ThrowingCall call) {
        return catchThrowableOfType(call::run, ImportProblem.class).getMessage();
    }

    private interface ThrowingCall {
        void run() throws ImportProblem;
    }

    private static List<String> realReasons() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        byte[] nul = new byte[200];
        return List.of(
                problem(() -> InputCheck.checkBytes(new byte[0])),
                problem(() -> InputCheck.checkBytes(png)),
                problem(() -> InputCheck.checkBytes(nul)),
                problem(() -> InputCheck.checkText("   \n ")),
                problem(() -> InputCheck.checkText("\u0001\u0002\u0003\u0004 abc")),
                problem(() -> InputCheck.checkSize(50_000_000, 10_000_000)));
    }

    @Test
    void theImportersReasonsAreToldInChinese() {
        ImportProblemText zh = new ImportProblemText(new I18n("zh-Hant"));
        List<String> english = realReasons();
        assertThat(english).allSatisfy(reason -> assertThat(zh.describe(reason)).as(reason)
                .isNotEqualTo(reason).doesNotContain("import.problem").containsPattern("\\p{IsHan}"));
        assertThat(zh.describe(english.get(1))).isEqualTo("二進位檔（PNG 圖片），不是文字");
        assertThat(zh.describe(english.get(5))).startsWith("檔案太大：").contains("MB");
        ImportProblemText hans = new ImportProblemText(new I18n("zh-Hans"));
        assertThat(hans.describe(english.get(0))).isEqualTo("空文件");
    }

    @Test
    void inEnglishTheyReadAsWrittenAndAnUnknownReasonStandsAsItIs() {
        ImportProblemText en = new ImportProblemText(new I18n("en"));
        assertThat(realReasons()).allSatisfy(reason -> assertThat(en.describe(reason)).isEqualTo(reason));
        ImportProblemText zh = new ImportProblemText(new I18n("zh-Hant"));
        assertThat(zh.describe("cannot decode the text/html part: bad charset")).isEqualTo("cannot decode the text/html part: bad charset");
        assertThat(zh.line(new app.galley.model.ImportOutcome.Failed("/tmp/a.txt", "empty file"))).isEqualTo("/tmp/a.txt：空檔案");
    }
}
