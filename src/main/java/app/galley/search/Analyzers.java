package app.galley.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text is indexed and queried. Every text is first width-folded (full- and half-width forms to
 * one) and script-folded (Traditional to Simplified), so either script and either width find the
 * other. It is then indexed twice: as words (Lucene smartcn's segmentation, English stemmed) and as
 * CJK bigrams (with single characters), so both a word and any two characters of a longer word hit.
 */
final class Analyzers {

    /** Field suffix of the bigram twin of a text field. */
    static final String BIGRAMS = "_bi";

    private Analyzers() {
    }

    private static Reader fold(Reader reader) {
        return new ScriptFoldingCharFilter(new CJKWidthCharFilter(reader));
    }

    /** An analyzer reading folded text (width, then script) into the given tokenizer and filters. */
    private static Analyzer folded(java.util.function.Supplier<Tokenizer> tokenizer,
                                   java.util.function.UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return fold(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return fold(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = tokenizer.get();
                return new TokenStreamComponents(t, filters.apply(t));
            }
        };
    }

    /** Words: smartcn segmentation, lower case, English possessives and stems, stop words out. */
    static Analyzer words() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return folded(HMMChineseTokenizer::new, t -> new PorterStemFilter(
                new StopFilter(new EnglishPossessiveFilter(new LowerCaseFilter(t)), stop)));
    }

    /**
     * Bigrams: standard tokens, Han runs as overlapping pairs, English stemmed. The index keeps the
     * single characters too (a one-character query finds them); queries leave them out, so a
     * query's characters must stand next to each other.
     */
    static Analyzer bigrams(boolean withSingleCharacters) {
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        return folded(StandardTokenizer::new, t -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(
                new CJKBigramFilter(new LowerCaseFilter(t), scripts, withSingleCharacters)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    }

    /** Keywords (tags, speakers, sources as whole values): folded and lower-cased, not split. */
    static Analyzer keyword() {
        return folded(org.apache.lucene.analysis.core.KeywordTokenizer::new, LowerCaseFilter::new);
    }

    /** The analyzer of every field of the index. */
    static Analyzer perField() {
        Analyzer words = words();
        Analyzer bigrams = bigrams(true);
        Analyzer keyword = keyword();
        return new PerFieldAnalyzerWrapper(words, Map.of(
                Fields.TITLE + BIGRAMS, bigrams, Fields.BODY + BIGRAMS, bigrams,
                Fields.TAG, keyword, Fields.SPEAKER, keyword, Fields.SOURCE_KEY, keyword));
    }

    private static final Analyzer KEYWORD = keyword();

    /** A whole value (tag, speaker, source) folded as the keyword fields are indexed. */
    static String foldKeyword(String value) {
        try (TokenStream ts = KEYWORD.tokenStream(Fields.TAG, value)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String folded = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return folded;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
