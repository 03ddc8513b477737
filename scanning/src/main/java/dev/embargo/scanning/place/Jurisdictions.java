package dev.embargo.scanning.place;

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
 * Adjectives ("Noord-Koreaanse", "Russische") count as naming the country.
 */
public final class Jurisdictions {
    /** A jurisdiction named in a text. */
    public record Found(String iso, String name, int start, int end, String written) {
    }

    private static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("KP", new String[] {"North Korea", "North Korean", "DPRK", "D.P.R.K.",
                "Democratic People's Republic of Korea", "Noord-Korea", "Noord Korea", "Noord-Koreaanse",
                "Noord-Koreaans", "Nordkorea", "nordkoreanische", "nordkoreanischen", "Corée du Nord",
                "nord-coréen", "nord-coréenne", "북한", "조선민주주의인민공화국", "КНДР", "Северная Корея", "Pyongyang"});
        NAMES.put("IR", new String[] {"Iran", "Iranian", "Iraanse", "Iraans", "iranische", "iranien", "iranienne",
                "Иран"});
        NAMES.put("RU", new String[] {"Russia", "Russian Federation", "Russian", "Rusland", "Russische", "Russisch",
                "Russland", "russische", "russischen", "Russie", "russe", "Россия", "Kremlin", "Kremlin's"});
        NAMES.put("SY", new String[] {"Syria", "Syrian", "Syrië", "Syrische", "Syrien", "syrische", "Syrie",
                "syrien", "Сирия"});
        NAMES.put("CU", new String[] {"Cuba", "Cuban", "Cubaanse", "Kuba", "kubanische", "cubain"});
        NAMES.put("BY", new String[] {"Belarus", "Belarusian", "Wit-Rusland", "Belarussische", "Weißrussland",
                "Biélorussie", "Беларусь"});
        NAMES.put("VE", new String[] {"Venezuela", "Venezuelan", "Venezolaanse"});
        NAMES.put("MM", new String[] {"Myanmar", "Burma", "Birma"});
        NAMES.put("AF", new String[] {"Afghanistan", "Afghaanse"});
        NAMES.put("IQ", new String[] {"Iraq", "Irak", "Iraakse"});
        NAMES.put("LY", new String[] {"Libya", "Libië", "Libyen", "Libye"});
        NAMES.put("SD", new String[] {"Sudan", "Soedan", "Soudan"});
        NAMES.put("SS", new String[] {"South Sudan", "Zuid-Soedan", "Südsudan"});
        NAMES.put("SO", new String[] {"Somalia", "Somalië", "Somalie"});
        NAMES.put("YE", new String[] {"Yemen", "Jemen"});
        NAMES.put("ML", new String[] {"Mali"});
        NAMES.put("CF", new String[] {"Central African Republic", "Centraal-Afrikaanse Republiek",
                "Zentralafrikanische Republik", "République centrafricaine"});
        NAMES.put("CD", new String[] {"Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"});
        NAMES.put("LB", new String[] {"Lebanon", "Libanon", "Liban"});
        NAMES.put("NI", new String[] {"Nicaragua"});
        NAMES.put("ZW", new String[] {"Zimbabwe"});
        NAMES.put("HT", new String[] {"Haiti", "Haïti"});
        NAMES.put("PS", new String[] {"Gaza", "West Bank", "Westelijke Jordaanoever"});
    }

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
        names.sort((a, b) -> Integer.compare(alternatives.get(b).length(), alternatives.get(a).length()));
        SEARCH = PrefilteredPattern.alternation("(?<![\\p{L}\\p{N}])", names.stream().map(alternatives::get).toList(), names,
                "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
                PrefilteredPattern.startingWith(ISO_BY_NAME.keySet()).atWordStart());
        PATTERN = SEARCH.pattern();
    }

    private Jurisdictions() {
    }

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
            String key = written.replaceAll("-\\s+", "-").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            String iso = ISO_BY_NAME.get(key);
            if (iso != null) {
                out.add(new Found(iso, NAMES.get(iso)[0], m.start(), m.end(), written));
            }
        }
        return out;
    }
}
