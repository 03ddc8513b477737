package dev.embargo.lists.canada;

import dev.embargo.lists.model.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the free-text {@code <Aliases>} of a SEMA record into single names. The field has no fixed
 * separator: ";" and "/" between names, language labels ("Belarusian: ...", "Russian: ...", "Arabic:"),
 * commas and " or " between spelling variants; yet commas also sit inside names ("Банк Зенит, ПАО",
 * "Баранов, Олег Анатольевич", commas inside quoted company names), and line breaks are mere wrapping.
 */
final class SemaAliasSplitter {
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    /** Always a boundary between two names. */
    private static final Pattern SEGMENT_BOUNDARY = Pattern.compile(
            ";|(?<!\\b\\p{L})\\s*/\\s*(?!\\p{L}\\b)|\\b(?:Russian|Belaru?s+ian|Arabic|Ukrainian|Farsi|Persian|Hebrew|Chinese|Korean)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OR = Pattern.compile(",?\\s+or\\s+");
    /** "and" between names: always for people, for organisations only between non-Latin names. */
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:and|or)\\s+");
    /** "Surname, Given Names" or "Given, Variant SURNAME": one name written with a comma. */
    private static final Pattern INVERTED_NAME = Pattern.compile("[^\\s,]+,\\s+[^\\s,]+\\s+[^,]+");
    /** Legal forms that the list writes after a comma ("Банк Зенит, ПАО"): part of the name before them. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "АО",
            "ООО",
            "ПАО",
            "ОАО",
            "ЗАО",
            "НАО",
            "САО",
            "ФГУП",
            "ФГБУ",
            "МК",
            "НКО",
            "АНО",
            "AO",
            "OOO",
            "PAO",
            "OAO",
            "ZAO",
            "LLC",
            "JSC",
            "PJSC",
            "OJSC",
            "CJSC",
            "FSUE",
            "LTD",
            "LTD.",
            "INC",
            "INC.",
            "CO",
            "CO.",
            "CORP",
            "CORP.",
            "GMBH",
            "LLP",
            "PLC",
            "S.A.",
            "SA",
            "FZE",
            "FZCO",
            "НЕКОММЕРЧЕСКОЕ ПАРТНЕРСТВО");

    private SemaAliasSplitter() {}

    /** A name cut out of the field; {@code weak} when it is a lone word, too little to screen on alone. */
    record Piece(String name, boolean weak) {}

    static List<Piece> split(String aliases, boolean person) {
        List<Piece> out = new ArrayList<>();
        if (aliases == null) {
            return out;
        }
        String text = SPACE_LIKE.matcher(aliases).replaceAll(" ").strip();
        for (String segment : SEGMENT_BOUNDARY.split(text)) {
            String s = tidy(segment);
            if (s.isEmpty()) {
                continue;
            }
            List<String> names = person
                            && INVERTED_NAME.matcher(s).matches()
                            && !OR.matcher(s).find()
                    ? List.of(s)
                    : splitVariants(s, person);
            for (String name : names) {
                String n = tidy(name);
                if (!n.isEmpty() && n.chars().anyMatch(Character::isLetter)) {
                    out.add(new Piece(n, person && n.indexOf(' ') < 0));
                }
            }
        }
        return out;
    }

    private static List<String> splitVariants(String segment, boolean person) {
        List<String> pieces = new ArrayList<>();
        for (String orPart : OR.split(segment)) {
            boolean andSeparates = person || !"Latn".equals(Scripts.dominantScript(orPart));
            for (String andPart : andSeparates ? AND.split(orPart) : new String[] {orPart}) {
                pieces.addAll(joinLegalForms(splitOnCommas(andPart)));
            }
        }
        return pieces;
    }

    /** Commas outside quotes; quotes are ignored when they do not pair up (the list has stray ones). */
    private static List<String> splitOnCommas(String text) {
        List<String> parts = splitOnCommas(text, true);
        return parts != null ? parts : splitOnCommas(text, false);
    }

    private static List<String> splitOnCommas(String text, boolean respectQuotes) {
        List<String> parts = new ArrayList<>();
        boolean inStraight = false;
        int guillemets = 0;
        int curly = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> inStraight = !inStraight;
                case '«' -> guillemets++;
                case '»' -> guillemets--;
                case '“', '„' -> curly++;
                case '”' -> curly--;
                case ',' -> {
                    if (!respectQuotes || (!inStraight && guillemets <= 0 && curly <= 0)) {
                        parts.add(text.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> {}
            }
        }
        if (respectQuotes && (inStraight || guillemets != 0 || curly != 0)) {
            return null;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static List<String> joinLegalForms(List<String> parts) {
        List<String> joined = new ArrayList<>();
        String pendingPrefix = null;
        for (String raw : parts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (LEGAL_FORMS.contains(part.toUpperCase(Locale.ROOT))) {
                if (!joined.isEmpty()) {
                    joined.set(joined.size() - 1, joined.getLast() + ", " + part);
                } else {
                    pendingPrefix = pendingPrefix == null ? part : pendingPrefix + ", " + part;
                }
                continue;
            }
            joined.add(pendingPrefix == null ? part : pendingPrefix + ", " + part);
            pendingPrefix = null;
        }
        if (pendingPrefix != null) {
            joined.add(pendingPrefix);
        }
        return joined;
    }

    /** Drops separators and brackets left dangling at either end of a piece. */
    private static String tidy(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (Character.isWhitespace(s.charAt(start)) || ",;:)".indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || ",;:(".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        String t = LEADING_CONJUNCTION.matcher(s.substring(start, end)).replaceFirst("");
        if (t.endsWith(")") && count(t, '(') < count(t, ')')) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.startsWith("(") && count(t, '(') > count(t, ')')) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
