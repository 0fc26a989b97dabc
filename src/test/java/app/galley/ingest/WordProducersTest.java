package app.galley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.LibraryTestBase;
import app.galley.model.Article;
import app.galley.model.AttachmentInfo;
import app.galley.text.Paragraphs;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word files as pandoc and LibreOffice write them (made by src/test/scripts/make-word-fixtures.sh,
 * provenance in src/test/resources/producers/word/README.md): what an editor needs survives import.
 */
class WordProducersTest extends LibraryTestBase {

    private Article imported(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/producers/word/" + fixture)) {
            return stored(importer.importFile(write(fixture, in.readAllBytes())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-pandoc.docx", "en-libreoffice.docx"})
    void anEnglishStoryKeepsItsStructureAndMetadata(String fixture) throws IOException {
        Article a = imported(fixture);

        assertThat(a.title()).isEqualTo("Council approves flood budget");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(a.language()).isEqualTo("en");
        List<String> paragraphs = Paragraphs.of(a.body()).stream().map(Paragraphs.Paragraph::text).toList();
        assertThat(paragraphs).containsExactly(
                "The city council approved the flood budget early Thursday, after a nine-hour meeting in which"
                        + " members argued over pumps, levees and a new bridge.[1]",
                "What the money buys",
                "The plan pays for three things the engineers asked for:",
                "• new pumps at the river gate",
                "• a raised levee along the east bank",
                "• sirens in every district",
                "The vote followed these steps:",
                "1. a first reading in October",
                "2. public hearings in November",
                "3. the final vote on Thursday",
                "District | Homes at risk | Share of budget",
                "East | 1,200 | 45%",
                "Harbour | 800 | 30%",
                "What comes next",
                "Work begins in March and should end before the next rainy season, the city engineer said in a"
                        + " statement on Friday.",
                "Notes",
                "[1] The meeting was streamed on the council’s website.");
        assertThat(a.body()).doesNotContain("footnoteRef", "Jane Doe", "2026-11-20");
        assertThat(Paragraphs.subheads(a.body())).containsExactly("What the money buys", "What comes next", "Notes");

        List<AttachmentInfo> pictures = library.attachments().of(a.id());
        assertThat(pictures).singleElement().satisfies(p -> {
            assertThat(p.mediaType()).isEqualTo("image/png");
            assertThat(p.caption()).isEqualTo("Water levels at the river gate since 2020");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-pandoc.docx", "zh-libreoffice.docx"})
    void aChineseStoryToo(String fixture) throws IOException {
        Article a = imported(fixture);

        assertThat(a.title()).isEqualTo("市議會通過防洪預算");
        assertThat(a.byline()).isEqualTo("陳美玲");
        assertThat(a.published()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(a.language()).isEqualTo("zh-Hant");
        List<String> paragraphs = Paragraphs.of(a.body()).stream().map(Paragraphs.Paragraph::text).toList();
        assertThat(paragraphs).containsExactly(
                "市議會週四清晨通過防洪預算，議員在長達九小時的會議中，為抽水站、堤防與新橋爭論不休。[1]",
                "經費用在哪裡",
                "工程單位提出的三項需求：",
                "• 河口閘門新設抽水機",
                "• 加高東岸堤防",
                "• 各區設置警報器",
                "行政區 | 受影響戶數 | 預算占比",
                "東區 | 1,200 | 45%",
                "港區 | 800 | 30%",
                "下一步",
                "工程將於三月動工，預計在下個雨季前完工，市府工程師週五在聲明中表示。",
                "註釋",
                "[1] 會議全程在市議會網站直播。");
        assertThat(Paragraphs.subheads(a.body())).contains("經費用在哪裡", "下一步").doesNotContain("• 加高東岸堤防");
    }
}
