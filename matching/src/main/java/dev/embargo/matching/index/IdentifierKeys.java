package dev.embargo.matching.index;

import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import java.util.Locale;

/**
 * The comparable form of an identifier. Separators and case do not matter for most identifiers ("IMO
 * 9123456" = "9123456", "COBADEFFXXX" = "COBADEFF"), but they do for base58 digital currency addresses
 * (Bitcoin legacy, Tron, Monero), whose case is part of the address; bech32 (bc1…) and hex (0x…)
 * addresses are case-insensitive.
 */
public final class IdentifierKeys {
    private IdentifierKeys() {}

    public static String key(Identifier id) {
        return key(id.type(), id.value());
    }

    public static String key(IdentifierType type, String value) {
        String v = value.strip();
        return switch (type) {
            case DIGITAL_CURRENCY -> currencyAddress(v);
            case IMO -> "IMO" + digits(v);
            case MMSI -> "MMSI" + digits(v);
            case SWIFT_BIC -> bic(v);
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case WEBSITE ->
                v.toLowerCase(Locale.ROOT)
                        .replaceFirst("^https?://", "")
                        .replaceFirst("^www\\.", "")
                        .replaceFirst("/$", "");
            default -> compact(v);
        };
    }

    /** A label written before an identifier in a query: "Call sign 5IM713", "Tail number EP-MMH", "SWIFT: X". */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "(?i)(?:call\\s*sign|tail\\s*(?:number|no\\.?)|registration|swift(?:\\s*code)?|bic|"
                    + "(?:digital\\s*currency\\s*)?address|wallet)\\s*[:#]?\\s*(\\S+)");

    /** The first words of {@link #LABEL}'s labels, in small letters. */
    private static final String[] LABEL_STARTS = {
        "call", "callsign", "tail", "tailnumber", "registration", "swift", "bic", "digital", "address", "wallet"
    };

    /**
     * The identifier a query names, when it looks like one rather than like a name: after a label such as
     * "Call sign" or "Tail number"; or one or two words of which one has a digit ("IMO 9123456", "5IM713",
     * a currency address); or a single hyphenated word without small letters, the shape of an aircraft's tail
     * number ("EP-MMH"). Null when it looks like a name. One pass over the query and no pattern unless it begins
     * with a label's first word: documents screen thousands of spans.
     */
    public static String identifierIn(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return null;
        }
        if (beginsWithLabel(q)) {
            java.util.regex.Matcher labelled = LABEL.matcher(q);
            if (labelled.matches()) {
                return labelled.group(1);
            }
        }
        boolean digit = false;
        boolean small = false;
        int words = 1;
        int hyphen = -1;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!Character.isWhitespace(q.charAt(i - 1))) {
                    words++;
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLowerCase(c)) {
                small = true;
            } else if (c == '-' && hyphen < 0) {
                hyphen = i;
            }
        }
        if (words > 2) {
            return null;
        }
        if (digit) {
            return q;
        }
        return words == 1 && hyphen > 0 && hyphen < q.length() - 1 && !small ? q : null;
    }

    /** Whether {@code q} begins with the first word of a label (any case), followed by no letter. */
    private static boolean beginsWithLabel(String q) {
        for (String start : LABEL_STARTS) {
            if (q.regionMatches(true, 0, start, 0, start.length())
                    && (q.length() == start.length() || !Character.isLetter(q.charAt(start.length())))) {
                return true;
            }
        }
        return false;
    }

    /** What an identifier of unknown type is written with between its characters: white space and ":.#-". */
    private static final String SEPARATORS = ":.#-";

    /** Keys a free-text value may have when we do not know its type (a query, a token of a document). */
    public static String[] candidateKeys(String value) {
        String v = value.strip();
        String compact = compact(v);
        String upper = upperWithout(v, SEPARATORS);
        if (upper.startsWith("IMO")
                && upper.length() == 10
                && upper.substring(3).chars().allMatch(Character::isDigit)) {
            return new String[] {"IMO" + upper.substring(3)};
        }
        if (upper.startsWith("MMSI") && upper.substring(4).chars().allMatch(Character::isDigit)) {
            return new String[] {"MMSI" + upper.substring(4)};
        }
        if (v.length() == 7 && v.chars().allMatch(Character::isDigit)) {
            return new String[] {"IMO" + v, compact};
        }
        if (v.length() == 9 && v.chars().allMatch(Character::isDigit)) {
            return new String[] {"MMSI" + v, compact};
        }
        return new String[] {currencyAddress(v), compact, bic(v), v.toLowerCase(Locale.ROOT)};
    }

    static String currencyAddress(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bc1") || lower.startsWith("ltc1") || lower.startsWith("0x") || lower.startsWith("tb1")) {
            return "CUR" + lower;
        }
        return "CUR" + v;
    }

    static String bic(String v) {
        String b = upperWithout(v, "");
        if (b.length() == 11 && b.endsWith("XXX")) {
            b = b.substring(0, 8);
        }
        return "BIC" + b;
    }

    /**
     * {@code v} in capitals without white space (as regex {@code \s} has it: space, tab, line breaks, form
     * feed, vertical tab) and without the characters of {@code alsoRemoved}. Keys are made for every token of
     * a document and every identifier of a payment: a loop, not a pattern.
     */
    private static String upperWithout(String v, String alsoRemoved) {
        String upper = v.toUpperCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean removed = c == ' '
                    || c == '\t'
                    || c == '\n'
                    || c == 0x0B
                    || c == '\f'
                    || c == '\r'
                    || alsoRemoved.indexOf(c) >= 0;
            if (removed && b == null) {
                b = new StringBuilder(upper.length()).append(upper, 0, i);
            } else if (!removed && b != null) {
                b.append(c);
            }
        }
        return b == null ? upper : b.toString();
    }

    static String compact(String v) {
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return "ID" + sb;
    }

    private static String digits(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                sb.append(v.charAt(i));
            }
        }
        return sb.toString();
    }
}
