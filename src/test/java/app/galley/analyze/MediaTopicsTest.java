package app.galley.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTopicsTest {

    private final MediaTopics topics = MediaTopics.get();

    @Test
    void theActiveTopicsWithTheirHierarchy() {
        assertThat(topics.size()).isEqualTo(1084);
        assertThat(topics.roots()).hasSize(17).extracting(t -> t.name("en")).contains("science and technology",
                "economy, business and finance", "sport");
        assertThat(topics.lineage("medtop:20000756")).extracting(MediaTopics.Topic::qcode)
                .containsExactly("medtop:20000756", "medtop:13000000");
    }

    @Test
    void retiredTopicsAreNotOffered() {
        // music theatre, retired on 2021-09-30 (its children moved up to theatre)
        assertThat(topics.topic("medtop:20000030")).isEmpty();
        assertThat(topics.find("music theatre", 5)).noneMatch(t -> t.qcode().equals("medtop:20000030"));
    }

    @Test
    void theTopTwoLevelsHaveChineseNamesInBothScripts() {
        for (MediaTopics.Topic root : topics.roots()) {
            List<MediaTopics.Topic> level = new java.util.ArrayList<>(topics.children(root.qcode()));
            level.add(root);
            for (MediaTopics.Topic t : level) {
                assertThat(t.names()).as(t.qcode()).containsKeys("en", "zh-Hant", "zh-Hans");
            }
        }
        assertThat(topics.topic("medtop:13000000").orElseThrow().name("zh-Hant")).isEqualTo("科學與科技");
        assertThat(topics.topic("medtop:13000000").orElseThrow().name("zh-Hans")).isEqualTo("科学与科技");
    }

    @Test
    void findingWorksAcrossLanguagesScriptsAndSynonyms() {
        assertThat(topics.find("科技", 5)).extracting(MediaTopics.Topic::qcode).contains("medtop:13000000");
        assertThat(topics.find("tech", 5)).extracting(MediaTopics.Topic::qcode).contains("medtop:20000756");
        assertThat(topics.find("晶片", 5)).extracting(MediaTopics.Topic::qcode).contains("medtop:20000756");
        assertThat(topics.find("芯片", 5)).extracting(MediaTopics.Topic::qcode).contains("medtop:20000756");
        assertThat(topics.find("science and technology", 3).get(0).qcode()).isEqualTo("medtop:13000000");
    }
}
