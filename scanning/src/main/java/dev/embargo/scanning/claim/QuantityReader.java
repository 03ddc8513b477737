package dev.embargo.scanning.claim;

import dev.embargo.lists.ResourceLines;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.WordLists;
import dev.embargo.scanning.text.PrefilteredPattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in one language's prose: digits in that language's number format, number words, scale
 * words (miljoen, billion, Milliarde, milliard), currencies, percent, tons and the counted noun after them.
 * Years, dates and durations ("twee jaar") are left out: they date a claim, they are not its figure.
 *
 * <p>The words (number words, months, durations, words that are no counted noun) are every language's together,
 * resources per language ({@link WordLists}). Scale words and units stay here as patterns, beside the code that
 * gives each its value ("billion" is 10^9 in English, 10^12 elsewhere).
 */
final class QuantityReader {
    /** A figure found in a flat string; offsets are flat offsets. */
    record Found(double value, String unit, String written, int start, int end) {}

    /** Every language's number words and their values ({@code words/<code>/number-words.txt}). */
    private static final Map<String, Integer> WORD_VALUES = wordValues();

    private static final String NUMBER_WORDS = String.join("|", WORD_VALUES.keySet());
    /** These are also the indefinite article: a number only when a scale word follows ("een miljoen"). */
    private static final Set<String> ARTICLE_ONES = WordLists.wordsOfAll("number-words-also-articles");

    private static final String SCALES = "miljoenen|miljoen|millions|million|millionen|mln|miljarden|miljard|billions"
            + "|billion|milliarden|milliarde|milliards|milliard|mld|mrd|bn|biljoen|trillion|billionen";
    private static final String UNITS = "%|procent|percent|per cent|prozent|pour cent|pct|tonnes|tonne|tonnen|tons|ton"
            + "|euros|euro|eur|€|dollars|dollar|usd|\\$|gbp|£";
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[ ]?(\\p{L}[\\p{L}\\-]*)");
    /** French counts after "de" once a scale word stands between: "2 millions d'obus", "5 millions d'euros". */
    private static final Pattern FRENCH_COUNTED = Pattern.compile("\\G[ ]?(?:d['’]|de )(\\p{L}[\\p{L}\\-]*)");

