package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void theSampleIsTraditionalAndItsRepostSimplified() {
        assertThat(LanguageGuess.of(TestFiles.sampleText())).isEqualTo("zh-Hant");
        assertThat(LanguageGuess.of(TestFiles.simplifiedRepost())).isEqualTo("zh-Hans");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The city council approved the budget early Thursday, after a nine-hour meeting in which members argued over police funding.",
        "ja|東京都は木曜日、来年度の予算案を発表した。学校の改修や橋の建設に多くの費用が充てられる見通しだ。",
        "ko|서울시는 목요일 내년도 예산안을 발표했다. 학교 보수와 다리 건설에 많은 비용이 배정될 전망이다.",
        "fr|Le conseil municipal a adopté le budget jeudi matin, après une réunion de neuf heures au cours de laquelle les élus se sont disputés sur le financement de la police.",
        "de|Der Stadtrat hat den Haushalt am Donnerstagmorgen nach einer neunstündigen Sitzung verabschiedet, in der die Mitglieder über die Finanzierung der Polizei stritten.",
        "es|El consejo municipal aprobó el presupuesto el jueves por la mañana, tras una reunión de nueve horas en la que los miembros discutieron sobre la financiación de la policía.",
        "ru|Городской совет утвердил бюджет в четверг утром после девятичасового заседания, на котором депутаты спорили о финансировании полиции.",
        "vi|Hội đồng thành phố đã thông qua ngân sách vào sáng thứ Năm, sau cuộc họp kéo dài chín giờ, trong đó các thành viên tranh luận về kinh phí cho cảnh sát.",
    })
    void languagesAreTold(String expected, String text) {
        assertThat(LanguageGuess.of(text)).isEqualTo(expected);
    }

    @Test
    void textWithoutLanguageHasNone() {
        assertThat(LanguageGuess.of("   ")).isNull();
        assertThat(LanguageGuess.of("2026-11-28 14:20 | 7.56 | 3.3 | 10")).isNull();
    }
}
