package app.galley.analyze;

/**
 * A direct quotation found in a text.
 *
 * @param start   where the quoted words begin (after the opening mark)
 * @param end     where they end (before the closing mark), exclusive
 * @param text    the quoted words, without their quotation marks
 * @param speaker who said them, titles stripped, or null if the text does not say
 * @param how     how the speaker was found
 */
public record Quote(int start, int end, String text, String speaker, How how) {

    /** How a speaker was attributed. */
    public enum How {
        /** Named before the quotation with a verb of saying ("張旭表示：「…」", "Moreno said: “…”"). */
        BEFORE,
        /** Named after it ("「…」張旭指出。", "“…,” said Reyes"). */
        AFTER,
        /** Through a pronoun or a role ("他說道", "she said", "the mayor said"). */
        REFERENCE,
        /** The second half of a quotation split by its attribution. */
        CONTINUED,
        /** Not determined. */
        NONE
    }
}
