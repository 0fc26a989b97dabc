package app.galley.analyze;

import app.galley.text.Scripts;
import java.util.Set;

/**
 * Chinese personal names in context: a surname from the bundled list followed by a one- or
 * two-character given name. Only called where the context already suggests a person (a title just
 * before, a verb of saying just after), so the surname list alone never makes a name.
 */
final class ZhNames {

    /** Characters that end a given name when they follow it: verbs of saying, prepositions, particles. */
    private static final String STOP = "表指說说告認认強强介坦回透直補补提談谈解問问寫写感呼承笑批警反宣聲声稱称答道"
            + "對对向跟從从與与和及曾也還还在於于的是就都又已將将把被給给為为等則则接舉举手這这那先早今昨近日年月"
            + "正便即並并而但卻却仍才亦均共同再所以帶带率讓让請请要會会能可當当本著着到去來来上下中後后前時时次首"
            + "主負负參参出發发進进作做擔担任用得有沒没不很更最一二兩两三們们教院博律醫医記记認曾看指親亲";
    /** Characters that do not occur in given names but often follow a surname-like character in words. */
    private static final String NOT_GIVEN = "業业局部司院所會会省市縣县區区廠厂店場场館馆站校室系科處处組组隊队"
            + "股份集團团江路街鎮镇村港灣湾島岛山河湖洲灣";
    /** Words ending in a title character that are not titles. */
    private static final Set<String> NOT_TITLES = Set.of("國家", "国家", "大家", "自家", "人家", "全家", "回家", "店家",
            "商家", "廠家", "厂家", "買家", "买家", "賣家", "卖家", "玩家", "莊家", "庄家", "行家", "成員", "成员", "人員",
            "人员", "會員", "会员", "老家", "住家", "長長", "官官");

    private ZhNames() {
    }

    /**
     * The name starting at {@code at}, or null: a surname and one or two given characters. Whether the
     * given name has one character or two is settled by the whole text when the name recurs (張旭 is
     * followed by many different characters, 陳天石 always by 石) and otherwise by the character after.
     */
    static String nameAt(String text, int at) {
        String surname = Lexicon.SURNAMES.at(text, at);
        if (surname == null) {
            return null;
        }
        int g = at + surname.length();
        // 強 opens 強調 and so is a stop, but it is among the commonest given names' characters (张强, 李強)
        boolean strong = g < text.length() && "強强".indexOf(text.charAt(g)) >= 0 && !Attribution.saysAt(text, g);
        if (g >= text.length() || !(given(text.charAt(g)) || strong)) {
            return null;
        }
        // a Hong Kong married name: husband's surname, own surname, given name ("葉劉淑儀")
        String second = Lexicon.SURNAMES.at(text, g);
        if (second != null && second.length() == 1 && g + 3 < text.length() && given(text.charAt(g + 1))
                && given(text.charAt(g + 2)) && !given(text.charAt(g + 3)) && ZhNames.titleBefore(text, at) != null) {
            return text.substring(at, g + 3);
        }
        String two = text.substring(at, g + 1);
        if (g + 1 >= text.length() || !given(text.charAt(g + 1)) || STOP.indexOf(text.charAt(g + 1)) >= 0
                || Attribution.saysAt(text, g + 1)) { // 教授张强表示: the verb of saying is not the name's third character
            return two;
        }
        String three = text.substring(at, g + 2);
        int twoCount = count(text, two);
        if (twoCount > 1) {
            return count(text, three) == twoCount ? three : two;
        }
        return three;
    }

    /** Words of address after a surname that stand for a person the story does not name in full: 王老先生, 林小姐. */
    private static final java.util.List<String> HONORIFICS = java.util.List.of("老先生", "老太太", "先生", "女士", "小姐",
            "太太", "阿姨", "阿伯", "阿嬤", "阿嬷", "阿公", "媽媽", "妈妈", "爸爸", "伯伯", "奶奶", "爺爺", "爷爷", "大姐",
            "大哥", "老伯", "師傅", "师傅");

    /** A surname and a word of address starting at {@code at} ("王老先生"), or null. */
    static String addressedAt(String text, int at) {
        String surname = Lexicon.SURNAMES.at(text, at);
        // 林華先生: 華 is 林華's given name there, not a surname of its own
        if (surname == null || at > 0 && Scripts.isHan(text.charAt(at - 1)) && Lexicon.SURNAMES.at(text, at - 1) != null) {
            return null;
        }
        for (String h : HONORIFICS) {
            if (text.startsWith(h, at + surname.length())) {
                return text.substring(at, at + surname.length() + h.length());
            }
        }
        return null;
    }

    private static boolean given(char c) {
        return Scripts.isHan(c) && NOT_GIVEN.indexOf(c) < 0 && STOP.indexOf(c) < 0;
    }

    /** The title ending right before {@code at} ("副院長" in "副院長張旭"), or null. */
    static String titleBefore(String text, int at) {
        String ending = Lexicon.ZH_TITLES.endingAt(text, at);
        if (ending == null) {
            return null;
        }
        int s = at - ending.length();
        if (ending.length() == 1 && s > 0 && NOT_TITLES.contains(text.substring(s - 1, at))) {
            return null;
        }
        return ending;
    }

    /**
     * The role written before a name ending at {@code nameStart}: the run of the title back to a
     * clause mark, an enumeration comma or a preposition ("中科院上海分院副院長", "寒武紀科技創始人兼CEO").
     */
    static String roleBefore(String text, int nameStart) {
        int s = nameStart;
        while (s > 0) {
            char c = text.charAt(s - 1);
            if ("，,。！？!?；;：:、「」『』“”（）()\n 從从與与和向對对由被讓让跟同的".indexOf(c) >= 0) {
                break;
            }
            s--;
        }
        String role = text.substring(s, nameStart).strip();
        return role.isEmpty() || Lexicon.ZH_TITLES.endingAt(role, role.length()) == null ? null : role;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
