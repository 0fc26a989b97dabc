package app.galley.analyze;

import app.galley.text.Scripts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a quotation is attributed to, read from the words around it: a subject and a verb of saying
 * before it ("張旭接受採訪時表示：", "Moreno said:"), or after it ("張旭指出。", "said Reyes", "she said").
 * The subject is returned as written (a name, a pronoun, a role); {@link QuoteFinder} resolves it.
 */
final class Attribution {

    /** What stands as the subject of an attribution. */
    record Subject(Kind kind, String value, int at) {
        /** UNKNOWN: an attribution is there ("one renter said") but names nobody the text identifies. */
        enum Kind { NAME, PRONOUN, ROLE, UNKNOWN }
    }

    private static final String ZH_VERBS = Lexicon.SPEECH_VERBS.words().stream().map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final Pattern ZH_AFTER = Pattern.compile("^[，,]?\\s*([^，,。！？!?；;「」『』“”：:\\n]{1,30}?)(?:"
            + ZH_VERBS + ")(?:稱|称|道)?(?:記者|记者)?(?=$|[。，,：:！？!?；;\\s「“])");
    /** Words that bring in someone else than the quotation before: 另一位, 而, 則認為. */
    private static final Pattern NEW_SPEAKER = Pattern.compile("^(?:另一|另外|而|但)|[則则]$");
    private static final Pattern ZH_BEFORE = Pattern.compile("^(.*?)(?:" + ZH_VERBS
            + ")(?:稱|称|道)?([^，,。：:；;！？!?]{0,15})[：:，,]?\\s*$", Pattern.DOTALL);
    /**
     * A sentence that opens with its speaker and a verb of saying and goes on in indirect speech:
     * {@code 王丁表示，電魚等違法行為隱蔽性強，「必須……結合起來」。} The quotation in it is the speaker's. A short
     * phrase before the speaker may open it ({@code 對此，副署長王藝峰回應，……}).
     */
    private static final String ZH_CLAUSE_CHAR = "[^，,。！？!?；;「」『』“”：:\\n]";
    /** A sentence's opening: a short phrase and its comma may come before the speaker ({@code 對此，}). */
    private static final String ZH_OPENING = "^\\s*(?:" + ZH_CLAUSE_CHAR + "{1,8}[，,])?";
    /** Whom a verb of saying can be addressed to before its comma: 提醒家長，…; 呼籲民眾，… */
    private static final String ZH_ADDRESSEES = "(?:記者|记者|家長|家长|民眾|民众|市民|大家|外界|公眾|公众|社會|社会|"
            + "消費者|消费者|投資人|投资人|居民|學生|学生|網友|网友|旅客|遊客|游客|車主|车主|患者|業者|业者|各界|國人|国人)?";
    private static final Pattern ZH_SENTENCE = Pattern.compile(ZH_OPENING + "(" + ZH_CLAUSE_CHAR + "{1,40}?)(?:"
            + ZH_VERBS + ")(?:稱|称|道)?" + ZH_ADDRESSEES + "[，,：:]");
    /** A sentence that opens with its speaker (a short phrase may come first) and a verb of saying. */
    private static final Pattern ZH_OPENS_WITH_SPEAKER = Pattern.compile(ZH_OPENING + "(" + ZH_CLAUSE_CHAR + "{1,20}?)(?:"
            + ZH_VERBS + ")");
    static final String EN_VERBS = "said|says|say|told|tells|added|adds|explained|noted|asked|wrote|writes|"
            + "stated|recalled|argued|insisted|warned|declared|replied|responded|continued|acknowledged|admitted|"
            + "joked|quipped|shouted|complained|conceded|cautioned|predicted|promised|vowed|remarked|countered|testified";
    /** An abbreviated title whose full stop does not end the subject ("Dr. Wong"). */
    static final String EN_ABBREVIATED = "(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|Rev|St)\\.\\s)?";
    static final Pattern EN_AFTER_VERB_FIRST = Pattern.compile(
            "^\\s*,?\\s*(?:" + EN_VERBS + ")\\s+(" + EN_ABBREVIATED + "[^,.;:!?\"“”\\n]{1,60})");
    private static final Pattern EN_AFTER_SUBJECT_FIRST = Pattern.compile(
            "^\\s*,?\\s*(" + EN_ABBREVIATED + "[^,.;:!?\"“”\\n]{1,60}?)(,[^,\"“”\\n]{1,80},)?\\s+(?:" + EN_VERBS + ")\\b");
    private static final Pattern EN_ACCORDING_AFTER = Pattern.compile(
            "^\\s*,?\\s*according to\\s+([^.;:!?\"“”\\n]{1,90})", Pattern.CASE_INSENSITIVE);
    /** Before a quotation only: the words someone gave a thing ("Bell called the vote "a turning point""). */
    private static final Pattern EN_BEFORE = Pattern.compile(
            "^(.*?)\\b(?:" + EN_VERBS + "|called|calls|described|describes|dubbed)\\b([^.;:!?\"“”]{0,40}?)[:,]?\\s*$",
            Pattern.DOTALL);
    private static final Pattern EN_ACCORDING_BEFORE = Pattern.compile(
            "(?i)according to\\s+([^,\"“”]{1,60}?)(?:,[^,\"“”]{1,80})?,\\s*$"); // …, who heads the union,
    private static final Pattern EN_PRONOUN = Pattern.compile("(?i)(?:^|\\s)(he|she)\\s*$");
    private static final Pattern EN_ROLE = Pattern.compile("(?i)\\bthe\\s+(?:[a-z'’]+\\s+){0,3}?([a-z]+)\\s*$");
    private static final String ZH_PRONOUNS = "他她";

