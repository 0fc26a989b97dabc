package app.galley.ingest;

import app.galley.model.ImportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new library with the sample articles shipped in {@code assets/samples/} (listed in its
 * {@code index.txt}), once: a library that was seeded, or emptied by the user later, is left alone.
 */
public final class SampleSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(SampleSeeder.class);
    public static final String SETTING = "samples.seeded";
    static final String ROOT = "/assets/samples/";

    private SampleSeeder() {
    }

    /** The sample file names shipped with Galley, in order. */
    public static List<String> sampleNames() {
        try (InputStream in = SampleSeeder.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            LOG.warn("Could not read the sample index", e);
            return List.of();
        }
    }

    /** Seeds the library unless it was seeded before; returns what happened to each sample. */
    public static List<ImportOutcome> seedIfNew(app.galley.store.LibrarySettings settings, ImportService importer) {
        if (settings.get(SETTING).isPresent()) {
            return List.of();
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (String name : sampleNames()) {
            try (InputStream in = SampleSeeder.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    outcomes.add(new ImportOutcome.Failed(name, "sample missing from the application"));
                    continue;
                }
                outcomes.add(importer.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
            } catch (IOException e) {
                outcomes.add(new ImportOutcome.Failed(name, "cannot read sample: " + e.getMessage()));
            }
        }
        settings.put(SETTING, "true");
        LOG.info("Seeded the new library with {} sample(s)", outcomes.size());
        return outcomes;
    }
}
