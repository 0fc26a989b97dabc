package app.galley.analyze;

import app.galley.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Direct quotations in a text, told apart from quoted names, titles and scare quotes, each with its
 * speaker. A pair of quotation marks is speech when its words carry sentence punctuation or a verb
 * of saying stands next to it, and nothing before it names it ("簡稱「上海腦中心」", "so-called").
 * Speakers are the names the attribution gives, with titles stripped; a pronoun or a role ("他",
 * "she", "the mayor") is the person last named; a quotation split by its attribution keeps the
 * speaker of its first half. A speaker the words do not determine is null.
 */
public final class QuoteFinder {

    /** What a text's quotations are and who the text names. */
    public record Result(List<Quote> quotes, List<Person> people) {
    }

    private static final String PUNCTUATION = "，。！？；…,.!?;";
    private static final Pattern NAMING = Pattern.compile(
            "(?:簡稱|简称|稱為|称为|名為|名为|叫做|所謂|所谓|號稱|号称|俗稱|俗称|又稱|又称|被稱|被称|暱稱|昵称|稱作|称作|"
                    + "(?i:so-called|dubbed|called|named|titled|known as|the word|the term|the phrase|the slogan))\\s*$");

    private QuoteFinder() {
    }

    public static Result find(String text) {
        List<QuoteSpans.Span> spans = QuoteSpans.of(text);
        List<int[]> punctuated = new ArrayList<>();
        for (QuoteSpans.Span s : spans) {
            if (punctuated(text, s)) {
                punctuated.add(new int[] {s.innerStart(), s.close()});
            }
        }
        People people = new People(text, punctuated);
        Attribution attribution = new Attribution(text, people);
        int n = spans.size();
        Attribution.Subject[] after = new Attribution.Subject[n];
        Attribution.Subject[] before = new Attribution.Subject[n];
        boolean[] speech = new boolean[n];
        for (int i = 0; i < n; i++) {
            QuoteSpans.Span s = spans.get(i);
            if (text.substring(s.innerStart(), s.close()).isBlank() || named(text, s.open())) {
                continue;
            }
            after[i] = s.closed() ? attribution.after(s.after(), paragraphEnd(text, s.after())) : null;
            before[i] = attribution.before(clauseStart(text, spans, i), s.open(),
                    closesSentence(text, s) || partialGoingOn(text, s));
            // unpunctuated words are speech only with an attribution next to them: a verb of saying after,
            // or one before followed by a colon or comma ("表示「關注」" is not a quotation, "說：「好」" is)
            // (a Chinese verb of saying right before the mark brings in a quotation even when who said it
            // is not named: "民進黨立委則回應，「資訊要準確才能發布」")
            boolean marked = s.open() > 0 && "：:，,".indexOf(text.charAt(s.open() - 1)) >= 0;
            boolean introduced = marked && (before[i] != null
                    || s.open() > 1 && Lexicon.SPEECH_VERBS.endingAt(text, s.open() - 1) != null);
            // a partial quotation: a few words a named person is said to have used ("批評報告「欠缺新意」")
            boolean partial = before[i] != null && before[i].kind() != Attribution.Subject.Kind.UNKNOWN
                    && new Pronouns(people).resolve(before[i]) != null && substantial(text.substring(s.innerStart(), s.close()));
            boolean attributedAfter = after[i] != null
                    && (after[i].kind() != Attribution.Subject.Kind.UNKNOWN || punctuated(text, s));
            speech[i] = ((punctuated(text, s) && !(slogan(text, s) && !standsAlone(text, s))) || attributedAfter || introduced || partial)
                    && !term(text, s);
        }
        people.findMentions();
        Pronouns pronouns = new Pronouns(people);
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        QuoteSpans.Span previousSpan = null;
        for (int i = 0; i < n; i++) {
            if (!speech[i]) {
                continue;
            }
            QuoteSpans.Span s = spans.get(i);
            String speaker = pronouns.resolve(after[i]);
            Quote.How how = speaker == null ? Quote.How.NONE : after[i].kind() == Attribution.Subject.Kind.NAME
                    ? Quote.How.AFTER : Quote.How.REFERENCE;
            if (speaker == null) {
                speaker = pronouns.resolve(before[i]);
                how = speaker == null ? Quote.How.NONE : before[i].kind() == Attribution.Subject.Kind.NAME
                        ? Quote.How.BEFORE : Quote.How.REFERENCE;
            }
            if (speaker == null && punctuated(text, s)) {
                Attribution.Subject last = attribution.previousSentence(s.open());
                speaker = pronouns.resolve(last);
                how = speaker == null ? Quote.How.NONE : Quote.How.CONTINUED;
            }
            if (speaker == null && previous != null && previous.speaker() != null
                    && paragraphEnd(text, previousSpan.after()) == paragraphEnd(text, s.open())
                    && attribution.onlyAttribution(previousSpan.after(), s.open())) {
                speaker = previous.speaker();
                how = Quote.How.CONTINUED;
            }
            Quote q = new Quote(s.innerStart(), s.close(), text.substring(s.innerStart(), s.close()), speaker, how);
            quotes.add(q);
            previous = q;
            previousSpan = s;
        }
        return new Result(List.copyOf(quotes), people.list());
    }