    private static final Pattern UNIT_WORD = Pattern.compile("(?:" + UNITS + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[ ]?$");
    private static final Set<String> MONTHS = WordLists.wordsOfAll("months");
    private static final Set<String> DURATIONS = WordLists.wordsOfAll("durations");
    /** Words after a number that are not what it counts. */
    private static final Set<String> NOT_NOUNS = WordLists.wordsOfAll("not-counted");

    private final Language language;
    private final PrefilteredPattern pattern;

    QuantityReader(Language language) {
        this.language = language;
        String grouped =
                language == Language.FR ? "\\d{1,3}(?:[ .]\\d{3})+(?:,\\d+)?" : "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?";
        String number = "(?<![\\p{L}\\p{N}/\\-.,])(?:(?<digits>" + grouped
                + "|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\p{N}])(?![.,]\\d)" + "|(?<word>\\b(?:" + NUMBER_WORDS + "))\\b)";
        Pattern full = Pattern.compile(
                "(?<currency>US\\$|\\$|€|£)?" + number + "(?: ?(?<scale>\\b(?:" + SCALES
                        + ")\\b(?:(?<=mln|mld|mrd|bn)\\.)?))?(?: ?(?<unit>(?:" + UNITS + ")(?![\\p{L}])))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        // A figure starts with a currency sign, a digit or a number word; a number word only where no letter
        // stands before it and as a whole word (the pattern refuses a letter on either side), so "the" and "sea"
        // are passed without trying the pattern.
        PrefilteredPattern.StartTest digit = (text, at) -> Character.isDigit(Character.codePointAt(text, at));
        this.pattern = new PrefilteredPattern(
                full,
                digit.or(PrefilteredPattern.startingWith(List.of("US$", "$", "€", "£")))
                        .or(PrefilteredPattern.wholeWordIn(List.of(NUMBER_WORDS.split("\\|")))
                                .atWordStart()));
    }

    /**
     * The pattern's matches in [from, to). A figure can only start where no letter stands before (the pattern
     * refuses a letter before a digit or a number word) or at a currency sign (US$ and $ may follow a letter):
     * those places are found in one pass, and the pattern's own start test is asked only there, not at every
     * character.
     */
    List<MatchResult> matches(String flat, int from, int to) {
        int[] places = PrefilteredPattern.placesAfterNonLetter(flat, from, to, false, "$€£Uu");
        return pattern.findAllAt(flat, places, to);
    }

    /** The pattern and where it is tried, for tests that check the search against the pattern alone. */
    PrefilteredPattern search() {
        return pattern;
    }

    List<Found> find(String flat, int from, int to) {
        List<Found> found = new ArrayList<>();
        for (MatchResult m : matches(flat, from, to)) {
            Found f = read(flat, m, to);
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    private Found read(String flat, MatchResult m, int to) {
        String currency = m.group("currency");
        String digits = m.group("digits");
        String word = m.group("word");
        String scale = m.group("scale");
        String unitWord = m.group("unit");
        String wordKey = word == null ? null : word.toLowerCase(Locale.ROOT);
        if (wordKey != null && ARTICLE_ONES.contains(wordKey) && scale == null) {
            return null;
        }
        double value = digits != null ? parse(digits) : WORD_VALUES.get(wordKey);
        if (Double.isNaN(value)) {
            return null;
        }
        if (scale != null) {
            value *= scaleValue(scale.toLowerCase(Locale.ROOT).replace(".", ""));
        }
        String unit = currency != null ? currencyUnit(currency) : null;
        if (unitWord != null) {
            String u = unitName(unitWord.toLowerCase(Locale.ROOT));
            unit = unit == null ? u : unit;
        }
        int end = m.end();
        if (unit == null && scale != null && language == Language.FR) {
            Matcher counted = FRENCH_COUNTED.matcher(flat).region(end, to);
            if (counted.lookingAt() && !NOT_NOUNS.contains(counted.group(1).toLowerCase(Locale.ROOT))) {
                String noun = counted.group(1).toLowerCase(Locale.ROOT);
                unit = UNIT_WORD.matcher(noun).matches() ? unitName(noun) : noun;
                end = counted.end();
            }
        }
        if (unit == null) {
            Matcher next = NEXT_WORD.matcher(flat).region(end, to);
            if (next.lookingAt() && isCountedNoun(next.group(1))) {
                String noun = next.group(1).toLowerCase(Locale.ROOT);
                if (MONTHS.contains(noun) || DURATIONS.contains(noun)) {
                    return null;
                }
                unit = noun;
                end = next.end();
            } else {
                if (digits != null && scale == null && digits.matches("1[89]\\d\\d|20\\d\\d")) {
                    return null;
                }
                if (word != null && scale == null) {
                    return null;
                }
                unit = "";
            }
            if (digits != null && scale == null && followsMonth(flat, m.start())) {
                return null;
            }
        }
        return new Found(value, unit, flat.substring(m.start(), end), m.start(), end);
    }

    private boolean isCountedNoun(String w) {
        if (NOT_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || w.length() < 2) {
            return false;
        }
        return Character.isLowerCase(w.charAt(0)) || language == Language.DE;
    }

    private static boolean followsMonth(String flat, int start) {
        Matcher prev = PREVIOUS_WORD.matcher(flat.substring(Math.max(0, start - 12), start));
        return prev.find() && MONTHS.contains(prev.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * A lone separator that is the language's decimal mark is decimal; the other mark groups thousands only when
     * exactly three digits follow ("350.000" in Dutch, "1,000" in English), else it is decimal too ("1.6" in Dutch).
     */
    double parse(String digits) {
        String s = digits.replace(" ", "");
        int dots = count(s, '.');
        int commas = count(s, ',');
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
        } else if (dots + commas == 0) {
            decimal = 0;
        } else {
            char mark = dots > 0 ? '.' : ',';
            char languageDecimal = language.commaIsDecimal() ? ',' : '.';
            if (dots + commas > 1) {
                decimal = 0;
            } else if (mark == languageDecimal) {
                decimal = mark;
            } else {
                decimal = s.length() - s.indexOf(mark) - 1 == 3 ? 0 : mark;
            }
        }
        StringBuilder plain = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        try {
            return Double.parseDouble(plain.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private double scaleValue(String s) {
        if (s.startsWith("miljoen") || s.startsWith("million") || s.equals("mln")) {
            return 1e6;
        }
        if (s.startsWith("miljard")
                || s.startsWith("milliard")
                || s.equals("mld")
                || s.equals("mrd")
                || s.equals("bn")) {
            return 1e9;
        }
        if (s.startsWith("billion")) {
            return language == Language.EN ? 1e9 : 1e12;
        }
        return 1e12;
    }

    private static String currencyUnit(String c) {
        return switch (c) {
            case "€" -> "euro";
            case "£" -> "gbp";
            default -> "usd";
        };
    }

    private static String unitName(String u) {
        if (u.equals("%") || u.startsWith("pro") || u.startsWith("per") || u.startsWith("pour") || u.equals("pct")) {
            return "percent";
        }
        if (u.startsWith("ton")) {
            return "ton";
        }
        if (u.startsWith("eur") || u.equals("€")) {
            return "euro";
        }
        if (u.equals("gbp") || u.equals("£")) {
            return "gbp";
        }
        return "usd";
    }

    /** In {@link Language} order, then file order; a word two languages share keeps its first value. */
    private static Map<String, Integer> wordValues() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            for (ResourceLines.Line line : WordLists.entries(l, "number-words")) {
                String[] parts = line.text().split(" ");
                if (parts.length != 2
                        || !parts[0].equals(parts[0].toLowerCase(Locale.ROOT))
                        || !parts[1].matches("[1-9]\\d{0,6}")) {
                    throw line.malformed("a lower-case number word, one space and its value in digits");
                }
                values.putIfAbsent(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
