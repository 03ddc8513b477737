package dev.embargo.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the many ways lists write a country ("Korea, North", "Democratic People's Republic of Korea",
 * "DPRK", "Iran (Islamic Republic of)", "Belarus / Bélarus", "Russian") to ISO 3166-1 alpha-2 codes.
 * Built once from the JDK's own country names in English and French, then the wordings lists use (the
 * {@code lists} rows of {@link CountryTable}).
 */
public final class Countries {
    /** Compiled once: a batch screen looks up a country for every row. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z0-9']+");
    /** Between the parts of a bilingual or listed value; compiled once: text scans ask for every run. */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s+/\\s+|\\s*;\\s*");

    private static final java.util.regex.Pattern DETAIL = java.util.regex.Pattern.compile("\\(.*?\\)");

    private static final Countries INSTANCE = new Countries();

    private final Map<String, String> byName = new HashMap<>();

    private Countries() {
        for (String iso : Locale.getISOCountries()) {
            Locale locale = Locale.of("", iso);
            put(locale.getDisplayCountry(Locale.ENGLISH), iso);
            put(locale.getDisplayCountry(Locale.FRENCH), iso);
            put(iso, iso);
            put(locale.getISO3Country(), iso);
        }
        for (CountryTable.Row row : CountryTable.rows(CountryTable.Use.LISTS)) {
            for (String name : row.names()) {
                put(name, row.iso());
            }
        }
    }

    private void put(String name, String iso) {
        if (name != null && !name.isBlank()) {
            byName.putIfAbsent(key(name), iso);
        }
    }

    /** The ISO alpha-2 code for a country name or code as a list writes it; empty when unknown. */
    public static Optional<String> toIso(String listed) {
        return INSTANCE.lookup(listed);
    }

    private Optional<String> lookup(String listed) {
        if (listed == null || listed.isBlank()) {
            return Optional.empty();
        }
        String direct = byName.get(key(listed));
        if (direct != null) {
            return Optional.of(direct);
        }
        // Bilingual values ("Belarus / Bélarus") and "Name (detail)".
        for (String part : PARTS.split(listed)) {
            String hit = byName.get(key(part));
            if (hit != null) {
                return Optional.of(hit);
            }
            String bare = DETAIL.matcher(part).replaceAll("").strip();
            hit = byName.get(key(bare));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        // "Korea, North" style inversions not listed above.
        int comma = listed.indexOf(',');
        if (comma > 0) {
            String swapped = listed.substring(comma + 1).strip() + " "
                    + listed.substring(0, comma).strip();
            String hit = byName.get(key(swapped));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    static String key(String s) {
        // Most values (codes and English names: "RU", "Iran") are plain letters and spaces; they need no
        // Unicode decomposition or pattern, only lower case and single spaces (same result, a tenth of the work).
        if (plainLetters(s)) {
            String lower = s.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("the ") ? lower.substring(4) : lower;
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        folded = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace('’', '\''))
                .replaceAll(" ")
                .strip();
        if (folded.startsWith("the ")) {
            folded = folded.substring(4);
        }
        return folded;
    }

    /** ASCII letters with single spaces between them, nothing else (so that {@link #key} needs no patterns). */
    private static boolean plainLetters(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(c == ' ' && t.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }
}
