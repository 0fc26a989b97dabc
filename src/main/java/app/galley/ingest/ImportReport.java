package app.galley.ingest;

import app.galley.model.ImportOutcome;
import java.util.List;

/** Everything that happened in one import batch. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<ImportOutcome.Imported> imported() {
        return outcomes.stream().filter(ImportOutcome.Imported.class::isInstance)
                .map(ImportOutcome.Imported.class::cast).toList();
    }

    /** Stored, but flagged as looking like reposts of earlier articles. */
    public List<ImportOutcome.Repost> reposts() {
        return outcomes.stream().filter(ImportOutcome.Repost.class::isInstance)
                .map(ImportOutcome.Repost.class::cast).toList();
    }

    public List<ImportOutcome.Duplicate> duplicates() {
        return outcomes.stream().filter(ImportOutcome.Duplicate.class::isInstance)
                .map(ImportOutcome.Duplicate.class::cast).toList();
    }

    public List<ImportOutcome.Queued> queued() {
        return outcomes.stream().filter(ImportOutcome.Queued.class::isInstance)
                .map(ImportOutcome.Queued.class::cast).toList();
    }

    public List<ImportOutcome.Failed> failures() {
        return outcomes.stream().filter(ImportOutcome.Failed.class::isInstance)
                .map(ImportOutcome.Failed.class::cast).toList();
    }
}
