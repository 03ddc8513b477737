package dev.embargo.lists.australia;

import dev.embargo.lists.Countries;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts DFAT writes into the free-text "Additional Information" cell that a screener needs as data:
 * IMO numbers ("IMO number: 5571322", "International Maritime Organization (IMO) Number: 1790183"),
 * passport numbers where the text marks them as such, and the gender.
 */
final class DfatAdditionalInformation {
    private static final Pattern IMO = Pattern.compile("\\bIMO\\b\\)?[^\\d\\n]{0,40}?(?<!\\d)(\\d{7})(?!\\d)");
    private static final Pattern PASSPORT_MARKER = Pattern.compile(
            "\\bpassport\\b(?:\\s+(?:no\\.?|number|num\\.?|information))?\\s*[:.\\-–]?\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * One passport after the marker: an optional "a)", the issuing country's words ("Saudi Arabian passport
     * number", "Libya", "Philippines number"), then the number, which must hold a digit and 5+ characters.
     */
    private static final Pattern PASSPORT = Pattern.compile(
            "(?:[a-z]\\)\\s*)?"
                    + "(?:((?:[A-Z][a-z][A-Za-z'’]*\\s+){1,3}?)(?:(?i:passport)\\s+)?(?:(?i:number|no\\.?)\\s*:?\\s*)?)?"
                    + "([A-Z]{1,3}[\\s-]?\\d[0-9A-Z]{3,}|\\d[0-9A-Z]{4,})\\b"
                    + "(?:\\s*\\((?:(?i:issued by)\\s+(?:the\\s+)?)?([^()]{2,60})\\)"
                    + "|,?\\s*issued\\s+(?:in|by)\\s+(?:the\\s+)?([A-Z][A-Za-z'’ ]{2,60}?)(?=[,.;(]|\\s+on\\b|\\s+[a-z]\\)|$))?");
    /** "Afghan passport no. SE 012820": the issuing country's adjective before the marker. */
    private static final Pattern ADJECTIVE_BEFORE =
            Pattern.compile("([A-Z][a-z][A-Za-z'’]*(?:\\s+[A-Z][a-z][A-Za-z'’]*)?)\\s+$");
    /** "…: 199110092; 472220503", "654220247 and PD381210081", "563210059 (expired 2018); 654410104". */
    private static final Pattern MORE_NUMBERS = Pattern.compile(
            "\\s*(?:\\([^()]*\\))?\\s*(?:;|,|\\band\\b)\\s*([A-Z]{1,3}\\d[0-9A-Z]{3,}|\\d[0-9A-Z]{4,})\\b");

    private static final Pattern NEXT_LETTERED_ITEM = Pattern.compile("\\s([b-z])\\)\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[A-Z][a-z])");
    private static final Pattern GENDER =
            Pattern.compile("\\bgender\\s*:\\s*(male|female)\\b", Pattern.CASE_INSENSITIVE);

    private DfatAdditionalInformation() {}

    static List<Identifier> imoNumbers(String text) {
        List<Identifier> out = new ArrayList<>();
        Matcher m = IMO.matcher(text);
        while (m.find()) {
            out.add(new Identifier(IdentifierType.IMO, m.group(1), null, null, "IMO number"));
        }
        return out;
    }

    static List<Identifier> passports(String text) {
        List<Identifier> out = new ArrayList<>();
        Matcher marker = PASSPORT_MARKER.matcher(text);
        int from = 0;
        while (from < text.length() && marker.find(from)) {
            String label = marker.group().strip().replaceAll("[\\s:.\\-–]+$", "");
            int at = marker.end();
            from = Math.max(at, marker.start() + 1);
            Matcher item = PASSPORT.matcher(text).region(at, text.length());
            if (!item.lookingAt()) {
                continue;
            }
            boolean lettered = text.startsWith("a)", at);
            String before = countryBefore(text, marker.start());
            int end = addPassport(out, item, label, before);
            Matcher more = MORE_NUMBERS.matcher(text).region(end, text.length());
            while (more.lookingAt()) {
                out.add(new Identifier(IdentifierType.PASSPORT, more.group(1), before, null, label));
                end = more.end();
                more.region(end, text.length());
            }
            if (lettered) {
                end = nextLetteredPassports(text, end, label, out);
            }
            from = Math.max(from, end);
        }
        return out;
    }

    /** "a) 927234267 b) 108120258": the further items, up to the end of the sentence. */
    private static int nextLetteredPassports(String text, int from, String label, List<Identifier> out) {
        Matcher sentenceEnd = SENTENCE_END.matcher(text);
        int limit = sentenceEnd.find(from) ? sentenceEnd.start() : text.length();
        Matcher next = NEXT_LETTERED_ITEM.matcher(text).region(from, limit);
        int end = from;
        while (next.find()) {
            Matcher item = PASSPORT.matcher(text).region(next.end(), limit);
            if (item.lookingAt()) {
                end = addPassport(out, item, label, null);
                next.region(end, limit);
            }
        }
        return end;
    }

    private static int addPassport(List<Identifier> out, Matcher item, String label, String countryBefore) {
        String country = countryOf(item.group(1))
                .or(() -> countryOf(item.group(3)))
                .or(() -> countryOf(item.group(4)))
                .orElse(countryBefore);
        out.add(new Identifier(IdentifierType.PASSPORT, item.group(2).strip(), country, null, label));
        return item.end();
    }

    private static String countryBefore(String text, int markerStart) {
        Matcher m = ADJECTIVE_BEFORE.matcher(text).region(Math.max(0, markerStart - 40), markerStart);
        if (!m.find()) {
            return null;
        }
        String words = m.group(1);
        int space = words.lastIndexOf(' ');
        return countryOf(words)
                .or(() -> space < 0 ? Optional.empty() : countryOf(words.substring(space + 1)))
                .orElse(null);
    }

    private static Optional<String> countryOf(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        return Countries.toIso(words.strip());
    }

    static Optional<String> gender(String text) {
        Matcher m = GENDER.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
