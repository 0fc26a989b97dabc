package app.galley.search;

import app.galley.text.Folding;
import app.galley.analyze.Gazetteer;
import app.galley.analyze.PlacesAndOrganisations;
import app.galley.analyze.MediaTopics;
import app.galley.analyze.Person;
import app.galley.analyze.QuoteFinder;
import app.galley.model.Article;
import app.galley.model.TagKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Tag suggestions for an article: the people it names (with their roles), the places of the bundled
 * gazetteer it mentions, the other places and the organisations a Chinese text names (HanLP's
 * recogniser, see {@link PlacesAndOrganisations}), its keywords by TF-IDF over the library (smartcn words on text folded to
 * Simplified), and Media Topics from the articles most like it that editors have tagged (nearest
 * neighbours on TF-IDF vectors, so suggestions improve as editors tag), or, while too few are
 * tagged, from the topic names and synonyms the text uses.
 */
final class TagSuggester {


    private static final int KEYWORDS = 10;
    private static final Set<String> STOP = stopWords();

    private static Set<String> stopWords() {
        Set<String> out = new java.util.HashSet<>();
        try (var in = TagSuggester.class.getResourceAsStream("/app/galley/taxonomy/keyword-stopwords.txt");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    out.addAll(List.of(line.strip().split("\\s+")));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the bundled keyword stop words cannot be read", e);
        }
        return Set.copyOf(out);
    }
    private static final int NEIGHBOURS = 10;

    private final SearchIndex index;
    private final Analyzer words = Analyzers.words();
    private final MediaTopics topics = MediaTopics.get();

    TagSuggester(SearchIndex index) {
        this.index = index;
    }

    List<TagSuggestion> suggest(Article a, String language, Set<String> alreadyTagged) throws IOException {
        List<TagSuggestion> out = new ArrayList<>();
        String text = a.title() + "\n\n" + a.body();
        for (Person p : QuoteFinder.find(a.body()).people()) {
            if (p.addressedOnly()) {
                continue; // 王老先生: no one to tag an article with
            }
            out.add(new TagSuggestion(TagKind.PERSON, p.name(), null,
                    p.roles().isEmpty() ? "named " + p.mentions().size() + "×" : String.join("、", p.roles()), p.mentions().size()));
        }
        Set<String> gazetteered = new java.util.HashSet<>();
        for (Map.Entry<Gazetteer.Place, Integer> e : Gazetteer.in(text).entrySet()) {
            Gazetteer.Place p = e.getKey();
            out.add(new TagSuggestion(TagKind.PLACE, p.name(language), null, "named " + e.getValue() + "×", e.getValue()));
            java.util.stream.Stream.concat(java.util.stream.Stream.of(p.traditional(), p.simplified()), p.aliases().stream())
                    .filter(java.util.Objects::nonNull).forEach(n -> gazetteered.add(Folding.NAME.fold(n)));
        }
        // the places beyond the gazetteer and the organisations, as the recogniser finds them in Chinese text
        for (PlacesAndOrganisations.Named n : PlacesAndOrganisations.in(text)) {
            if (n.kind() == TagKind.PLACE && gazetteered.contains(Folding.NAME.fold(n.name()))) {
                continue; // the gazetteer's place, in the reader's language
            }
            out.add(new TagSuggestion(n.kind(), n.name(), null, "named " + n.count() + "×", n.count()));
        }
        Set<String> topicWords = topicWords();
        for (Map.Entry<String, Double> k : keywords(a, text).entrySet()) {
            // a word a topic already stands for ("科技", "research") is that topic, not a keyword
            if (!topicWords.contains(Folding.NAME.fold(k.getKey()))) {
                out.add(new TagSuggestion(TagKind.FREE, k.getKey(), null, "keyword", k.getValue()));
            }
        }
        out.addAll(topics(a, text, language));
        // one suggestion per name (a keyword that is a person's name is the person), none already on it
        Set<String> taken = new java.util.HashSet<>();
        alreadyTagged.forEach(t -> taken.add(Folding.NAME.fold(t)));
        List<TagSuggestion> unique = new ArrayList<>();
        for (TagSuggestion s : out) {
            boolean fresh = s.qcode() == null || taken.add(s.qcode());
            if (taken.add(Folding.NAME.fold(s.name())) && fresh) {
                unique.add(s);
            }
        }
        return unique;
    }

