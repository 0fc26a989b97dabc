package app.galley.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.galley.TestFiles;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The body model: paragraphs, an editor's lines, and positions between the two. */
class BodyTest {

    @Test
    void theSamplesParagraphsAndItsThreeSubheadsAreRead() throws Exception {
        String body = Files.readString(TestFiles.samplePath());
        List<String> subheads = Paragraphs.subheads(body);
        assertThat(subheads).hasSize(3).allSatisfy(s -> assertThat(s).doesNotContain("。", "，", "「"));
        assertThat(Paragraphs.of(body)).extracting(Paragraphs.Paragraph::text)
                .anySatisfy(p -> assertThat(p).contains("腦科學與類腦研究將成為上海科研領域的下一個發力點"));
    }

    @Test
    void anEnglishSubheadIsShortCapitalisedAndNotASentence() {
        String body = "The council voted on Tuesday to approve the new budget for the harbour.\n\n"
                + "What comes next\n\n"
                + "Work on the channel begins in June, the mayor said in a statement to reporters.\n\n"
                + "the lower case line\n\n"
                + "A final paragraph of prose that is long enough to read as a sentence of its own.";
        assertThat(Paragraphs.subheads(body)).containsExactly("What comes next");
        assertThat(Paragraphs.spans(body)).hasSize(5)
                .allSatisfy(s -> assertThat(body.substring(s.start(), s.end())).isEqualTo(body.substring(s.start(), s.end()).strip()));
    }

    @Test
    void aChineseParagraphsLinesJoinWithoutASpaceAnEnglishOnesWithOne() {
        assertThat(Paragraphs.joined("上海腦科學\n與類腦研究")).isEqualTo("上海腦科學與類腦研究");
        assertThat(Paragraphs.joined("The council\nvoted")).isEqualTo("The council voted");
    }

    @Test
    void theEditorShowsOneLinePerParagraphAndGivesTheBodyBack() {
        String body = "  First paragraph.\n\nSecond  one.\n\n\n\nThird.  ";
        assertThat(Body.lines(body)).containsExactly("First paragraph.", "Second  one.", "Third.");
        assertThat(Body.ofLines(List.of("First paragraph.", "   ", " Second  one. ", "Third.")))
                .isEqualTo("First paragraph.\n\nSecond  one.\n\nThird.");
        assertThat(Body.lines("one\ntwo\nthree")).containsExactly("one", "two", "three");
    }

    @Test
    void aPositionInsideAParagraphMapsToTheSameCharacterInTheEditor() {
        String body = "The council voted.\n\n上海腦科學與類腦研究。\n\nThird.";
        List<String> lines = Body.lines(body);
        String editor = String.join("\n", lines);
        BodyOffsets map = BodyOffsets.of(body, lines);
        int at = body.indexOf("腦科學");
        assertThat(editor.substring(map.toEditor(at))).startsWith("腦科學");
        assertThat(map.toBody(map.toEditor(at))).isEqualTo(at);
        assertThat(BodyOffsets.of("", List.of()).toEditor(3)).isEqualTo(-1);
    }

    @Property(tries = 300)
    void everyCharacterOfTheBodyKeepsItsPlaceThroughTheEditor(@ForAll("bodies") String body) {
        List<String> lines = Body.lines(body);
        String editor = String.join("\n", lines);
        BodyOffsets map = BodyOffsets.of(body, lines);
        for (int i = 0; i < body.length(); i++) {
            if (Character.isWhitespace(body.charAt(i))) {
                continue;
            }
            int e = map.toEditor(i);
            assertThat(editor.charAt(e)).as("body %d", i).isEqualTo(body.charAt(i));
            assertThat(map.toBody(e)).isEqualTo(i);
        }
        // and the body the editor gives back reads as the same paragraphs
        assertThat(Paragraphs.of(Body.ofLines(lines))).isEqualTo(Paragraphs.of(Body.ofLines(Body.lines(Body.ofLines(lines)))));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> paragraph = Arbitraries.strings().withChars("abc 上海腦。,.").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank()).map(String::strip);
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\n\n\n", "\n \n");
        return paragraph.list().ofMinSize(1).ofMaxSize(6).flatMap(ps -> separator.list().ofSize(ps.size()).map(seps -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < ps.size(); i++) {
                b.append(ps.get(i));
                if (i < ps.size() - 1) {
                    b.append(seps.get(i));
                }
            }
            return b.toString();
        }));
    }
}
