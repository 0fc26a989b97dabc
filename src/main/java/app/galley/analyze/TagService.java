package app.galley.analyze;

import app.galley.text.Folding;
import app.galley.model.Tag;
import app.galley.model.TagKind;
import app.galley.store.TagRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tagging articles: the newsroom's own tags and IPTC Media Topics (a topic becomes a tag, with its
 * broader topics, the first time it is used), completion across languages and synonyms, bulk
 * tagging, renames and merges. Plain Java, used alike by the window and the command line.
 */
public final class TagService {

    private final TagRepository tags;

    /** Tagging through this service is recorded in the audit trail when there is one (issue 23). */
    private final app.galley.store.AuditTrail.Recorder audit;

    public TagService(TagRepository tags) {
        this(tags, null);
    }

    public TagService(TagRepository tags, app.galley.store.AuditTrail.Recorder audit) {
        this.tags = tags;
        this.audit = audit;
    }

    /** The top of the IPTC Media Topics tree. */
    public List<MediaTopics.Topic> topicRoots() {
        return MediaTopics.get().roots();
    }

    /** The narrower topics of a Media Topic. */
    public List<MediaTopics.Topic> topicChildren(String qcode) {
        return MediaTopics.get().children(qcode);
    }

    /**
     * The library's tag called {@code name}: a Media Topic's qcode ({@code medtop:20000763}), or a
     * tag's name in any of its languages, ignoring case.
     */
    public java.util.Optional<Tag> find(String name) {
        if (name.startsWith("medtop:")) {
            return tags.byQcode(name);
        }
        return tags.all().stream().filter(x -> x.name().equalsIgnoreCase(name)
                || x.names().values().stream().anyMatch(name::equalsIgnoreCase)).findFirst();
    }

    /** The tag of a Media Topic, created (with its broader topics) if it is not there yet. */
    public Tag subject(String qcode) {
        var existing = tags.byQcode(qcode);
        if (existing.isPresent()) {
            return existing.get();
        }
        MediaTopics.Topic t = MediaTopics.get().topic(qcode)
                .orElseThrow(() -> new IllegalArgumentException("no active Media Topic " + qcode));
        Long parent = t.parent() == null ? null : subject(t.parent()).id();
        return tags.create(TagKind.SUBJECT, t.name("en"), parent, qcode, t.names(), t.synonyms());
    }

    /**
     * The library's tags for the tags an article was sent with, created where missing: a Media Topic
     * by its code (a code the taxonomy does not have, or has retired, is left out), anything else by
     * its kind and name.
     */
    public List<Tag> resolve(List<app.galley.model.DraftTag> sent) {
        List<Tag> out = new java.util.ArrayList<>();
        for (app.galley.model.DraftTag t : sent) {
            if (t.qcode() != null && t.kind() == TagKind.SUBJECT) {
                if (MediaTopics.get().topic(t.qcode()).isPresent()) {
                    out.add(subject(t.qcode()));
                }
            } else if (!t.name().isBlank()) {
                out.add(tag(t.kind(), t.name(), null));
            }
        }
        return out;
    }

    /** The newsroom's tag of this kind and name, created if it is not there yet. */
    public Tag tag(TagKind kind, String name, Long parentId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        return tags.byName(kind, name).orElseGet(() ->
                tags.create(kind, name.strip(), parentId, null, Map.of(), List.of()));
    }

    /** Something completion offers: a tag already used, or a Media Topic not used yet. */
    public record Candidate(Tag tag, MediaTopics.Topic topic, String label) {
    }

    /**
     * Tags and topics whose names, in any language, or synonyms match what was typed ("科技" and "tech"
     * both offer science and technology), the library's own tags first.
     */
    public List<Candidate> complete(String typed, String language, int limit) {
        String q = Folding.NAME.fold(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (Tag t : tags.all()) {
            List<String> words = new ArrayList<>(t.names().values());
            words.add(t.name());
            words.addAll(t.synonyms());
            if (words.stream().map(Folding.NAME::fold).anyMatch(w -> w.startsWith(q) || w.contains(q))) {
                out.put(t.qcode() != null ? t.qcode() : "#" + t.id(), new Candidate(t, null, t.name(language)));
            }
        }
        for (MediaTopics.Topic topic : MediaTopics.get().find(typed, limit)) {
            out.putIfAbsent(topic.qcode(), new Candidate(null, topic, topic.name(language)));
        }
        return out.values().stream().limit(limit).toList();
    }

    /** The tag a candidate stands for (a topic's tag is created now). */
    public Tag resolve(Candidate c) {
        return c.tag() != null ? c.tag() : subject(c.topic().qcode());
    }

    /** Tags articles; returns those that did not have the tag (an undo takes it off them). */
    public Set<Long> add(Collection<Long> articleIds, Tag tag) {
        return set(articleIds, tag.id(), true);
    }

    /** Untags articles; returns those that had the tag (an undo puts it back on them). */
    public Set<Long> remove(Collection<Long> articleIds, Tag tag) {
        return set(articleIds, tag.id(), false);
    }

    /**
     * Puts the tag on the articles ({@code on}) or takes it off; returns those that changed, on which
     * the change is recorded.
     */
    @SuppressWarnings("unchecked")
    public Set<Long> set(Collection<Long> articleIds, long tagId, boolean on) {
        java.util.function.Supplier<Set<Long>> write = () -> on ? tags.add(articleIds, tagId) : tags.remove(articleIds, tagId);
        if (audit == null) {
            return write.get();
        }
        String name = tags.find(tagId).map(t -> t.qcode() != null ? t.name() + " (" + t.qcode() + ")" : t.name())
                .orElse(String.valueOf(tagId));
        return audit.record(on ? app.galley.model.AuditAction.TAG : app.galley.model.AuditAction.UNTAG,
                changed -> ((Set<Long>) changed).stream()
                        .map(id -> new app.galley.store.AuditTrail.Entry(id, Map.of("tag", name))).toList(), write);
    }

    public void rename(Tag tag, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tag needs a name");
        }
        tags.rename(tag.id(), name);
    }

    /** Merges {@code from} into {@code into}: its articles follow, its names become synonyms. */
    public void merge(Tag from, Tag into) {
        tags.merge(from.id(), into.id());
    }

    /** Every tag of the library. */
    public List<Tag> libraryTags() {
        return tags.all();
    }

    /** How many articles carry each tag, by tag id. */
    public Map<Long, Integer> counts() {
        return tags.counts();
    }

    public List<Tag> tagsOf(long articleId) {
        return tags.ofArticle(articleId);
    }
}
