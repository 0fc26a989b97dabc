package app.galley.analyze;

import app.galley.text.Scripts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The outermost pairs of quotation marks in a text, paragraph by paragraph: 「」 and 『』, curly “”
 * and ‘’ (an apostrophe inside a word is not a mark), and straight double quotes paired by where
 * they stand. Marks nested inside another pair belong to it. A pair left open at the end of a
 * paragraph runs to the paragraph's end (a quotation continued in the next paragraph).
 */
final class QuoteSpans {

    /** One pair: the opening mark's offset and the closing mark's (the paragraph end if unclosed). */
    record Span(int open, int close, boolean closed) {
        int innerStart() {
            return open + 1;
        }

        /** Just after the closing mark. */
        int after() {
            return closed ? close + 1 : close;
        }
    }

    private QuoteSpans() {
    }

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {offset, expected closing char}
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                closeAtParagraphEnd(stack, spans, i);
                continue;
            }
            char expected = stack.isEmpty() ? 0 : (char) stack.peek()[1];
            if (c == expected && (c != '’' || !letterAfter(text, i))) {
                int[] top = stack.pop();
                if (stack.isEmpty()) {
                    spans.add(new Span(top[0], i, true));
                }
            } else if (c == '"' && opensStraight(text, i)) {
                stack.push(new int[] {i, '"'});
            } else if (c == '「' || c == '『' || c == '“' || (c == '‘' && !letterBefore(text, i))) {
                stack.push(new int[] {i, closer(c)});
            }
        }
        closeAtParagraphEnd(stack, spans, text.length());
        spans.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return spans;
    }

    private static void closeAtParagraphEnd(Deque<int[]> stack, List<Span> spans, int end) {
        if (!stack.isEmpty()) {
            int[] bottom = stack.peekLast();
            if (end - bottom[0] > 1) {
                spans.add(new Span(bottom[0], end, false));
            }
            stack.clear();
        }
    }

    private static char closer(char open) {
        return switch (open) {
            case '「' -> '」';
            case '『' -> '』';
            case '“' -> '”';
            default -> '’';
        };
    }

    /** A straight quote opens when nothing but space, an opening bracket or a dash stands before it. */
    private static boolean opensStraight(String text, int i) {
        if (i == 0) {
            return true;
        }
        char b = text.charAt(i - 1);
        return Character.isWhitespace(b) || "([{—–-:：，,（「『".indexOf(b) >= 0;
    }

    private static boolean letterAfter(String text, int i) {
        return i + 1 < text.length() && latinLetter(text.charAt(i + 1));
    }

    private static boolean letterBefore(String text, int i) {
        return i > 0 && latinLetter(text.charAt(i - 1));
    }

    /** Apostrophes stand between letters of alphabetic scripts ("don’t"), never between Chinese characters. */
    private static boolean latinLetter(char c) {
        return Character.isLetter(c) && !Scripts.isHan(c);
    }
}
