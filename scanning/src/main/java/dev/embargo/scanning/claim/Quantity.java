package dev.embargo.scanning.claim;

/**
 * A figure stated in prose.
 *
 * @param value   the number, scale words applied ("1,6 miljard" is 1.6e9)
 * @param unit    "euro", "usd", "gbp", "percent", "ton", else the counted noun lower-cased as written
 *                ("artilleriegranaten"); empty when the number counts nothing recognisable
 * @param written the figure as written, line breaks joined
 * @param start   offset of its first character in the document's text
 * @param end     offset after its last character
 */
public record Quantity(double value, String unit, String written, int start, int end) {}
