package app.galley.analyze;

import app.galley.text.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The people a text names, gathered where the text makes a name certain (a title before it, a
 * verb of saying after it), with every later mention, so pronouns and roles ("他", "she", "the
 * mayor") can be resolved to the person last named.
 */
final class People {

    private final String text;
    private final Map<String, Set<String>> roles = new LinkedHashMap<>();
    /** Mention start offset to name. */
    private final TreeMap<Integer, String> mentions = new TreeMap<>();
    /** English surnames standing for full names ("Moreno" for "Alicia Moreno"). */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    /** Offsets inside quotations, whose words are not mentions. */
    private final java.util.BitSet excluded = new java.util.BitSet();

    /** @param excluded ranges (quotations) whose words are not mentions */
    People(String text, List<int[]> excluded) {
        this.text = text;
        for (int[] r : excluded) {
            this.excluded.set(Math.max(0, r[0]), Math.max(Math.max(0, r[0]), r[1]));
        }
        gatherRecognised();
        gatherChinese();
        dropCutNames();
        gatherAddressed();
        gatherEnglish();
    }

    /**
     * A recognised name that lies inside a longer name found at the same place (塞特 in 主任哈塞特) is a
     * piece of it: the piece goes, and so does its person when that was its only mention.
     */
    private void dropCutNames() {
        for (Integer at : new ArrayList<>(recognised)) {
            String name = mentions.get(at);
            if (name == null) {
                continue;
            }
            for (Map.Entry<Integer, String> other : mentions.subMap(Math.max(0, at - 4), true, at, true).entrySet()) {
                int o = other.getKey();
                if (o != at || !other.getValue().equals(name)) {
                    boolean covers = o <= at && o + other.getValue().length() >= at + name.length()
                            && other.getValue().length() > name.length();
                    if (covers) {
                        mentions.remove(at);
                        if (!mentions.containsValue(name)) {
                            roles.remove(name);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** Where the recogniser found a person: a name it confirmed starts there. */
    private final java.util.Set<Integer> recognised = new java.util.HashSet<>();

    /** The people HanLP's recogniser finds in a Chinese text, with the role written before each. */
    private void gatherRecognised() {
        if (!hasHan(text)) {
            return;
        }
        List<ChineseNer.Entity> found = ChineseNer.of(text).stream()
                .filter(e -> e.kind() == ChineseNer.Kind.PERSON && e.text().length() >= 2).toList();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        found.forEach(e -> names.add(e.text()));
        for (ChineseNer.Entity e : found) {
            int start = e.start();
            String name = e.text();
            // the recogniser now and then cuts a name it found whole elsewhere ("石破茂在" read as "茂在"):
            // a name it gave elsewhere that covers these characters is the name here
            for (String other : names) {
                int p = text.indexOf(other, Math.max(0, start - other.length() + 1));
                if (!other.equals(name) && p >= 0 && p < e.end() && p + other.length() > start) {
                    start = p;
                    name = other;
                    break;
                }
            }
            if (name.equals(e.text()) && name.length() > 2 && Attribution.saysAt(text, start + name.length() - 1)) {
                name = name.substring(0, name.length() - 1); // "胡子健介|紹": the verb's first character is not the name's
            }
            if (name.equals(e.text()) && FRAGMENT_END.indexOf(name.charAt(name.length() - 1)) >= 0) {
                continue; // "中心將", "普則": a word and the particle after it, not a name
            }
            if (Lexicon.SURNAMES.at(text, start) == null && !confirmed(name, start)) {
                continue; // a foreign-looking name ("所進步") the text gives no title, verb or second mention for
            }
            if (!inExcluded(start)) {
                recognised.add(start);
                add(name, start, start > 0 ? ZhNames.roleBefore(text, start) : null);
            }
        }
    }

    /** A name with a title before it, a verb of saying after it, or named more than once. */
    private boolean confirmed(String name, int at) {
        return ChineseNer.isPublicFigure(name) || ZhNames.titleBefore(text, at) != null || saysAfter(at + name.length())
                || text.indexOf(name, text.indexOf(name) + 1) >= 0;
    }

    /** A verb of saying at {@code after}, perhaps after an adverb ("川普則表示", "岩屋毅隨後回應"). */
    private boolean saysAfter(int after) {
        int at = after;
        if (at < text.length() && ADVERBS.indexOf(text.charAt(at)) >= 0) {
            at++;
        } else if (at + 2 <= text.length() && TWO_CHARACTER_ADVERBS.contains(text.substring(at, at + 2))) {
            at += 2;
        }
        return Attribution.saysAt(text, at);
    }

    /**
     * People the story calls by surname and a word of address, as its speaker: "王老先生說", "陳先生（化名）表示",
     * "林小姐則說". Only before a verb of saying, so "王先生的店" names no one.
     */
    private void gatherAddressed() {
        for (int i = 0; i < text.length(); i++) {
            String name = Scripts.isHan(text.charAt(i)) && !inExcluded(i) && !covered(i) ? ZhNames.addressedAt(text, i) : null;
            int after = name == null ? -1 : i + name.length();
            if (after > 0 && (text.startsWith("（化名）", after) || text.startsWith("(化名)", after))) {
                after += 4;
            }
            if (name != null && saysAfter(after)) {
                add(name, i, ZhNames.roleBefore(text, i));
            }
        }
    }

    private boolean covered(int at) {
        Map.Entry<Integer, String> e = mentions.floorEntry(at);
        return e != null && e.getKey() + e.getValue().length() > at;
    }

    /** Adverbs between a subject and its verb: 則, 也, 還, 更, 又, 亦, 仍, 曾. */
    private static final String ADVERBS = "則则也還还更又亦仍曾並并再";
    /** Words of two characters between a subject and its verb: then, at once, that day, today. */
    private static final java.util.Set<String> TWO_CHARACTER_ADVERBS = java.util.Set.of("隨後", "随后", "隨即", "随即",
            "稍後", "稍后", "同時", "同时", "當天", "当天", "今天", "今日", "昨天", "昨日", "日前", "隨之", "随之");

    /** Characters that end a clause's subject, not a name: a name the recogniser ends with one is a fragment. */
    private static final String FRAGMENT_END = "在則则也就和與与是的說说將将對对向把被已曾又";

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Scripts.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Names with a title before them: "副院長張旭", "首席試飛員孫衛東", "創始人兼CEO陳天石". */
    private void gatherChinese() {
        for (int i = 1; i < text.length(); i++) {
            if (!Scripts.isHan(text.charAt(i)) || ZhNames.titleBefore(text, i) == null || inExcluded(i)
                    || overlapsRecognised(i)) {
                continue;
            }
            String name = ZhNames.nameAt(text, i);
            String seen = mentions.get(i);
            if (recognised.contains(i) && seen != null && (name == null || !(name.length() > seen.length()
                    && name.startsWith(seen)))) {
                name = seen; // the recogniser's name stands, unless a title's name goes on past it ("副所長鄭曉玲")
            }
            if (name == null) {
                continue;
            }
            if (seen != null && !seen.equals(name)) {
                mentions.remove(i); // the recogniser's cut name gives way to the whole one
                if (!mentions.containsValue(seen)) {
                    roles.remove(seen);
                }
            }
            String role = ZhNames.roleBefore(text, i);
            add(name, i, role);
            // roles listed before it: "著名神經科學家、中科院上海分院副院長張旭"
            int s = role == null ? -1 : i - role.length();
            while (s > 0 && text.charAt(s - 1) == '、') {
                String more = ZhNames.roleBefore(text, s - 1);
                if (more == null) {
                    break;
                }
                add(name, -1, more);
                s = s - 1 - more.length();
            }
        }
    }

    /**
     * English names with a title before them ("Council Member Alicia Moreno", "Dr. Lee"), or of two
     * words or more followed by a verb of saying ("Rita Gomez said the outage ...").
     */
    private void gatherEnglish() {
        for (EnNames.Found f : EnNames.all(text, 0, text.length())) {
            if (inExcluded(f.start())) {
                continue;
            }
            Matcher role = f.name().indexOf(' ') > 0
                    ? ROLE_BEFORE.matcher(text.substring(Math.max(0, f.start() - 40), f.start())) : null;
            if (!f.title().isEmpty()) {
                add(f.name(), f.start(), f.title());
            } else if (role != null && role.find()) {
                add(f.name(), f.start(), role.group(1).strip()); // "Board member Dan Cole disagreed."
            } else if (f.name().indexOf(' ') > 0 && (SAYS.matcher(text).region(f.end(), text.length()).lookingAt()
                    || INTRODUCED.matcher(text).region(f.end(), text.length()).lookingAt()
                    || ACCORDING_TO.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find())) {
                // "Ruth Delgado, who owns ...", "Elena Rossi, a transport economist", "according to [role] X"
                Matcher appositive = APPOSITIVE.matcher(text).region(f.end(), text.length());
                add(f.name(), f.start(), appositive.lookingAt() ? appositive.group(1).strip() : null);
            }
        }
    }

    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "(?:,[^,\"“”\\n]{1,80},|,)?\\s+(?:" + Attribution.EN_VERBS + ")\\b");
    /** A person introduced as one: "Ruth Delgado, who owns a bakery", "Elena Rossi, a transport economist". */
    private static final java.util.regex.Pattern INTRODUCED = java.util.regex.Pattern.compile(
            ",\\s+(?:who|whose|(?:a|an|the)\\s+[a-z]|\\d{1,3},)"); // or by age: "Leon Marsh, 52, has been idle"
    private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(
            ",\\s+((?:a|an|the)\\s[^,.;:\"“”]{2,80})[,.]");
    /** A role in lower case written right before a name: "Board member Dan Cole", "retiree Sam Ortiz". */
    private static final java.util.regex.Pattern ROLE_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])((?:[A-Z][a-z]+\\s)?(?:[a-z]+\\s)?(?:member|president|director|spokes(?:man|woman|person)|resident|retiree"
                    + "|lawyer|attorney|officer|chief|analyst|economist|professor|student|teacher|nurse|owner|manager|chair(?:man|woman)?"
                    + "|commissioner|secretary|minister|senator|mayor|governor|judge|coach|farmer|worker|official|researcher"
                    + "|scientist|engineer|doctor|executive|founder|organizer|activist|historian|councilman|councilwoman|driver|pilot"
                    + "|firefighter|volunteer|vendor|tenant|landlord|voter|commuter|shopper|veteran|pastor|principal|parent))\\s+$");
    private static final java.util.regex.Pattern ACCORDING_TO = java.util.regex.Pattern.compile(
            "(?i)according to\\s+(?:[a-z]+\\s+){0,3}$");

    /** True if {@code at} falls inside a name the recogniser found (a fragment of it is no name). */
    private boolean overlapsRecognised(int at) {
        for (int r : recognised) {
            String name = mentions.get(r);
            if (name != null && at > r && at < r + name.length()) {
                return true;
            }
        }
        return false;
    }

    /** Records a person named at {@code at} (or -1 for a role only) with a role (or null). */
    void add(String name, int at, String role) {
        Set<String> rs = roles.computeIfAbsent(name, n -> new LinkedHashSet<>());
        if (role != null && !role.isBlank()) {
            rs.add(role.strip());
        }
        if (at >= 0) {
            mentions.put(at, name);
        }
        if (name.indexOf(' ') > 0) {
            aliases.putIfAbsent(EnNames.lastWord(name), name);
        }
    }

    /** Adds every later mention of the known names (outside quotations). */
    void findMentions() {
        for (String name : List.copyOf(roles.keySet())) {
            mark(name, name);
        }
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            mark(a.getKey(), a.getValue());
        }
    }

    private void mark(String word, String name) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean latin = Character.isLetter(word.charAt(0)) && !Scripts.isHan(word.charAt(0));
            if (latin && ((i > 0 && Character.isLetter(text.charAt(i - 1)))
                    || (i + word.length() < text.length() && Character.isLetter(text.charAt(i + word.length()))))) {
                continue;
            }
            if (!inExcluded(i) && !mentions.containsKey(i)) {
                mentions.put(i, name);
            }
        }
    }

    boolean known(String name) {
        return roles.containsKey(name);
    }

    /** The full name an English surname stands for, if it stands for one. */
    String alias(String word) {
        return aliases.get(word);
    }

    /** The first known person named in {@code [from, to)}, or null. */
    /** The person named last in {@code [from, to)}, nearest a verb of saying at its end, or null. */
    String lastIn(int from, int to) {
        Map.Entry<Integer, String> e = mentions.lowerEntry(to);
        return e != null && e.getKey() >= from ? e.getValue() : null;
    }

    /** The names of the people found so far. */
    java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(roles.keySet());
    }

    String firstIn(int from, int to) {
        Map.Entry<Integer, String> e = mentions.ceilingEntry(from);
        return e != null && e.getKey() < to ? e.getValue() : null;
    }

    /** The person named last before {@code at}, or null. */
    String lastBefore(int at) {
        Map.Entry<Integer, String> e = mentions.lowerEntry(at);
        return e == null ? null : e.getValue();
    }

    /** The person last named before {@code at} that {@code fits}, or null. */
    String lastBefore(int at, java.util.function.Predicate<String> fits) {
        for (Map.Entry<Integer, String> e = mentions.lowerEntry(at); e != null; e = mentions.lowerEntry(e.getKey())) {
            if (fits.test(e.getValue())) {
                return UNNAMED_SPEAKER.matcher(text).region(e.getKey(), at).find() ? null : e.getValue();
            }
        }
        return null;
    }

    /**
     * Someone who speaks without a name ({@code 據鄉鎮幹部介紹}, {@code 一位不願具名的經銷商說}, {@code 有關負責人表示}): a pronoun after
     * them is theirs, not the person named before them.
     */
    private static final java.util.regex.Pattern UNNAMED_SPEAKER = java.util.regex.Pattern.compile(
            "(?:[據据][^，,。！？!?；;「」“”\\n]{1,12}?(?:介紹|介绍|透露|表示|指出|說|说)|(?:一位|一名|另一位|另一名)[^，,。！？!?；;「」“”\\n]{1,14}?"
                    + "(?:表示|指出|說|说|認為|认为|告訴|告诉)"
                    // 財政部有關負責人表示, 业内人士指出: a role that speaks with no name after it
                    + "|(?:負責人|负责人|人士|官員|官员|發言人|发言人|專家|专家|學者|学者|業者|业者)(?:則|则|也|還|还)?"
                    + "(?:表示|指出|說|说|認為|认为|強調|强调|透露|介紹|介绍|坦言|直言))");

    /** The roles a person was introduced with. */
    Set<String> rolesOf(String name) {
        return roles.getOrDefault(name, Set.of());
    }

    /** The person last named before {@code at} who holds a role containing the word ("mayor"). */
    String lastWithRole(String word, int at) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<Integer, String> e = mentions.lowerEntry(at); e != null; e = mentions.lowerEntry(e.getKey())) {
            for (String r : roles.getOrDefault(e.getValue(), Set.of())) {
                if (r.toLowerCase(Locale.ROOT).contains(w)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private boolean inExcluded(int at) {
        return at >= 0 && excluded.get(at);
    }

    /** Everyone found, in the order first named, with roles and mentions. */
    List<Person> list() {
        Map<String, List<Integer>> at = new LinkedHashMap<>();
        roles.keySet().forEach(n -> at.put(n, new ArrayList<>()));
        mentions.forEach((pos, name) -> at.get(name).add(pos));
        List<Person> people = new ArrayList<>();
        at.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getValue().isEmpty() ? Integer.MAX_VALUE : a.getValue().get(0),
                        b.getValue().isEmpty() ? Integer.MAX_VALUE : b.getValue().get(0)))
                .forEach(e -> people.add(new Person(e.getKey(), List.copyOf(roles.get(e.getKey())), e.getValue())));
        return people;
    }
}