    /** The words of the text scoring highest by TF-IDF against the library, as the text writes them. */
    private Map<String, Double> keywords(Article a, String text) throws IOException {
        String source = a.source() == null ? "" : Folding.NAME.fold(a.source());
        Map<String, Integer> tf = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        try (TokenStream ts = words.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                // not a common word, and not a piece of the outlet's name ("第一財經")
                if (!keyword(t) || STOP.contains(t) || (!source.isEmpty() && source.contains(t))) {
                    continue;
                }
                tf.merge(t, 1, Integer::sum);
                written.putIfAbsent(t, text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
        Map<String, Double> scored = index.withSearcher(s -> {
            int n = Math.max(1, s.getIndexReader().numDocs());
            Map<String, Double> m = new HashMap<>();
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                int df = s.getIndexReader().docFreq(new Term(Fields.BODY, e.getKey()));
                double idf = Math.log((n + 1.0) / (df + 1.0)) + 1;
                // a longer word says more ("寒武紀" over "研究")
                double specific = 1 + 0.5 * Math.max(0, e.getKey().length() - 2);
                m.put(e.getKey(), e.getValue() * idf * specific);
            }
            return m;
        });
        Map<String, Double> top = new LinkedHashMap<>();
        scored.entrySet().stream().filter(e -> tf.get(e.getKey()) >= 2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(KEYWORDS)
                .forEach(e -> top.put(written.get(e.getKey()), e.getValue()));
        return top;
    }

    /** The names and synonyms of the top two levels of topics, folded. */
    private Set<String> topicWords() {
        Set<String> out = new java.util.HashSet<>();
        for (MediaTopics.Topic t : topics.topTwoLevels()) {
            t.names().values().forEach(n -> out.add(Folding.NAME.fold(n)));
            t.synonyms().forEach(n -> out.add(Folding.NAME.fold(n)));
        }
        return out;
    }

    /** Two or more Chinese characters, or a Latin word of three letters or more (not a number). */
    private static boolean keyword(String t) {
        if (t.length() < 2 || t.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean han = t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han || (t.length() >= 3 && t.chars().allMatch(Character::isLetter));
    }

    private List<TagSuggestion> topics(Article a, String text, String language) throws IOException {
        Map<String, Double> votes = index.withSearcher(s -> {
            Map<String, Double> v = new LinkedHashMap<>();
            MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
            mlt.setAnalyzer(words);
            mlt.setFieldNames(new String[] {Fields.BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(40);
            Query like = mlt.like(Fields.BODY, new java.io.StringReader(text));
            Query q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.HAS_TOPIC, "1")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, Long.toString(a.id()))), BooleanClause.Occur.MUST_NOT).build();
            TopDocs top = s.search(q, NEIGHBOURS);
            float best = top.scoreDocs.length == 0 ? 1 : top.scoreDocs[0].score;
            for (ScoreDoc sd : top.scoreDocs) {
                for (String qcode : s.storedFields().document(sd.doc, Set.of(Fields.TOPIC)).getValues(Fields.TOPIC)) {
                    v.merge(qcode, (double) (sd.score / best), Double::sum);
                }
            }
            return v;
        });
        List<TagSuggestion> out = new ArrayList<>();
        votes.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(3)
                .forEach(e -> topics.topic(e.getKey()).ifPresent(t -> out.add(new TagSuggestion(TagKind.SUBJECT,
                        t.name(language), t.qcode(), "like tagged articles", e.getValue()))));
        // the topics whose names and synonyms the text uses most (how a new library starts)
        Map<MediaTopics.Topic, Integer> named = new HashMap<>();
        String folded = Folding.NAME.fold(text);
        for (MediaTopics.Topic t : topics.topTwoLevels()) {
            int n = 0;
            List<String> names = new ArrayList<>(t.synonyms());
            names.add(t.name("zh-Hant"));
            for (String w : names) {
                String f = Folding.NAME.fold(w);
                for (int i = folded.indexOf(f); i >= 0 && f.length() >= 2; i = folded.indexOf(f, i + f.length())) {
                    n++;
                }
            }
            if (n >= 2) {
                named.put(t, n);
            }
        }
        named.entrySet().stream().sorted(Map.Entry.<MediaTopics.Topic, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> out.add(new TagSuggestion(TagKind.SUBJECT, e.getKey().name(language), e.getKey().qcode(),
                        "named " + e.getValue() + "×", e.getValue())));
        out.sort(Comparator.comparingDouble(TagSuggestion::score).reversed());
        return out;
    }
}
