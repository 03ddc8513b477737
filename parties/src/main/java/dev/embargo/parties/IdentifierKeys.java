package dev.embargo.parties;

import dev.embargo.lists.model.Identifier;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The comparison key of an identifier that names one party wherever it is written, or nothing. Kept:
 * IMO and MMSI numbers, BICs and digital currency addresses (unique worldwide), and passport, national id,
 * registration and tax numbers only together with the issuing country (a bare number is unique only within
 * its country). Left out: phone numbers, e-mail and web addresses (shared by related companies and
 * families), call signs and aircraft numbers (reassigned), and values too plain to identify anything.
 */
final class IdentifierKeys {
    private static final Pattern HEX_ADDRESS = Pattern.compile("0[xX][0-9a-fA-F]{40}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?");

    private IdentifierKeys() {}

    static Optional<String> of(Identifier id) {
        return switch (id.type()) {
            case IMO -> digits(id.value(), 7).map(v -> "IMO " + v);
            case MMSI -> digits(id.value(), 9).map(v -> "MMSI " + v);
            case SWIFT_BIC -> bic(id.value()).map(v -> "BIC " + v);
            case DIGITAL_CURRENCY -> address(id.value()).map(v -> "address " + v);
            case PASSPORT, NATIONAL_ID, REGISTRATION, TAX_ID -> {
                if (id.country() == null || id.country().isBlank()) {
                    yield Optional.empty();
                }
                yield documentNumber(id.value()).map(v -> id.type() + " " + id.country() + " " + v);
            }
            default -> Optional.empty();
        };
    }

    private static Optional<String> digits(String value, int length) {
        String d = alphanumeric(value, false);
        return d.length() == length && d.chars().allMatch(Character::isDigit) && informative(d)
                ? Optional.of(d)
                : Optional.empty();
    }

    /** "BKMTIRTHXXX" is the head office of "BKMTIRTH": the branch part XXX adds nothing. */
    private static Optional<String> bic(String value) {
        String b = alphanumeric(value, true);
        if (!BIC.matcher(b).matches()) {
            return Optional.empty();
        }
        return Optional.of(b.length() == 11 && b.endsWith("XXX") ? b.substring(0, 8) : b);
    }

    /** Base58 and bech32 addresses are case-significant as written; hex (Ethereum-style) ones are not. */
    private static Optional<String> address(String value) {
        String a = value.strip();
        if (a.length() < 20 || a.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(HEX_ADDRESS.matcher(a).matches() ? a.toLowerCase(Locale.ROOT) : a);
    }

    private static Optional<String> documentNumber(String value) {
        String n = alphanumeric(value, true);
        return n.length() >= 5 && informative(n) ? Optional.of(n) : Optional.empty();
    }

    /**
     * Placeholders ("0000000", "1111111", "123456") are written where a list has no number; a value needs three
     * different characters and a character that is not zero to be taken as a number.
     */
    static boolean informative(String normalised) {
        if (distinctCharacters(normalised, 3) < 3) {
            return false;
        }
        return !"0123456789".contains(normalised) && !"1234567890".contains(normalised);
    }

    /** How many different characters {@code s} holds, counted up to {@code enough}. */
    private static int distinctCharacters(String s, int enough) {
        char[] seen = new char[enough];
        int count = 0;
        for (int i = 0; i < s.length() && count < enough; i++) {
            char c = s.charAt(i);
            boolean known = false;
            for (int k = 0; k < count && !known; k++) {
                known = seen[k] == c;
            }
            if (!known) {
                seen[count++] = c;
            }
        }
        return count;
    }

    /** The ASCII letters and digits of {@code value} (upper-cased if asked), every other character dropped. */
    private static String alphanumeric(String value, boolean upperCase) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (c >= 'a' && c <= 'z') {
                out.append(upperCase ? (char) (c - ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }
}
