package app.galley.clean;

import app.galley.text.Change;

import app.galley.text.Scripts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Quotation marks in the house style of the article's language: by default {@code 「」} outside and
 * {@code 『』} inside for Traditional Chinese, {@code “”} and {@code ‘’} for Simplified Chinese and
 * English. Marks are paired per paragraph (straight {@code "} by position); a paragraph whose marks
 * do not pair is left as it is. An apostrophe (a single mark between letters, {@code don't},
 * {@code rock ’n’ roll}'s {@code ’n’} aside) is never touched, nor are straight single marks.
 */
final class QuotationMarksRule implements TextRule {

    static final String ID = "quotation-marks";

    static final RuleInfo INFO = new RuleInfo(ID, true, List.of(
            RuleInfo.Option.choice("traditional", "corner", "corner", "curly"),
            RuleInfo.Option.choice("simplified", "curly", "corner", "curly")), List.of(
            new RuleInfo.Example("zh-Hant", "他說：\"我們會回來。\"", "他說：「我們會回來。」"),
            new RuleInfo.Example("en", "He said \"we will be back.\"", "He said “we will be back.”")));

    /** Outer and inner opening and closing marks. */
    record Style(String outerOpen, String outerClose, String innerOpen, String innerClose) {
        static final Style CORNER = new Style("「", "」", "『", "』");
        static final Style CURLY = new Style("“", "”", "‘", "’");

        /** {@code corner} (「」『』) or {@code curly} (“”‘’), as rule sets name them. */
        static Style named(String name) {
            return switch (name) {
                case "corner" -> CORNER;
                case "curly" -> CURLY;
                default -> throw new IllegalArgumentException("quotation-marks: unknown style \"" + name
                        + "\" (corner or curly)");
            };
        }

        String open(int depth) {
            return depth % 2 == 0 ? outerOpen : innerOpen;
        }

        String close(int depth) {
            return depth % 2 == 0 ? outerClose : innerClose;
        }
    }

    private final Style traditional;
    private final Style simplified;

    QuotationMarksRule() {
        this(Style.CORNER, Style.CURLY);
    }

    /** House styles for Traditional and Simplified Chinese; other languages take curly quotes. */
    QuotationMarksRule(Style traditional, Style simplified) {
        this.traditional = traditional;
        this.simplified = simplified;
    }

    @Override
    public String id() {
        return ID;
    }

    private record Mark(int at, boolean open) {
    }

    @Override
    public List<Change> apply(CleanInput input) {
        Style style = input.isTraditional() ? traditional : input.isChinese() ? simplified : Style.CURLY;
        String text = input.text();
        List<Change> out = new ArrayList<>();
        for (Lines.Line l : Lines.of(text)) {
            paragraph(text, l.start(), l.end(), style, input.isChinese(), out);
        }
        return out;
    }

    private void paragraph(String text, int from, int to, Style style, boolean chinese, List<Change> out) {
        List<Mark> marks = new ArrayList<>();
        Deque<Character> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '「', '『', '“', '〝' -> {
                    marks.add(new Mark(i, true));
                    open.push(c);
                }
                case '」', '』', '”', '〞' -> {
                    if (open.isEmpty()) {
                        return; // unbalanced: leave the paragraph alone
                    }
                    marks.add(new Mark(i, false));
                    open.pop();
                }
                case '"', '＂' -> {
                    boolean closes = !open.isEmpty() && (open.peek() == '"' || open.peek() == '＂');
                    marks.add(new Mark(i, !closes));
                    if (closes) {
                        open.pop();
                    } else {
                        open.push(c);
                    }
                }
                case '\'' -> {
                    // in Chinese text a straight single mark quotes; in English it is left alone
                    if (!chinese || isApostrophe(text, i, from, to)) {
                        continue;
                    }
                    boolean closes = !open.isEmpty() && open.peek() == '\'';
                    marks.add(new Mark(i, !closes));
                    if (closes) {
                        open.pop();
                    } else {
                        open.push(c);
                    }
                }
                case '‘', '’' -> {
                    if (isApostrophe(text, i, from, to)) {
                        continue;
                    }
                    if (c == '‘') {
                        marks.add(new Mark(i, true));
                        open.push(c);
                    } else {
                        if (open.isEmpty() || open.peek() != '‘') {
                            continue; // a closing single mark with no opening one: an apostrophe after all
                        }
                        marks.add(new Mark(i, false));
                        open.pop();
                    }
                }
                default -> { }
            }
        }
        if (!open.isEmpty()) {
            return;
        }
        int depth = 0;
        for (Mark m : marks) {
            String want = m.open() ? style.open(depth) : style.close(depth - 1);
            depth += m.open() ? 1 : -1;
            String have = String.valueOf(text.charAt(m.at()));
            if (!have.equals(want) && (chinese || have.equals("\"") || have.equals("＂") || have.equals("'") || isCorner(have))) {
                out.add(new Change(m.at(), m.at() + 1, want, ID, "“" + have + "” in the house style: " + want));
            }
        }
    }

    private static boolean isCorner(String mark) {
        return "「」『』".contains(mark);
    }

    /** A single mark with a (non-Chinese) letter or digit on both sides: {@code don't}, {@code rock’n’roll}. */
    private static boolean isApostrophe(String text, int i, int from, int to) {
        return i > from && i + 1 < to && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !Scripts.isCjkSet(c);
    }
}
