package dev.embargo.lists.canada;

import dev.embargo.lists.Countries;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sanctions regime of a SEMA record, read from its bilingual {@code <Country>} value.
 *
 * @param name    the English half ("Russia", "Myanmar (Burma)", "Hamas Terrorist Attacks")
 * @param slug    short stable key for entity ids ("russia", "myanmar", "jvcfor")
 * @param country ISO code when the regime is a country's, else null (thematic regimes)
 */
record SemaRegime(String name, String slug, String country) {
    private static final Pattern BILINGUAL_SEPARATOR = Pattern.compile("\\s+/\\s+");
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z]{3,})\\)");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    static SemaRegime of(String countryElement) {
        String english = BILINGUAL_SEPARATOR.split(countryElement.strip(), 2)[0].strip();
        return new SemaRegime(english, slug(english), Countries.toIso(english).orElse(null));
    }

    /** The regulation's own acronym when it has one (long thematic titles), else the name without asides. */
    private static String slug(String english) {
        Matcher acronym = ACRONYM.matcher(english);
        String base = acronym.find()
                ? acronym.group(1)
                : PARENTHETICAL.matcher(english).replaceAll(" ");
        return slugOf(base);
    }

    static String slugOf(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
