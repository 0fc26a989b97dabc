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

    /** Words: smartcn segmentation, lower case, English possessives and stems, stop words out. */
    static Analyzer words() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return fold(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new HMMChineseTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new EnglishPossessiveFilter(s);
                s = new StopFilter(s, stop);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(t, s);
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** Bigrams: standard tokens, Han runs as overlapping pairs and single characters, English stemmed. */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return fold(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                        | CJKBigramFilter.HANGUL, true);
                s = new EnglishPossessiveFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(t, s);
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** Keywords (tags, speakers, sources as whole values): folded and lower-cased, not split. */
    static Analyzer keyword() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return fold(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new org.apache.lucene.analysis.core.KeywordTokenizer();
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }

            @Override
            protected Reader initReaderForNormalization(String field, Reader reader) {
                return fold(reader);
            }
        };
    }

    /** The analyzer of every field of the index. */
    static Analyzer perField() {
        Analyzer words = words();
        Analyzer bigrams = bigrams();
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
