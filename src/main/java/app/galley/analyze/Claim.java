package app.galley.analyze;

/**
 * A checkable statement found in a text: a figure, a date, a ranking, a comparison or a superlative.
 *
 * @param start where it begins in the text
 * @param end   where it ends, exclusive
 * @param text  the words found ("7.56億元", "$14 million", "超越蘋果", "largest")
 * @param kind  money, percent, quantity, date, duration, ranking, comparison or superlative
 */
public record Claim(int start, int end, String text, String kind) {
}
