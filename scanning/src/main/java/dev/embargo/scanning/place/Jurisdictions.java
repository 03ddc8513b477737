package dev.embargo.scanning.place;

import dev.embargo.lists.CountryTable;
import dev.embargo.scanning.text.PrefilteredPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Sanctioned jurisdictions as prose names them, in English, Dutch, German, French, Korean and Russian
 * (North Korea / Noord-Korea / Nordkorea / Corée du Nord / DPRK / 북한 / КНДР), with their ISO codes.
 * Adjectives ("Noord-Koreaanse", "Russische") count as naming the country. The names are the {@code prose}
 * rows of the country table the lists module keeps ({@link CountryTable}).
 */
public final class Jurisdictions {
    /** A jurisdiction named in a text. */
    public record Found(String iso, String name, int start, int end, String written) {}

    /** Names by ISO code, from the {@code prose} rows of the country table; the first name is the one reported. */
    private static final Map<String, List<String>> NAMES = CountryTable.namesByIso(CountryTable.Use.PROSE);

    private static final Pattern PATTERN;
    /** The pattern tried only where a name's first letters stand: a text names few countries. */
    private static final PrefilteredPattern SEARCH;

    private static final Map<String, String> ISO_BY_NAME = new LinkedHashMap<>();

    static {
        List<String> names = new ArrayList<>();
        NAMES.forEach((iso, written) -> {
            for (String n : written) {
                ISO_BY_NAME.put(n.toLowerCase(Locale.ROOT), iso);
                names.add(n);
            }
        });
        // Longest first, so "North Korean" wins over "North Korea".
        Map<String, String> alternatives = new java.util.HashMap<>();
        for (String n : names) {
            alternatives.put(n, Pattern.quote(n).replace(" ", "\\E\\s+\\Q").replace("-", "\\E-\\s*\\Q"));
        }
        names.sort((a, b) -> Integer.compare(
                alternatives.get(b).length(), alternatives.get(a).length()));
        SEARCH = PrefilteredPattern.alternation(
                "(?<![\\p{L}\\p{N}])",
                names.stream().map(alternatives::get).toList(),
                names,
                "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
                PrefilteredPattern.startingWith(ISO_BY_NAME.keySet()).atWordStart());
        PATTERN = SEARCH.pattern();
    }

    private Jurisdictions() {}

    /** The full pattern, for tests that check the search against it. */
    static Pattern pattern() {
        return PATTERN;
    }

    /**
     * Where the pattern matches, as a search with it everywhere would find. A name starts where no letter or
     * digit stands before (the pattern refuses one there): those places are found in one pass, and the start
     * test is asked only there, not at every character.
     */
    static List<MatchResult> matches(String text) {
        return SEARCH.findAllAt(text, PrefilteredPattern.placesAfterNonLetter(text, 0, text.length(), true, ""));
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        for (MatchResult m : matches(text)) {
            String written = m.group();
            String iso = ISO_BY_NAME.get(key(written));
            if (iso != null) {
                out.add(new Found(iso, NAMES.get(iso).getFirst(), m.start(), m.end(), written));
            }
        }
        return out;
    }

    /**
     * A name as written, in the form {@link #ISO_BY_NAME} is keyed by: lower case, white space (as regex
     * {@code \s} has it) after a hyphen removed and every other run of it one space, as the pattern lets a
     * name be written ("North  Korea", "Noord-\nKorea").
     */
    static String key(String written) {
        StringBuilder b = new StringBuilder(written.length());
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
                i++;
                continue;
            }
            boolean afterHyphen = i > 0 && written.charAt(i - 1) == '-';
            while (i < written.length() && isSpace(written.charAt(i))) {
                i++;
            }
            if (!afterHyphen) {
                b.append(' ');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
