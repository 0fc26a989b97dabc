package app.galley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Help menu's content, without a toolkit: the guide in each language, the licences, menu texts. */
class HelpWindowsTest {

    @Test
    void theGuideIsShownInTheInterfacesLanguageFromTheBundledCopyOfDocs() throws Exception {
        assertThat(HelpWindows.guideHtml("en")).contains("<h1>Galley: a short guide</h1>", "<h2>Delete and put back</h2>");
        assertThat(HelpWindows.guideHtml("zh-Hant")).contains("<h1>Galley 簡明指南</h1>", "垃圾桶");
        assertThat(HelpWindows.guideHtml("zh-Hans")).contains("<h1>Galley 简明指南</h1>", "回收站");
        assertThat(HelpWindows.guideHtml("fr")).isEqualTo(HelpWindows.guideHtml("en"));
        // the bundled guide is docs/USER_GUIDE.md as it is in the checkout, not a copy that drifts
        String docs = Files.readString(Path.of("docs", "USER_GUIDE.md"));
        assertThat(HelpWindows.guideHtml("en")).contains(docs.lines().filter(l -> l.startsWith("## "))
                .map(l -> "<h2>" + l.substring(3) + "</h2>").toList());
    }

    @Test
    void everyLibraryTheAppIsMadeWithIsNamedWithItsLicence() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String own = pom.substring(pom.indexOf("</dependencyManagement>")); // not the imported BOMs
        String dependencies = own.substring(own.indexOf("<dependencies>"), own.indexOf("</dependencies>"));
        List<String> runtime = new ArrayList<>();
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
        while (m.find()) {
            if (!m.group(1).contains("<scope>test</scope>")) {
                Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(m.group(1));
                a.find();
                runtime.add(a.group(1));
            }
        }
        assertThat(runtime).contains("h2", "richtextfx", "commonmark").hasSizeGreaterThan(20);
        String licences = HelpWindows.licences();
        for (String artifact : runtime) {
            assertThat(licences).as(artifact).containsPattern("[(, ]" + Pattern.quote(artifact) + "[,)]");
        }
        assertThat(licences).contains("IPTC Media Topics", "CC BY 4.0", "WenQuanYi Micro Hei");
    }

    @Test
    void menuTextsLoseTheirMnemonicMarks() {
        assertThat(HelpWindows.plain("_File")).isEqualTo("File");
        assertThat(HelpWindows.plain("檔案(_F)")).isEqualTo("檔案");
        assertThat(HelpWindows.plain("Import Files…")).isEqualTo("Import Files…");
    }
}
