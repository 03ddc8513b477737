package dev.embargo.scanning.place;

import dev.embargo.scanning.text.PrefilteredPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Identifiers written in a text: IMO and MMSI numbers, digital currency addresses (Bitcoin legacy and bech32,
 * Ethereum-style hex), SWIFT/BIC codes and passport-like numbers. Strong forms (IMO, MMSI, addresses) are
 * reported even when no list has them; weak forms (BIC-shaped words, passport-like numbers) only when a list
 * does, since prose is full of words of that shape.
 */
public final class IdentifierFinder {
    /** An identifier found in a text; {@code strong} when its form alone says what it is. */
    public record Found(String kind, String value, int start, int end, boolean strong) {}

    /** A form of identifier; its pattern runs only where its start test passes. */
    private record Form(String kind, PrefilteredPattern search, boolean strong) {
        Form(String kind, Pattern pattern, PrefilteredPattern.StartTest test, boolean strong) {
            this(kind, new PrefilteredPattern(pattern, test), strong);
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form(
                    "imo",
                    Pattern.compile(
                            "\\bIMO[\\s:.#-]*(?:No\\.?|number)?[\\s:.#-]*(\\d{7})\\b", Pattern.CASE_INSENSITIVE),
                    PrefilteredPattern.startingWith(List.of("IMO")),
                    true),
            new Form(
                    "mmsi",
                    Pattern.compile(
                            "\\bMMSI[\\s:.#-]*(?:No\\.?|number)?[\\s:.#-]*(\\d{9})\\b", Pattern.CASE_INSENSITIVE),
                    PrefilteredPattern.startingWith(List.of("MMSI")),
                    true),
            new Form(
                    "digital-currency",
                    Pattern.compile("\\b(bc1[ac-hj-np-z02-9]{11,71})\\b"),
                    PrefilteredPattern.startingWith(List.of("bc1")),
                    true),
            new Form(
                    "digital-currency",
                    Pattern.compile("\\b([13][a-km-zA-HJ-NP-Z1-9]{25,34})\\b"),
                    PrefilteredPattern.startingWith(List.of("1", "3")),
                    true),
            new Form(
                    "digital-currency",
                    Pattern.compile("\\b(0x[0-9a-fA-F]{40})\\b"),
                    PrefilteredPattern.startingWith(List.of("0x")),
                    true),
            new Form(
                    "swift-bic",
                    Pattern.compile("\\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b"),
                    (PrefilteredPattern.StartTest) IdentifierFinder::bicShaped,
                    false),
            new Form(
                    "document-number",
                    Pattern.compile("\\b([A-Z]{0,2}\\d{6,10})\\b"),
                    (PrefilteredPattern.StartTest) IdentifierFinder::documentNumberShaped,
                    false));

    /**
     * Where an ASCII letter or digit follows no ASCII letter, digit or underscore. Every form starts with
     * {@code \\b} before an ASCII letter or digit, and {@code \\b} is a boundary of {@code \\w} ([A-Za-z0-9_]):
     * no match starts anywhere else ("é1234567" has one before the 1).
     */
    private static int[] wordStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        boolean afterWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (alphanumeric && !afterWord) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            afterWord = alphanumeric || c == '_';
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** Six capital letters and two capitals or digits: what every BIC starts with. */
    private static boolean bicShaped(CharSequence text, int at) {
        if (at + 8 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 8; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || i >= at + 6 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** At most two capital letters, then six digits. */
    private static boolean documentNumberShaped(CharSequence text, int at) {
        int i = at;
        while (i < at + 2 && i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
            i++;
        }
        int digits = 0;
        while (i < text.length() && digits < 6 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
            digits++;
        }
        return digits == 6;
    }

    private IdentifierFinder() {}

    /** Every form's full pattern, in order, for tests that check the search against them. */
    static List<Pattern> patterns() {
        return FORMS.stream().map(f -> f.search().pattern()).toList();
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int[] starts = wordStarts(text);
        for (Form f : FORMS) {
            for (MatchResult m : f.search().findAllAt(text, starts)) {
                out.add(new Found(f.kind(), m.group(1), m.start(), m.end(), f.strong()));
            }
        }
        return out;
    }
}
