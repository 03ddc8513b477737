package dev.embargo.scanning.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences of flat text: a sentence ends at . ! or ? (closing quotes may follow) before a space and a capital
 * or digit. Numbers never split ("1,6", "350.000": no space follows the mark), nor do initials and common
 * abbreviations ("J. Smith", "dr. Jansen").
 */
final class SentenceSplitter {
    /** A sentence as flat offsets [start, end). */
    record Span(int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "mr", "mrs", "ms", "st", "prof", "gen", "nr", "no", "vs", "bijv", "ca", "dhr", "mevr", "mw", "jr",
            "sr", "etc", "inc", "ltd", "co", "corp", "bzw", "z.b", "u.a", "mme", "mlle", "e.g", "i.e", "o.a", "m.b.t",
            "resp", "ing", "ir", "drs", "mgr", "lt", "col", "sgt");

    private SentenceSplitter() {}

    static List<Span> split(String flat) {
        List<Span> spans = new ArrayList<>();
        int start = skipSpaces(flat, 0);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < flat.length() && isClosingQuote(flat.charAt(j))) {
                j++;
            }
            if (j >= flat.length() || flat.charAt(j) != ' ') {
                continue;
            }
            int k = j + 1;
            while (k < flat.length() && isOpeningQuote(flat.charAt(k))) {
                k++;
            }
            if (k >= flat.length() || !(Character.isUpperCase(flat.charAt(k)) || Character.isDigit(flat.charAt(k)))) {
                continue;
            }
            if (c == '.' && abbreviationBefore(flat, i)) {
                continue;
            }
            if (j > start) {
                spans.add(new Span(start, j));
            }
            start = j + 1;
        }
        int end = flat.length();
        while (end > start && flat.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean abbreviationBefore(String flat, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(flat.charAt(w - 1)) || flat.charAt(w - 1) == '.')) {
            w--;
        }
        String word = flat.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosingQuote(char c) {
        return c == '’' || c == '”' || c == '"' || c == '\'' || c == '»' || c == ')';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '‘' || c == '“' || c == '"' || c == '\'' || c == '«' || c == '(' || c == '„';
    }
}