    private static final Pattern ZH_SAYS_AT = Pattern.compile("(?:[對对向跟][^，,。！？!?；;「」：:\\n]{1,14}?)?(?:" + ZH_VERBS + ")");

    /** True if a verb of saying (or one said to someone: "對記者表示") starts at {@code at}. */
    static boolean saysAt(String text, int at) {
        return at < text.length() && ZH_SAYS_AT.matcher(text).region(at, text.length()).lookingAt();
    }

    private final String text;
    private final People people;

    Attribution(String text, People people) {
        this.text = text;
        this.people = people;
    }

    /** The subject of an attribution right after a quotation ending at {@code after}, or null. */
    Subject after(int after, int limit) {
        String tail = text.substring(after, Math.min(limit, after + 160));
        Matcher m = ZH_AFTER.matcher(tail);
        // 「……？」另一位家長吳婷婷則認為，…… : a new speaker's own sentence, not the quotation's attribution
        // 「……。」林美惠則笑說：「……」 : a verb with a colon brings in the next quotation, not this one's speaker
        if (m.find() && !NEW_SPEAKER.matcher(m.group(1)).find() && !introducesNext(after + m.end())) {
            Subject s = zhSubject(after + m.start(1), after + m.end(1));
            if (s != null) {
                return s;
            }
        }
        m = EN_AFTER_VERB_FIRST.matcher(tail);
        if (m.find()) {
            return orUnknown(enSubject(after + m.start(1), after + m.end(1), true), after);
        }
        m = EN_ACCORDING_AFTER.matcher(tail);
        if (m.find()) {
            return orUnknown(enSubject(after + m.start(1), after + m.end(1), true), after);
        }
        m = EN_AFTER_SUBJECT_FIRST.matcher(tail);
        if (m.find()) {
            Subject s = enSubject(after + m.start(1), after + m.end(1), false);
            if (s != null && s.kind() == Subject.Kind.NAME && m.group(2) != null) {
                people.add(s.value(), -1, m.group(2).substring(1, m.group(2).length() - 1).strip());
            } else if (m.group(2) != null && !(after >= 2 && text.charAt(after - 2) == '.')) {
                // "…," the group's lawyer, Maria Gomez, told reporters: the name in apposition (not after a
                // quotation that ended its sentence: "…welcomes a pause." Its president, Joe Banks, added)
                Subject named = enSubject(after + m.start(2) + 1, after + m.end(2) - 1, false);
                if (named != null && named.kind() == Subject.Kind.NAME) {
                    people.add(named.value(), -1, m.group(1).strip());
                    return named;
                }
            }
            return orUnknown(s, after);
        }
        return null;
    }

