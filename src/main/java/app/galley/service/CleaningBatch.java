package app.galley.service;

import app.galley.clean.Cleaning;
import app.galley.clean.CleaningService;
import app.galley.model.Article;
import app.galley.model.ArticleEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * One proposal applied to each article of a selection, each into a new revision ({@link
 * EditService#cleanAll}): what each article was before and on which version, for the one undo of the
 * whole batch, recorded even if the batch is cancelled part way.
 */
final class CleaningBatch {

    private final ArticleService articles;
    private final CleaningService cleaning;
    private final BiFunction<Article, EditService.Proposal, Cleaning> propose;
    private final Map<Long, ArticleEdit> before = new LinkedHashMap<>();
    private final Map<Long, Integer> on = new HashMap<>();
    private final List<Article> saved = new ArrayList<>();
    private int changes;
    private int failed;

    CleaningBatch(ArticleService articles, CleaningService cleaning, BiFunction<Article, EditService.Proposal, Cleaning> propose) {
        this.articles = articles;
        this.cleaning = cleaning;
        this.propose = propose;
    }

    void run(List<Long> ids, EditService.Proposal proposal, EditService.Progress progress, BooleanSupplier cancelled) {
        for (int i = 0; i < ids.size() && !cancelled.getAsBoolean(); i++) {
            Optional<Article> found = articles.find(ids.get(i));
            if (found.isEmpty()) {
                continue;
            }
            Article a = found.get();
            progress.at(i, ids.size(), a.title());
            try {
                Cleaning c = propose.apply(a, proposal);
                if (c.changes().isEmpty()) {
                    continue;
                }
                Article s = proposal instanceof EditService.Proposal.Conversion cv
                        ? cleaning.saveConversion(a, c, x -> true, cv.profile())
                        : cleaning.save(a, c, x -> true);
                before.put(a.id(), ArticleEdit.of(a));
                on.put(a.id(), a.version());
                saved.add(s);
                changes += c.changes().size();
            } catch (RuntimeException e) {
                failed++;
            }
        }
    }

    Map<Long, ArticleEdit> before() {
        return before;
    }

    Map<Long, Integer> on() {
        return on;
    }

    List<Article> saved() {
        return saved;
    }

    int changes() {
        return changes;
    }

    int failed() {
        return failed;
    }
}
