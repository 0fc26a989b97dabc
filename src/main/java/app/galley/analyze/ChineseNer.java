package app.galley.analyze;

import app.galley.text.ChineseScripts;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The people, places and organisations a Chinese text names, by HanLP's recogniser (Chinese,
 * transliterated and Japanese personal names). It reads Simplified Chinese, so a Traditional text is
 * folded character for character first: every offset it gives is the text's own. Loaded on first use
 * (its dictionaries take most of a second), never at start-up.
 */
final class ChineseNer {

    /** What an entity is. */
    enum Kind { PERSON, PLACE, ORGANISATION }

    /** A name in the text: {@code [start, end)} and what it names. */
    record Entity(int start, int end, Kind kind, String text) {
    }

    /** The people in the news, folded to Simplified. */
    private static final class Figures {
        static final java.util.Set<String> NAMES = Lexicon.PUBLIC_FIGURES.words().stream().map(ChineseNer::simplified)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static final class Holder {
        static final Segment SEGMENT = segment();

        private static Segment segment() {
            // the people in the news its dictionary lacks ("川普" is no one to it), in Simplified as it reads
            Figures.NAMES.forEach(name -> CustomDictionary.insert(name, "nrf 1000"));
            return HanLP.newSegment().enableNameRecognize(true).enableTranslatedNameRecognize(true)
                    .enableJapaneseNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
                    .enableCustomDictionary(true);
        }
    }

    /** Off only to measure attribution without the recogniser (AttributionSpeed). */
    static volatile boolean enabled = true;
    private static final java.util.regex.Pattern WHITE_AFTER_MARK = java.util.regex.Pattern.compile("([。！？；：…」”])[\\s\u3000]+");
    private static final java.util.regex.Pattern REPEATED_MARK = java.util.regex.Pattern.compile("([。！？，、；：…])\\1+");

    private ChineseNer() {
    }

    /** True for a person on the list of people in the news (either script). */
    static boolean isPublicFigure(String name) {
        return Figures.NAMES.contains(simplified(name));
    }

    private static String simplified(String s) {
        return ChineseScripts.get().simplified(s);
    }

    /**
     * The entities of {@code text}, in order. The segmenter reads one line at a time, from its first
     * character that is not white space: its name recogniser misses a name right after a line break or
     * white space ("\n\n陳世凱說" gives nothing where "。陳世凱說" gives 陳世凱), and a paragraph is
     * where a speaker's name most often stands.
     */
    static List<Entity> of(String text) {
        if (!enabled) {
            return List.of();
        }
        String simplified = simplified(text);
        List<Entity> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            int start = from;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < end) {
                line(text, simplified, start, end, out);
            }
            from = end + 1;
        }
        return out;
    }

    private static void line(String text, String simplified, int from, int to, List<Entity> out) {
        String line = simplified.substring(from, to);
        // fed without white space after a sentence's end and with repeated marks as one ("。  陳世凱說",
        // "。。。陳世凱說" lose the name too; other white space it reads as a break, and keeps); the words are
        // then found in the line as it is
        String fed = REPEATED_MARK.matcher(WHITE_AFTER_MARK.matcher(line).replaceAll("$1")).replaceAll("$1");
        List<Term> terms;
        synchronized (Holder.SEGMENT) { // one segmenter, its caches not made for threads
            terms = Holder.SEGMENT.seg(fed.toCharArray());
        }
        // the terms' own offsets drift where the segmenter drops white space: each term is found again in
        // order, from where the last one ended
        int cursor = 0;
        for (Term t : terms) {
            int at = t.word.isEmpty() ? -1 : line.indexOf(t.word, cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + t.word.length();
            String nature = t.nature == null ? "" : t.nature.toString();
            Kind kind = nature.startsWith("nr") ? Kind.PERSON : nature.startsWith("ns") ? Kind.PLACE
                    : nature.startsWith("nt") ? Kind.ORGANISATION : null;
            // a Chinese name (nr, not a transliterated nrf or Japanese nrj one) begins with a surname: "所進步" does
            // not; a foreign name it reads as Chinese does right after a title ("外長巴侯")
            boolean chinese = nature.equals("nr");
            if (kind != null && !(chinese && Lexicon.SURNAMES.at(text, from + at) == null
                    && ZhNames.titleBefore(text, from + at) == null)) {
                out.add(new Entity(from + at, from + cursor, kind, text.substring(from + at, from + cursor)));
            }
        }
    }
}
