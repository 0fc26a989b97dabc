package app.galley.analyze;

import app.galley.model.TagKind;
import app.galley.text.ChineseScripts;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places and organisations a Chinese text names, for tag suggestions (issue 20): what the
 * recogniser found, kept only where it is a name rather than a phrase it took for one. A place is one
 * the dictionary knows as a place or one that ends as places do (省, 市, 縣, 江 ...); an organisation
 * is one the dictionary knows as one (華為), or one that ends as organisations do (大學, 研究院, 政府,
 * 局 ...) after a name: a place or a known proper name ("上海市政府", "復旦大學"), or a word the text
 * uses for it more than once. A common word before the ending ("農村局", "技術研究院", "各研究機構")
 * is a description, not a name.
 */
public final class PlacesAndOrganisations {

    /** A place or organisation the text names, as it writes it, and how often. */
    public record Named(TagKind kind, String name, int count) {
    }

    private static final String PLACE_ENDINGS = "省市县区镇乡村州岛湾江河湖山港";
    private static final List<String> ORGANISATION_ENDINGS = List.of("大学", "学院", "学校", "中学", "小学", "医院",
            "银行", "公司", "集团", "协会", "学会", "委员会", "研究院", "研究所", "中心", "实验室", "政府", "法院",
            "检察院", "办公室", "部", "局", "厅", "署", "司", "委", "院", "所", "会", "馆", "社", "报", "台");
    /** Words that begin a description, not a name: 各, 多家, 本, 該 ... */
    private static final String DETERMINERS = "各多本该这此其某每全数几一两诸";
    /** Dictionary natures of proper names: places, people, organisations, other proper nouns, abbreviations. */
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nr", "nrf", "nrj", "nr1", "nr2", "nt", "ntc", "ntu",
            "nts", "nth", "nto", "nz", "j");
    /** A date or a count stuck to the front of a name: "31日華為", "42期". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[0-9０-９]+[日月年号期届]?");

    private PlacesAndOrganisations() {
    }

    /** The places and organisations {@code text} names, most often named first. */
    public static List<Named> in(String text) {
        Map<String, Integer> places = new LinkedHashMap<>();
        Map<String, Integer> organisations = new LinkedHashMap<>();
        List<ChineseNer.Entity> found = ChineseNer.of(text);
        ChineseNer.Entity lastPlace = null;
        for (ChineseNer.Entity e : found) {
            String name = LEADING_NUMBER.matcher(e.text().strip()).replaceFirst("").strip();
            if (e.kind() == ChineseNer.Kind.ORGANISATION) {
                name = joined(text, lastPlace, e, name);
            } else if (e.kind() == ChineseNer.Kind.PLACE) {
                lastPlace = e;
            }
            if (name.length() < 2) {
                continue;
            }
            if (e.kind() == ChineseNer.Kind.PLACE) {
                places.merge(name, 1, Integer::sum);
            } else if (e.kind() == ChineseNer.Kind.ORGANISATION) {
                organisations.merge(name, 1, Integer::sum);
                String where = leadingPlace(name); // "湖北省" of "湖北省漁政執法總隊" is named too
                if (where != null) {
                    places.merge(where, 1, Integer::sum);
                }
            }
        }
        // "湖北" and "湖北省" are one place, named by its full name
        for (String full : List.copyOf(places.keySet())) {
            String bare = full.substring(0, full.length() - 1);
            if (PLACE_ENDINGS.indexOf(simplified(full).charAt(full.length() - 1)) >= 0 && places.containsKey(bare)) {
                places.merge(full, places.remove(bare), Integer::sum);
            }
        }
        List<Named> out = new ArrayList<>();
        places.forEach((name, n) -> {
            if (place(simplified(name))) {
                out.add(new Named(TagKind.PLACE, name, n));
            }
        });
        organisations.forEach((name, n) -> {
            if (organisation(simplified(name), n)) {
                out.add(new Named(TagKind.ORGANISATION, name, n));
            }
        });
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /**
     * The whole name of an organisation whose name joins two fields: the recogniser gives
     * "類腦研究中心" of "上海腦科學與類腦研究中心"; the name begins at the place before the 與.
     */
    private static String joined(String text, ChineseNer.Entity place, ChineseNer.Entity org, String name) {
        int and = org.start() - 1;
        if (place == null || and <= place.end() + 1 || and - place.end() > 6 || "與与和及".indexOf(text.charAt(and)) < 0) {
            return name;
        }
        for (int i = place.end(); i < and; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return name;
            }
        }
        return text.substring(place.start(), org.end());
    }

    /** The place an organisation's name begins with, with its 省/市/縣 if it has one, or null. */
    static String leadingPlace(String name) {
        String simplified = simplified(name);
        for (int n = Math.min(4, name.length() - 1); n >= 2; n--) {
            if (has(simplified.substring(0, n), "ns")) {
                boolean level = n < name.length() - 1 && "省市县区".indexOf(simplified.charAt(n)) >= 0;
                return name.substring(0, level ? n + 1 : n);
            }
        }
        return null;
    }

    static boolean place(String name) {
        return has(name, "ns") || PLACE_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    static boolean organisation(String name, int count) {
        if (has(name, "nt")) {
            return true;
        }
        if (name.length() < 3 || DETERMINERS.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        String ending = ORGANISATION_ENDINGS.stream().filter(name::endsWith).findFirst().orElse(null);
        if (ending == null || name.length() - ending.length() < 2) {
            return false;
        }
        String head = name.substring(0, 2);
        CoreDictionary.Attribute known = CoreDictionary.get(head);
        if (known == null) {
            return count >= 2; // a word the dictionary does not know: a name if the text keeps using it
        }
        for (Nature n : known.nature) {
            if (PROPER.contains(n.toString())) {
                return true;
            }
        }
        return false; // a common word: a description ("農村局", "技術研究院")
    }

    private static boolean has(String word, String nature) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().equals(nature)) {
                return true;
            }
        }
        return false;
    }

    private static String simplified(String s) {
        return ChineseScripts.get().simplified(s);
    }
}
