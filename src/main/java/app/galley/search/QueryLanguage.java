package app.galley.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The search box's language: words and "phrases" (all must match unless OR is written), AND, OR,
 * NOT and -, parentheses, and fields: {@code title:} {@code tag:} {@code source:} {@code status:}
 * {@code lang:} {@code speaker:} and {@code published:2018-01..2018-12} (a year, month or day, or a
 * range of them). A word matches the title and the text, as a word (smartcn) or as adjacent
 * characters (bigrams), in either Chinese script and width.
 */
final class QueryLanguage {

    private static final String DEFAULT_FIELD = "_text";
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)\\bpublished:(\\S+?)\\.\\.(\\S+)");
    private static final Pattern VALUE_WITH_COLON = Pattern.compile(
            "(?i)\\b((?:title|tag|source|status|lang|speaker):)([^\\s\"()\\[]+:[^\\s\"()]*)");
    private static final List<String> FIELDS = List.of("title", "tag", "source", "status", "lang", "speaker", "published");

    private static final Pattern PLAIN_WORDS = Pattern.compile("[A-Za-z]+(?:\\s+[A-Za-z]+)*");

    private final Analyzer words = Analyzers.words();
    private final QueryBuilder wordQueries = new QueryBuilder(words);
    private final QueryBuilder bigramQueries = new QueryBuilder(Analyzers.bigrams(false));

    /** Parses a query; a query that cannot be read says why. */
    Query parse(String text) throws ParseException {
        String q = DATE_RANGE.matcher(text.strip()).replaceAll("published:[$1 TO $2]");
        // a colon inside a field's value ("tag:medtop:13000000") is part of the value
        Matcher m = VALUE_WITH_COLON.matcher(q);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + m.group(2).replace(":", "\\:")));
        }
        m.appendTail(b);
        q = b.toString();
        if (q.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        Parser p = new Parser();
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setSplitOnWhitespace(true);
        return p.parse(q);
    }

    /** The text fields a word is looked for in, each as words and as bigrams, the title counting most. */
    private Query text(List<String> fields, String words, boolean quoted) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String f : fields) {
            float boost = f.equals(Fields.TITLE) ? 3f : 1f;
            Query w = quoted ? wordQueries.createPhraseQuery(f, words)
                    : wordQueries.createBooleanQuery(f, words, BooleanClause.Occur.MUST);
            // plain Latin words come out of both analyzers as the same tokens: the bigram field would only repeat the words'
            Query b = PLAIN_WORDS.matcher(words).matches() ? null : bigramQueries.createPhraseQuery(f + Analyzers.BIGRAMS, words);
            if (w != null) {
                any.add(new BoostQuery(w, boost * 1.5f), BooleanClause.Occur.SHOULD);
            }
            if (b != null) {
                any.add(new BoostQuery(b, boost), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery q = any.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("only stop words") : q;
    }

    private final class Parser extends QueryParser {
        Parser() {
            super(DEFAULT_FIELD, Analyzers.perField());
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            String f = field.toLowerCase(Locale.ROOT);
            return switch (f) {
                case DEFAULT_FIELD -> text(List.of(Fields.TITLE, Fields.BODY), queryText, quoted);
                case "title" -> text(List.of(Fields.TITLE), queryText, quoted);
                case "tag" -> tag(queryText);
                case "speaker" -> new TermQuery(new Term(Fields.SPEAKER, Analyzers.foldKeyword(queryText)));
                case "source" -> {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    b.add(new TermQuery(new Term(Fields.SOURCE_KEY, Analyzers.foldKeyword(queryText))), BooleanClause.Occur.SHOULD);
                    Query w = wordQueries.createPhraseQuery(Fields.SOURCE, queryText);
                    if (w != null) {
                        b.add(w, BooleanClause.Occur.SHOULD);
                    }
                    yield b.build();
                }
                case "status" -> new TermQuery(new Term(Fields.STATUS, status(queryText)));
                case "lang" -> new PrefixQuery(new Term(Fields.LANG, queryText.toLowerCase(Locale.ROOT)));
                case "published" -> period(queryText, queryText);
                // not one of ours ("14:20", "http://…"): the words as written
                default -> FIELDS.contains(f) ? null : text(List.of(Fields.TITLE, Fields.BODY), field + ":" + queryText, quoted);
            };
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return getFieldQuery(field, queryText, true);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            if (!field.equalsIgnoreCase("published")) {
                throw new ParseException("ranges are for published: dates (published:2018-01..2018-12)");
            }
            return period(part1, part2);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return field.equals(DEFAULT_FIELD) ? text(List.of(Fields.TITLE, Fields.BODY), termStr, false)
                    : super.getPrefixQuery(field, termStr);
        }
    }

    private static String status(String s) {
        String v = s.toLowerCase(Locale.ROOT).replace('_', '-');
        return v.equals("factcheck") ? "fact-check" : v;
    }

    /** From the start of the first period to the end of the second (a year, a month or a day). */
    private static Query period(String from, String to) throws ParseException {
        long start = bound(from, true);
        long end = bound(to, false);
        return LongPoint.newRangeQuery(Fields.PUBLISHED, start, end);
    }

    private static long bound(String s, boolean start) throws ParseException {
        String v = s.strip();
        if (v.equals("*")) {
            return start ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        try {
            LocalDate day;
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                day = start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            } else if (v.matches("\\d{4}-\\d{1,2}")) {
                YearMonth m = YearMonth.parse(v.length() == 6 ? v.replace("-", "-0") : v);
                day = start ? m.atDay(1) : m.atEndOfMonth();
            } else {
                day = LocalDate.parse(v);
            }
            long ms = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return start ? ms : ms + 86_400_000L - 1;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException("not a date: " + s + " (write 2018, 2018-08 or 2018-08-31)");
        }
    }

    /**
     * A tag by any of its names, in any language, or its synonyms or code (all indexed whole and
     * folded): the name itself first, then the names it begins (tag:science finds "science and
     * technology", tag:科 finds 科技). Codes and one-letter words match whole only.
     */
    static Query tag(String text) {
        String folded = Analyzers.foldKeyword(text);
        Query exact = new TermQuery(new Term(Fields.TAG, folded));
        if (folded.codePointCount(0, folded.length()) < 2 || folded.contains(":")) {
            return exact;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(exact, 2f), BooleanClause.Occur.SHOULD)
                .add(new PrefixQuery(new Term(Fields.TAG, folded)), BooleanClause.Occur.SHOULD)
                .build();
    }
}
