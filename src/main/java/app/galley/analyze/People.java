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
        gatherChinese();
        gatherChineseSpeakers();
        gatherEnglish();
    }

    /** Names with a title before them: "副院長張旭", "首席試飛員孫衛東", "創始人兼CEO陳天石". */
    private void gatherChinese() {
        for (int i = 1; i < text.length(); i++) {
            if (!Scripts.isHan(text.charAt(i)) || ZhNames.titleBefore(text, i) == null || inExcluded(i)) {
                continue;
            }
            String name = ZhNames.nameAt(text, i);
            if (name == null) {
                continue;
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
            if (!f.title().isEmpty()) {
                add(f.name(), f.start(), f.title());
            } else if (f.name().indexOf(' ') > 0 && SAYS.matcher(text).region(f.end(), text.length()).lookingAt()) {
                add(f.name(), f.start(), null);
            }
        }
    }

    private static final java.util.regex.Pattern SAYS = java.util.regex.Pattern.compile(
            "(?:,[^,\"“”\\n]{1,80},)?\\s+(?:" + Attribution.EN_VERBS + ")\\b");

    /** A verb of saying, or one said to someone ("對第一財經記者表示", "向記者介紹"). */
    private static final java.util.regex.Pattern ZH_SAYS_TO = java.util.regex.Pattern.compile(
            "(?:[對对向跟][^，,。！？!?；;「」：:\\n]{1,14}?)?(?:" + String.join("|", Lexicon.SPEECH_VERBS.words()) + ")");

    /** Chinese names right after a clause mark and before a verb of saying ("。李明表示", "張旭對記者表示"). */
    private void gatherChineseSpeakers() {
        for (int i = 0; i < text.length(); i++) {
            boolean boundary = i == 0 || !Scripts.isHan(text.charAt(i - 1)) || "的之、與与和及".indexOf(text.charAt(i - 1)) >= 0;
            if (!boundary || inExcluded(i)) {
                continue;
            }
            String name = ZhNames.nameAt(text, i);
            if (name != null && !known(name)
                    && ZH_SAYS_TO.matcher(text).region(i + name.length(), text.length()).lookingAt()) {
                add(name, i, null);
            }
        }
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
    String firstIn(int from, int to) {
        Map.Entry<Integer, String> e = mentions.ceilingEntry(from);
        return e != null && e.getKey() < to ? e.getValue() : null;
    }

    /** The person named last before {@code at}, or null. */
    String lastBefore(int at) {
        Map.Entry<Integer, String> e = mentions.lowerEntry(at);
        return e == null ? null : e.getValue();
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