    private static Subject orUnknown(Subject s, int at) {
        return s != null ? s : new Subject(Subject.Kind.UNKNOWN, null, at);
    }

    /**
     * The speaker of the sentence just before {@code open} in the same paragraph when it opens with its
     * speaker and a verb of saying ({@code 周春米表示，高鐵通車後……。「年輕人回鄉工作……」}): a quotation standing
     * alone right after it goes on in that speaker's voice. Null otherwise.
     */
    Subject previousSentence(int open) {
        int end = open - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '\n') {
            end--;
        }
        if (end < 0 || "。！？!?".indexOf(text.charAt(end)) < 0) {
            return null;
        }
        int start = end - 1;
        while (start >= 0 && "。！？!?\n」』”".indexOf(text.charAt(start)) < 0) {
            start--;
        }
        Matcher m = ZH_SENTENCE.matcher(text.substring(start + 1, end));
        if (!m.find()) { // 對於戲院的未來，吳俊誠坦言還沒有答案。「走一步算一步吧。」: the verb's words may follow it at once
            m = ZH_OPENS_WITH_SPEAKER.matcher(text.substring(start + 1, end));
            if (!m.find()) {
                return null;
            }
        }
        return zhSubject(start + 1 + m.start(1), start + 1 + m.end(1));
    }

    /** True if the words between two quotations are only an attribution (a quotation split by it). */
    boolean onlyAttribution(int from, int to) {
        String between = text.substring(from, to);
        if (between.length() > 90 || between.indexOf('\n') >= 0) {
            return false;
        }
        Matcher zh = ZH_AFTER.matcher(between);
        if (zh.find()) { // 「……，」他說，「……」; not 一位技師表示，零件很缺。 (a sentence of someone else's)
            // nor 民進黨立委則回應，「……」: someone else brought in
            return between.substring(zh.end()).matches("[，,。：:\\s]*") && !NEW_SPEAKER.matcher(zh.group(1)).find();
        }
        return EN_AFTER_VERB_FIRST.matcher(between).find() || EN_AFTER_SUBJECT_FIRST.matcher(between).find();
    }

    /** The subject of an attribution in the clause {@code [from, open)} before a quotation, or null. */
    Subject before(int from, int open) {
        return before(from, open, false);
    }

    /**
     * As {@link #before(int, int)}; with {@code closesSentence} (the quotation ends its sentence) also a
     * speaker who opens the sentence and goes on in indirect speech.
     */
    Subject before(int from, int open, boolean closesSentence) {
        String clause = text.substring(from, open);
        Matcher m = ZH_BEFORE.matcher(clause);
        if (m.find() && containsHan(clause)) {
            return zhSubject(from + m.start(1), from + m.end(1));
        }
        m = ZH_SENTENCE.matcher(clause);
        if (closesSentence && m.find() && containsHan(clause)) {
            Subject s = zhSubject(from + m.start(1), from + m.end(1));
            if (s != null) {
                return s;
            }
        }
        m = EN_ACCORDING_BEFORE.matcher(clause);
        if (m.find()) {
            return enSubject(from + m.start(1), from + m.end(1), true);
        }
        m = EN_BEFORE.matcher(clause);
        if (m.find()) {
            Subject s = enSubject(from + m.start(1), from + m.end(1), false);
            if (s == null && !m.group(2).isBlank()) {
                s = enSubject(from + m.start(2), from + m.end(2), true);
            }
            return s;
        }
        // a quotation brought in by a colon after a clause that names one person: "Some, like retiree Sam
        // Ortiz, welcomed the vote: "…"" (an English clause only: Chinese has its verbs of saying above)
        String first = clause.strip().endsWith(":") && !containsHan(clause) && sentenceQuoted(open) ? people.firstIn(from, open) : null;
        return first != null && first.equals(people.lastIn(from, open)) ? new Subject(Subject.Kind.NAME, first, from) : null;
    }

    /** True if a colon follows {@code at} (white space aside): the words before it bring in what comes next. */
    private boolean introducesNext(int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && "：:".indexOf(text.charAt(i)) >= 0;
    }

    /** True if the quotation opening at {@code open} holds a sentence (a full stop, question or exclamation mark), not a name. */
    private boolean sentenceQuoted(int open) {
        for (int i = open + 1; i < text.length() && i < open + 400; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '\n') {
                return i > open + 1 && ".!?".indexOf(text.charAt(i - 1)) >= 0;
            }
        }
        return false;
    }

    /** A Chinese subject: the person named in its last clause, a pronoun, or any person named in it. */
    private Subject zhSubject(int from, int to) {
        int seg = from;
        for (int i = to - 1; i >= from; i--) {
            if ("，,；;".indexOf(text.charAt(i)) >= 0) {
                seg = i + 1;
                break;
            }
        }
        // the person named nearest the verb ("張德福的妻子李秀英說" is 李秀英's), recognised or titled
        String known = people.lastIn(seg, to);
        if (known != null) {
            return new Subject(Subject.Kind.NAME, known, text.lastIndexOf(known, to - 1));
        }
        // a person named elsewhere in the text, named here too ("張旭對第一財經記者表示")
        String named = null;
        int namedAt = -1;
        for (String n : people.names()) {
            int p = text.lastIndexOf(n, to - n.length());
            if (p >= seg && p > namedAt) {
                named = n;
                namedAt = p;
            }
        }
        if (named != null) {
            return new Subject(Subject.Kind.NAME, named, namedAt);
        }
        for (int p = seg; p < to; p++) {
            // a name the recogniser did not confirm is a speaker only right after a title ("主任周建國")
            String name = ZhNames.titleBefore(text, p) != null ? ZhNames.nameAt(text, p) : null;
            if (name != null && p + name.length() <= to) {
                people.add(name, p, ZhNames.roleBefore(text, p));
                return new Subject(Subject.Kind.NAME, name, p);
            }
        }
        for (int p = seg; p < to; p++) {
            if (ZH_PRONOUNS.indexOf(text.charAt(p)) >= 0) {
                boolean plural = p + 1 < text.length() && "們们".indexOf(text.charAt(p + 1)) >= 0;
                return plural ? null : new Subject(Subject.Kind.PRONOUN, text.substring(p, p + 1), p);
            }
        }
        String anywhere = people.firstIn(from, to);
        return anywhere == null ? null : new Subject(Subject.Kind.NAME, anywhere, text.indexOf(anywhere, from));
    }

    /** An English subject: a person's name (titles split off), a pronoun, or "the" and a role. */
    private Subject enSubject(int from, int to, boolean nameFirst) {
        String s = text.substring(from, to);
        if (!nameFirst) {
            Matcher p = EN_PRONOUN.matcher(s);
            if (p.find()) {
                return new Subject(Subject.Kind.PRONOUN, p.group(1), from + p.start(1));
            }
        }
        String known = people.firstIn(from, to);
        if (known != null) {
            return new Subject(Subject.Kind.NAME, known, from);
        }
        // a lone surname is a person only if the text gave the full name or a title ("Dr. Lee")
        EnNames.Found f = EnNames.all(text, from, to).stream()
                .filter(x -> x.name().indexOf(' ') > 0 || people.alias(x.name()) != null || !x.title().isEmpty())
                .findFirst().orElse(null);
        if (f != null) {
            String full = f.name().indexOf(' ') < 0 && people.alias(f.name()) != null ? people.alias(f.name()) : f.name();
            people.add(full, f.start(), f.title().isEmpty() ? null : f.title());
            String rest = text.substring(f.end(), Math.min(text.length(), f.end() + 90));
            Matcher appositive = Pattern.compile("^,\\s+((?:the|a|an)\\s[^,.;:\"“”]{2,80})[,.]").matcher(rest);
            if (appositive.find()) {
                people.add(full, -1, appositive.group(1));
            }
            return new Subject(Subject.Kind.NAME, full, f.start());
        }
        if (nameFirst) {
            Matcher p = Pattern.compile("(?i)^(he|she)\\b").matcher(s.strip());
            if (p.find()) {
                return new Subject(Subject.Kind.PRONOUN, p.group(1), from);
            }
        }
        Matcher r = EN_ROLE.matcher(s.strip());
        if (r.find()) {
            return new Subject(Subject.Kind.ROLE, r.group(1), from);
        }
        return null;
    }

    private static boolean containsHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
