package dev.embargo.parties;

import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comparison keys of names, the same for every script: compatibility-decomposed, marks (accents, Arabic
 * vowel signs) dropped, case folded, apostrophes dropped, split into words of letters and digits, and the
 * words sorted — so "KIM, Jong Un" and "Jong-Un Kim" share a key, and an Arabic or Cyrillic name matches
 * the same name in the same script on another list. Nothing is transliterated: a key only says two lists
 * wrote the same name, which is what grouping may rely on.
 *
 * <p>Every index build folds every listed name, so a key is folded into one buffer and written as one string,
 * its words sorted by their places in the buffer, without a string per word.
 */
final class NameKeys {
    private NameKeys() {}

    /**
     * The keys of a listing's strong names, and of each name without a bracketed tail ("GLOBAL RELIEF FOUNDATION
     * (GRF)"), each sorted and without repeats. {@code full}: the keys that can stand for a whole name — two
     * words or more, or one word of two characters or more in a script written without spaces (Han, Hangul,
     * kana, Thai). {@code all}: every key of three characters or more, acronyms included, for counting names in
     * common.
     */
    record Keys(List<String> full, List<String> all) {}

    static Keys of(Iterable<Name> names) {
        Folder folder = new Folder();
        List<String> full = new ArrayList<>(4);
        List<String> all = new ArrayList<>(4);
        for (Name n : names) {
            if (n.quality() != NameQuality.STRONG) {
                continue;
            }
            String name = n.full();
            folder.add(full, all, name);
            int open = name.lastIndexOf('(');
            if (open > 0 && name.stripTrailing().endsWith(")") && name.indexOf(')', open) >= 0) {
                folder.add(full, all, name.substring(0, open));
            }
        }
        return new Keys(SortedLists.of(full), SortedLists.of(all));
    }

    /** The key of one name: its folded words, sorted, joined by single spaces; empty when it has no word. */
    static String key(String name) {
        Folder folder = new Folder();
        return folder.fold(name) ? folder.key() : "";
    }

    /** Folds names into one reused buffer: the words' characters, and where each word starts and ends. */
    private static final class Folder {
        private final StringBuilder chars = new StringBuilder(64);
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int count;

        void add(List<String> full, List<String> all, String name) {
            if (!fold(name)) {
                return;
            }
            String key = key();
            if (key.length() >= 3) {
                all.add(key);
            }
            if (isFull()) {
                full.add(key);
            }
        }

        /** Folds {@code name} into the buffer, its words sorted; false when it has none. */
        boolean fold(String name) {
            chars.setLength(0);
            count = 0;
            String s = name;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
                    break;
                }
            }
            int start = -1;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (isApostrophe(cp) || isMark(cp)) {
                    continue;
                }
                if (Character.isLetterOrDigit(cp)) {
                    if (start < 0) {
                        start = chars.length();
                    }
                    if (cp == 'ß') {
                        chars.append("ss");
                    } else {
                        chars.appendCodePoint(Character.toLowerCase(cp));
                    }
                } else if (start >= 0) {
                    endWord(start);
                    start = -1;
                }
            }
            if (start >= 0) {
                endWord(start);
            }
            sortWords();
            return count > 0;
        }

        private void endWord(int start) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = chars.length();
            count++;
        }

        /** Insertion sort of the words, compared as {@link String#compareTo} compares them: names have few words. */
        private void sortWords() {
            for (int i = 1; i < count; i++) {
                int s = starts[i];
                int e = ends[i];
                int j = i - 1;
                while (j >= 0 && compare(starts[j], ends[j], s, e) > 0) {
                    starts[j + 1] = starts[j];
                    ends[j + 1] = ends[j];
                    j--;
                }
                starts[j + 1] = s;
                ends[j + 1] = e;
            }
        }

        private int compare(int s1, int e1, int s2, int e2) {
            int n = Math.min(e1 - s1, e2 - s2);
            for (int k = 0; k < n; k++) {
                char c1 = chars.charAt(s1 + k);
                char c2 = chars.charAt(s2 + k);
                if (c1 != c2) {
                    return c1 - c2;
                }
            }
            return (e1 - s1) - (e2 - s2);
        }

        String key() {
            int length = count - 1;
            for (int w = 0; w < count; w++) {
                length += ends[w] - starts[w];
            }
            StringBuilder key = new StringBuilder(length);
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    key.append(' ');
                }
                key.append(chars, starts[w], ends[w]);
            }
            return key.toString();
        }

        /** Two words or more, or one word of two characters or more in a script written without spaces. */
        boolean isFull() {
            if (count >= 2) {
                return true;
            }
            int s = starts[0];
            int e = ends[0];
            int first = chars.codePointAt(s);
            return chars.codePointCount(s, e) >= 2 && writtenWithoutSpaces(first);
        }
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

    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }
}
