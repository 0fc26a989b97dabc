package app.galley.cli;

import app.galley.model.Article;
import app.galley.model.ArticleSummary;
import app.galley.model.OriginalInfo;
import app.galley.model.TextLength;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stable JSON shapes of {@code galley list --json} and {@code galley show --json}, documented in
 * the README. Keys are only ever added, never renamed or removed.
 */
final class ArticleJson {

    private ArticleJson() {
    }

    static Map<String, Object> summary(ArticleSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("source", s.source());
        m.put("language", s.language());
        m.put("status", s.status().key());
        putLength(m, s.length());
        m.put("imported", s.created());
        m.put("updated", s.updated());
        return m;
    }

    static Map<String, Object> article(Article a, OriginalInfo original, java.util.List<app.galley.model.AttachmentInfo> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("subtitle", a.subtitle());
        m.put("byline", a.byline());
        m.put("source", a.source());
        m.put("originalTitle", a.originalTitle());
        m.put("otherSources", a.otherSources());
        m.put("sourceUrl", a.sourceUrl());
        m.put("language", a.language());
        m.put("published", a.published());
        m.put("status", a.status().key());
        putLength(m, a.length());
        m.put("imported", a.created());
        m.put("updated", a.updated());
        m.put("version", a.version());
        m.put("contentHash", a.contentHash());
        if (original != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("location", original.location());
            o.put("mediaType", original.mediaType());
            o.put("charset", original.charset());
            o.put("size", original.size());
            m.put("original", o);
        } else {
            m.put("original", null);
        }
        m.put("attachments", files.stream().map(f -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", f.name());
            o.put("mediaType", f.mediaType());
            o.put("size", f.size());
            o.put("caption", f.caption());
            o.put("reference", f.reference());
            return o;
        }).toList());
        m.put("body", a.body());
        return m;
    }

    private static void putLength(Map<String, Object> m, TextLength length) {
        m.put("length", length.value());
        m.put("lengthUnit", length.unit().key());
    }
}
