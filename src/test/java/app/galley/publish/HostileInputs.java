package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markup that would run script or fetch something if a preview let it through, each piece aimed at
 * {@code HOST} so a test can also listen there. Shared by the renderer's tests and the preview pane's.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /** The hostile pieces, for a host such as {@code 127.0.0.1:8123}. */
    public static List<String> corpus(String host) {
        String u = "http://" + host;
        return List.of(
                "<script>document.title='pwned'</script>",
                "<script src=\"" + u + "/script.js\"></script>",
                "<img src=\"x\" onerror=\"document.location='" + u + "/onerror'\">",
                "<img src=\"" + u + "/remote.png\">",
                "<img srcset=\"" + u + "/srcset.png 2x\">",
                "<a href=\"javascript:fetch('" + u + "/js-url')\">click</a>",
                "<a href=\"" + u + "/link\">link</a>",
                "<iframe src=\"" + u + "/iframe\"></iframe>",
                "<iframe srcdoc=\"<script>parent.location='" + u + "/srcdoc'</script>\"></iframe>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('" + u + "/svg-onload')\"><script>fetch('"
                        + u + "/svg-script')</script><image href=\"" + u + "/svg-image.png\"/></svg>",
                "<p style=\"background:url(" + u + "/style-attr.png)\">styled</p>",
                "<style>@import url(" + u + "/import.css); body{background:url('" + u + "/style-el.png')}</style>",
                "<meta http-equiv=\"refresh\" content=\"0;url=" + u + "/refresh\">",
                "<object data=\"" + u + "/object.swf\"></object><embed src=\"" + u + "/embed.swf\">",
                "<link rel=\"stylesheet\" href=\"" + u + "/link.css\">",
                "<base href=\"" + u + "/\"><img src=\"relative.png\">",
                "<form action=\"" + u + "/form\"><input type=\"image\" src=\"" + u + "/input.png\"></form>",
                "<video poster=\"" + u + "/poster.png\" src=\"" + u + "/video.mp4\"></video>",
                "<div onmouseover=\"fetch('" + u + "/hover')\">hover</div>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>");
    }

    /** Asserts a rendered page can neither run script nor fetch anything but inline images. */
    public static void assertInert(String html) {
        Document d = Jsoup.parse(html);
        assertThat(d.select("script, iframe, frame, object, embed, svg, math, form, input, link, base, video, audio"))
                .as("dangerous elements").isEmpty();
        assertThat(d.select("meta[http-equiv]").eachAttr("http-equiv")).as("meta http-equiv")
                .allMatch(v -> v.equalsIgnoreCase("Content-Security-Policy"));
        for (Element e : d.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).strip();
                assertThat(name).as("event handler on <" + e.tagName() + ">").doesNotStartWith("on");
                assertThat(name).isNotEqualTo("srcdoc");
                if (name.equals("src") || name.equals("href") || name.equals("srcset") || name.equals("poster")) {
                    assertThat(value).as(name + " of <" + e.tagName() + ">")
                            .satisfiesAnyOf(v -> assertThat(v).startsWith("#"),
                                    v -> assertThat(v).matches("data:image/(png|jpeg|gif|webp);base64,.*"));
                }
                if (name.equals("style")) {
                    assertThat(value).doesNotContain("url(http").doesNotContain("@import");
                }
            }
        }
        for (Element style : d.select("style")) {
            assertThat(style.data().toLowerCase(Locale.ROOT)).doesNotContain("@import").doesNotContainPattern("url\\(\\s*['\"]?(https?:|//)");
        }
        assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }
}
