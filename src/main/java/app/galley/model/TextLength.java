package app.galley.model;

import app.galley.text.TextCount;

/**
 * Length of a text in the unit an editor counts it in. Chinese and Japanese copy is counted in
 * characters (Han, kana, and each Latin word inside it counts as one), English copy in words.
 */
public record TextLength(int value, LengthUnit unit) {

    /** Measures {@code text}; a text whose letters are mostly CJK is counted in characters ({@link TextCount}). */
    public static TextLength of(String text) {
        TextCount c = TextCount.of(text);
        return new TextLength(c.value(), c.characters() ? LengthUnit.CHARACTERS : LengthUnit.WORDS);
    }

    @Override
    public String toString() {
        return value + " " + unit.key();
    }
}
