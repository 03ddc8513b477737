package dev.embargo.parties;

import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Comparison keys of names, the same for every script: compatibility-decomposed, marks (accents, Arabic
 * vowel signs) dropped, case folded, apostrophes dropped, split into words of letters and digits, and the
 * words sorted — so "KIM, Jong Un" and "Jong-Un Kim" share a key, and an Arabic or Cyrillic name matches
 * the same name in the same script on another list. Nothing is transliterated: a key only says two lists
 * wrote the same name, which is what grouping may rely on.
 */
final class NameKeys {
    private NameKeys() {}

    /**
     * The keys of a listing's strong names, and of each name without a bracketed tail ("GLOBAL RELIEF FOUNDATION
     * (GRF)"). {@code full}: the keys that can stand for a whole name — two words or more, or one word of two
     * characters or more in a script written without spaces (Han, Hangul, kana, Thai). {@code all}: every key
     * of three characters or more, acronyms included, for counting names in common.
     */
    record Keys(Set<String> full, Set<String> all) {}

    static Keys of(Iterable<Name> names) {
        Set<String> full = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (Name n : names) {
            if (n.quality() != NameQuality.STRONG) {
                continue;
            }
            String name = n.full();
            add(full, all, name);
            int open = name.lastIndexOf('(');
            if (open > 0 && name.stripTrailing().endsWith(")") && name.indexOf(')', open) >= 0) {
                add(full, all, name.substring(0, open));
            }
        }
        return new Keys(full, all);
    }

    private static void add(Set<String> full, Set<String> all, String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return;
        }
        String key = String.join(" ", words);
        if (key.length() >= 3) {
            all.add(key);
        }
        if (isFull(words)) {
            full.add(key);
        }
    }

    static List<String> words(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKD);
                break;
            }
        }
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp) || isMark(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (cp == 'ß') {
                    word.append("ss");
                } else {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        Collections.sort(words);
        return words;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == '`' || cp == 'ʼ' || cp == 'ʻ';
    }

    private static boolean isMark(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isFull(List<String> words) {
        if (words.size() >= 2) {
            return true;
        }
        String w = words.getFirst();
        return w.codePointCount(0, w.length()) >= 2 && writtenWithoutSpaces(w.codePointAt(0));
    }

    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }
}
