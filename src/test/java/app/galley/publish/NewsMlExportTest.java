package app.galley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.galley.TestFiles;
import app.galley.store.Library;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** NewsML-G2 of the prepared sample, validated against IPTC's 2.35 XSD from the shared folder. */
class NewsMlExportTest {

    private static final Path XSD = Path.of("..", "shared", "standards", "newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd");
    private static Schema schema;

    @TempDir
    Path tmp;
    private Library library;
    private Exportable sample;

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        schema = f.newSchema(XSD.toFile());
    }

    @BeforeEach
    void open() {
        library = Library.openEmbedded(tmp.resolve("lib"));
        sample = Exportable.load(library, ExportFixture.sample(library));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void theSampleIsAValidNewsItemWithItsSubjectsAndInlineXhtml() throws Exception {
        String xml = NewsMlExport.write(sample);
        validate(xml);
        var doc = Jsoup.parse(xml, "", Parser.xmlParser());
        var item = doc.selectFirst("newsItem");
        assertThat(item.attr("xmlns")).isEqualTo(NewsMlExport.NAR);
        assertThat(item.attr("guid")).isEqualTo(sample.uri());
        assertThat(item.attr("xml:lang")).isEqualTo("zh-Hant");
        assertThat(doc.selectFirst("contentMeta > headline").text()).isEqualTo(TestFiles.SAMPLE_TITLE);
        assertThat(doc.selectFirst("pubStatus").attr("qcode")).isEqualTo("stat:withheld");
        assertThat(doc.select("contentMeta > subject[qcode=medtop:13000000] > name").first().text())
                .isEqualTo("science and technology");
        assertThat(doc.select("contentMeta > subject[type=cpnat:person] > name").text()).isEqualTo("張旭");
        assertThat(doc.select("contentMeta > subject[type=cpnat:geoArea] > name").text()).isEqualTo("上海");
        assertThat(doc.selectFirst("infoSource > name").text()).isEqualTo("第一財經");
        var html = doc.selectFirst("inlineXML > html");
        assertThat(html.attr("xmlns")).isEqualTo(NewsMlExport.XHTML);
        assertThat(html.select("h2").eachText()).containsExactly("尋求體制突破", "建大科學裝置", "產學研一體化");
        assertThat(html.select("h1").text()).isEqualTo(TestFiles.SAMPLE_TITLE);
    }

    @Test
    void theSchemaIsReallyApplied() {
        // IPTC's own failing case fails, so a pass above means something
        assertThatThrownBy(() -> schema.newValidator().validate(new StreamSource(Path.of("..", "shared", "standards",
                "newsml-g2", "test_suite", "2.34", "should_fail", "CR00218_too_many_nested_related.xml").toFile())))
                .isInstanceOf(SAXException.class);
        String broken = NewsMlExport.write(sample).replace("<itemMeta>", "<itemMeta><nonsense/>");
        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class);
    }
}
