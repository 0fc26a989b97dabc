package app.galley.service;

import app.galley.model.TextLength;
import app.galley.store.TeamLocal;
import app.galley.store.TeamSnapshots;
import app.galley.text.ParagraphMerge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges two members' versions of one article against the version both started from (issue 22):
 * different fields, tags, annotations, comments and verdicts merge without asking; two edits of the
 * body merge by paragraphs when they do not overlap. Where both changed the same thing differently
 * the first save (the server's) wins and the other version is returned as a conflict, kept for the
 * editor: nothing is lost.
 */
final class TeamMerge implements TeamLocal.Merger {

    /** Fields that are not edits: who imported what and when, and what follows from the body. */
    private static final Set<String> NOT_EDITS = Set.of("content_hash", "created", "length_value", "length_unit");

    @Override
    public TeamLocal.Merged merge(ObjectNode base, ObjectNode mine, ObjectNode theirs) {
        List<TeamLocal.Conflict> conflicts = new ArrayList<>();
        ObjectNode out = theirs.deepCopy();
        if (base == null) {
            // no common version (the same story imported by two members, or a push whose answer was
            // lost): the server's fields stand, and everything attached on either side is kept
            for (String list : TeamSnapshots.LISTS) {
                out.set(list, union(mine.get(list), theirs.get(list)));
            }
            return new TeamLocal.Merged(TeamSnapshots.canonical(out), conflicts);
        }
        out.set("article", fields("", base.get("article"), mine.get("article"), theirs.get("article"), conflicts));
        ObjectNode article = (ObjectNode) out.get("article");
        if (!article.get("body").equals(theirs.get("article").get("body"))) {
            TextLength length = TextLength.of(article.get("body").asText());
            article.put("length_value", length.value());
            article.put("length_unit", length.unit().name());
        }
        if (theirs.get("original").isNull()) {
            out.set("original", mine.get("original"));
        }
        for (String list : TeamSnapshots.LISTS) {
            out.set(list, rows(list, base.get(list), mine.get(list), theirs.get(list), conflicts));
        }
        return new TeamLocal.Merged(TeamSnapshots.canonical(out), conflicts);
    }

    /** One object's fields merged three ways; the body by paragraphs. */
    private static ObjectNode fields(String where, JsonNode b, JsonNode m, JsonNode t, List<TeamLocal.Conflict> conflicts) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Set<String> names = new LinkedHashSet<>();
        t.fieldNames().forEachRemaining(names::add);
        m.fieldNames().forEachRemaining(names::add);
        for (String f : names) {
            JsonNode bv = value(b, f);
            JsonNode mv = value(m, f);
            JsonNode tv = value(t, f);
            if (mv.equals(tv) || mv.equals(bv)) {
                out.set(f, tv);
            } else if (tv.equals(bv)) {
                out.set(f, mv);
            } else if (NOT_EDITS.contains(f)) {
                out.set(f, tv);
            } else if (f.equals("body") && where.isEmpty()) {
                var merged = ParagraphMerge.merge(bv.asText(""), mv.asText(""), tv.asText(""));
                out.put(f, merged.orElse(tv.asText()));
                if (merged.isEmpty()) {
                    conflicts.add(new TeamLocal.Conflict(f, mv.asText(), tv.asText()));
                }
            } else {
                out.set(f, tv);
                conflicts.add(new TeamLocal.Conflict(where + f, text(mv), text(tv)));
            }
        }
        return out;
    }

    private static JsonNode value(JsonNode row, String field) {
        JsonNode v = row == null ? null : row.get(field);
        return v == null ? NullNode.instance : v;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    /**
     * A list merged three ways: rows with uids row by row (a row deleted on one side and changed on the
     * other is kept changed), other rows as sets (added on either side, removed on either side).
     */
    private static ArrayNode rows(String list, JsonNode b, JsonNode m, JsonNode t, List<TeamLocal.Conflict> conflicts) {
        Map<String, JsonNode> bs = byKey(b);
        Map<String, JsonNode> ms = byKey(m);
        Map<String, JsonNode> ts = byKey(t);
        Set<String> keys = new LinkedHashSet<>(ts.keySet());
        keys.addAll(ms.keySet());
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (String k : keys) {
            JsonNode bv = bs.get(k);
            JsonNode mv = ms.get(k);
            JsonNode tv = ts.get(k);
            JsonNode kept;
            if (Objects.equals(mv, tv) || Objects.equals(mv, bv)) {
                kept = tv;
            } else if (Objects.equals(tv, bv)) {
                kept = mv;
            } else if (mv == null || tv == null || bv == null) {
                kept = mv == null ? tv : tv == null ? mv : tv;
            } else {
                kept = fields(list + ":" + k + ":", bv, mv, tv, conflicts);
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        return out;
    }

    /** Rows by uid where they have one, else by their whole text (a set). */
    private static Map<String, JsonNode> byKey(JsonNode rows) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (rows != null) {
            for (JsonNode r : rows) {
                out.put(r.hasNonNull("uid") ? r.get("uid").asText() : r.toString(), r);
            }
        }
        return out;
    }

    private static ArrayNode union(JsonNode mine, JsonNode theirs) {
        Map<String, JsonNode> all = byKey(theirs);
        byKey(mine).forEach(all::putIfAbsent);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        all.values().forEach(out::add);
        return out;
    }
}
