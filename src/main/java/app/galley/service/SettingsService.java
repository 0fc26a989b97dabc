package app.galley.service;

import app.galley.store.LibrarySettings;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is kept in the library rather than on one desktop, so that everyone using the library shares
 * it: saved searches (smart collections that run their query again each time) and the newsroom that
 * publishes its fact-checks.
 */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);
    static final String SAVED_SEARCHES = "saved.searches";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A named query. */
    public record SavedSearch(String name, String query) {
    }

    static final String NEWSROOM_NAME = "newsroom.name";
    static final String NEWSROOM_URL = "newsroom.url";
    static final String FACT_CHECK_ADDRESS = "newsroom.factcheck.address";

    /**
     * The newsroom that publishes the library's fact-checks, as ClaimReview names it: its name, its site,
     * and where a fact-check of an article is published until the article has its own published address
     * ({@code https://news.example.com/fact-check/{id}}; {@code {id}} is the article's number). Blank
     * values are not set.
     */
    public record Newsroom(String name, String url, String factCheckAddress) {

        public Newsroom {
            name = blankToNull(name);
            url = blankToNull(url);
            factCheckAddress = blankToNull(factCheckAddress);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /** The site or fact-check address that is not an http(s) address, or null when both are (or are unset). */
        public String invalidAddress() {
            for (String address : new String[] {url, factCheckAddress}) {
                if (address != null && !address.matches("(?i)https?://\\S+")) {
                    return address;
                }
            }
            return null;
        }
    }

    /** The newsroom as Preferences › Newsroom (or {@code galley settings}) set it. */
    public Newsroom newsroom() {
        return new Newsroom(settings.get(NEWSROOM_NAME).orElse(null), settings.get(NEWSROOM_URL).orElse(null),
                settings.get(FACT_CHECK_ADDRESS).orElse(null));
    }

    /**
     * Keeps the newsroom's details for everyone using the library.
     *
     * @throws IllegalArgumentException when the site or the fact-check address is not an http(s) address
     */
    public void setNewsroom(Newsroom n) {
        if (n.invalidAddress() != null) {
            throw new IllegalArgumentException("not a web address (http:// or https://): " + n.invalidAddress());
        }
        settings.put(NEWSROOM_NAME, n.name() == null ? "" : n.name());
        settings.put(NEWSROOM_URL, n.url() == null ? "" : n.url());
        settings.put(FACT_CHECK_ADDRESS, n.factCheckAddress() == null ? "" : n.factCheckAddress());
    }

    static final String SIGN_OFF = "workflow.signOff";

    /**
     * The statuses (Ready, Published) an article enters only with a second person's sign-off (issue
     * 23, four eyes); none by default.
     */
    public java.util.Set<app.galley.model.ArticleStatus> signOffRequired() {
        java.util.Set<app.galley.model.ArticleStatus> out = java.util.EnumSet.noneOf(app.galley.model.ArticleStatus.class);
        for (String s : settings.get(SIGN_OFF).orElse("").split(",")) {
            if (!s.isBlank()) {
                out.add(app.galley.model.ArticleStatus.fromKey(s));
            }
        }
        return out;
    }

    /**
     * Keeps which statuses need a second person's sign-off, for everyone using the library.
     *
     * @throws IllegalArgumentException for a status that is not gated (only Ready and Published are)
     */
    public void setSignOffRequired(java.util.Set<app.galley.model.ArticleStatus> statuses) {
        for (var s : statuses) {
            if (!FactCheckGate.GATED.contains(s)) {
                throw new IllegalArgumentException("only ready and published can need a sign-off, not " + s.key());
            }
        }
        settings.put(SIGN_OFF, String.join(",", statuses.stream().sorted().map(app.galley.model.ArticleStatus::key).toList()));
    }

    private final LibrarySettings settings;

    SettingsService(LibrarySettings settings) {
        this.settings = settings;
    }

    /** The saved searches in their order; an unreadable list is logged and read as none. */
    public List<SavedSearch> savedSearches() {
        return settings.get(SAVED_SEARCHES).map(json -> {
            try {
                return JSON.readValue(json, new TypeReference<List<SavedSearch>>() { });
            } catch (IOException e) {
                LOG.warn("The saved searches cannot be read; starting without them", e);
                return List.<SavedSearch>of();
            }
        }).orElse(List.of());
    }

    /** Saves a search under a name, replacing one of the same name in its place. */
    public List<SavedSearch> saveSearch(String name, String query) {
        List<SavedSearch> all = new ArrayList<>(savedSearches());
        SavedSearch s = new SavedSearch(name.strip(), query);
        int at = indexOf(all, s.name());
        if (at >= 0) {
            all.set(at, s);
        } else {
            all.add(s);
        }
        return store(all);
    }

    /** Forgets a saved search (the articles it found stay). */
    public List<SavedSearch> removeSearch(String name) {
        List<SavedSearch> all = new ArrayList<>(savedSearches());
        int at = indexOf(all, name);
        if (at >= 0) {
            all.remove(at);
        }
        return store(all);
    }

    private static int indexOf(List<SavedSearch> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private List<SavedSearch> store(List<SavedSearch> all) {
        try {
            settings.put(SAVED_SEARCHES, JSON.writeValueAsString(all));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(all);
    }
}