    private static boolean punctuated(String text, QuoteSpans.Span s) {
        for (int i = s.innerStart(); i < s.close(); i++) {
            if (PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                // a full stop in an abbreviation or a number ("U.S.", "3.5") is not sentence punctuation
                char c = text.charAt(i);
                boolean inWord = (c == '.' || c == ',') && i + 1 < s.close() && !Character.isWhitespace(text.charAt(i + 1));
                if (!inWord || i + 1 == s.close()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A few words whose only punctuation is a comma or full stop at their end (put inside the marks in
     * American style) are a sign, a slogan or a title in a sentence ("a sign that read "Save Lincoln,"
     * shouted"), unless an attribution goes with them.
     */
    private static boolean slogan(String text, QuoteSpans.Span s) {
        String inner = text.substring(s.innerStart(), s.close()).strip();
        String body = inner.substring(0, inner.length() - 1);
        boolean onlyAtEnd = ",.".indexOf(inner.charAt(inner.length() - 1)) >= 0
                && body.chars().noneMatch(c -> PUNCTUATION.indexOf(c) >= 0);
        return onlyAtEnd && body.split("\\s+").length <= 3 && body.codePoints().noneMatch(c -> Scripts.isHan(c));
    }

    /**
     * A quotation that is a sentence of its own, after a sentence's end and ending one: the second part
     * of a split quotation ({@code "…," he said. "That takes time."}), not a sign in a sentence.
     */
    private static boolean standsAlone(String text, QuoteSpans.Span s) {
        int i = s.open() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean opens = i < 0 || text.charAt(i) == '\n' || ".!?".indexOf(text.charAt(i)) >= 0
                || "\"”".indexOf(text.charAt(i)) >= 0 && i > 0 && ".!?".indexOf(text.charAt(i - 1)) >= 0;
        return opens && closesSentence(text, s);
    }

    /** Four Chinese characters or two words at least: more than a single term. */
    /**
     * A name or term in quotation marks that the sentence goes on from ({@code 「長江大保護」計畫}): a few
     * words without a mark of their own, a Han character right after the closing mark.
     */
    private static boolean term(String text, QuoteSpans.Span s) {
        String inner = text.substring(s.innerStart(), s.close());
        return s.closed() && s.after() < text.length() && Scripts.isHan(text.charAt(s.after()))
                && inner.codePointCount(0, inner.length()) <= 8 && inner.chars().noneMatch(c -> "，,。！？!?；;：:".indexOf(c) >= 0);
    }

    /**
     * A few words quoted in the middle of a sentence that goes on after a comma ({@code 川普則表示，日本車企
     * 的投資「非常令人鼓舞」，但……}): the sentence's speaker said them, as with one that closes it.
     */
    private static boolean partialGoingOn(String text, QuoteSpans.Span s) {
        String inner = text.substring(s.innerStart(), s.close());
        return s.closed() && s.after() < text.length() && "，,".indexOf(text.charAt(s.after())) >= 0
                && inner.chars().noneMatch(c -> "，,。！？!?；;：:".indexOf(c) >= 0) && substantial(inner);
    }

    /** True if a quotation ends its sentence: a full stop inside it, or one right after it. */
    private static boolean closesSentence(String text, QuoteSpans.Span s) {
        String inner = text.substring(s.innerStart(), s.close()).strip();
        if (!inner.isEmpty() && "。！？!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            return true;
        }
        int i = s.after();
        while (i < text.length() && "」』”’\"' ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i >= text.length() || "。！？!?；;\n".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean substantial(String words) {
        String w = words.strip();
        long han = w.codePoints().filter(c -> Scripts.isHan(c)).count();
        return han >= 4 || (han == 0 && w.split("\\s+").length >= 2);
    }

    private static boolean named(String text, int open) {
        return NAMING.matcher(text.substring(Math.max(0, open - 14), open)).find();
    }

    private static int paragraphEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /**
     * Where the clause before quotation {@code i} begins: after the last sentence end, the end of the
     * last punctuated quotation, or the paragraph start, whichever is latest.
     */
    private static int clauseStart(String text, List<QuoteSpans.Span> spans, int i) {
        int open = spans.get(i).open();
        int start = text.lastIndexOf('\n', open - 1) + 1;
        for (int k = i - 1; k >= 0; k--) {
            QuoteSpans.Span p = spans.get(k);
            if (p.after() <= open && punctuated(text, p)) {
                start = Math.max(start, p.after());
                break;
            }
        }
        for (int j = open - 1; j >= start; j--) {
            char c = text.charAt(j);
            if ("。！？!?".indexOf(c) >= 0 || (c == '.' && j + 1 < open && text.charAt(j + 1) == ' ' && !abbreviation(text, j))) {
                return j + 1;
            }
        }
        return start;
    }

    /** A full stop ending a title or an initial ("Dr.", "J."), not a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot + 1);
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) || Lexicon.EN_TITLES.contains(word);
    }
}
