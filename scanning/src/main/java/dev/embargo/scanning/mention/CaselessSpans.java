package dev.embargo.scanning.mention;

import dev.embargo.scanning.language.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Candidate names in scripts without capitals (Hangul, Han, kana, Arabic, Hebrew, Thai), where no capital
 * letter says where a name starts or ends. A group of such words between punctuation is cut into phrases: a
 * Korean word ends one where a particle is joined to it ("김정은은", "리병철의": screened with and without the
 * particle, the better kept, since 김정은 itself ends in the particle 은); Japanese, written without spaces, is cut
 * at hiragana, which holds particles and inflections while names are kanji or katakana; Arabic and Hebrew
 * function words stand between phrases. Every run of up to {@value #MAX_WORDS} words inside a phrase is a
 * candidate, not only those ending at its last word: a capitalised run ends where the name does, a caseless
 * phrase need not ("김정은 국무위원장", "리병철 노동당 비서").
 */
final class CaselessSpans {
    private static final int MAX_WORDS = 4;
    /** A Han run longer than this holds more than a name: its windows are tried instead. */
    private static final int LONGEST_HAN_NAME = 6;
    /** Chinese names in the lists are three or four characters (two-character ones romanise too alike). */
    private static final int MIN_HAN_WINDOW = 3;

    private static final int MAX_HAN_WINDOW = 4;

    private static final List<String> KOREAN_PARTICLES = longestFirst(WordLists.wordsOf("ko", "particles"));
    private static final List<String> JAPANESE_PARTICLES = longestFirst(WordLists.wordsOf("ja", "particles"));
    private static final Set<String> FUNCTION_WORDS =
            union(WordLists.wordsOf("ar", "function-words"), WordLists.wordsOf("he", "function-words"));

    private CaselessSpans() {}

    /** A word of a phrase: as written, and without the particle joined to it (null when none). */
    private record Unit(Word word, String bare) {}

    /** The candidates of a group of caseless words with nothing but spaces between them, one list per end. */
    static void emit(String text, List<Word> group, List<List<Mention>> runs) {
        List<Unit> phrase = new ArrayList<>();
        for (Word w : group) {
            int cp = w.text().codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                String bare = strip(w.text(), KOREAN_PARTICLES);
                phrase.add(new Unit(w, bare));
                if (bare != null) {
                    flush(text, phrase, runs);
                }
            } else if (isJapaneseOrChinese(w.text())) {
                flush(text, phrase, runs);
                for (Word segment : kanjiAndKatakana(w)) {
                    handRun(text, segment, runs);
                }
            } else if (FUNCTION_WORDS.contains(w.text())) {
                flush(text, phrase, runs);
            } else {
                phrase.add(new Unit(w, null));
            }
        }
        flush(text, phrase, runs);
    }

    /** A segment of Han or katakana: itself (and without a trailing particle), or its windows when long. */
    private static void handRun(String text, Word segment, List<List<Mention>> runs) {
        String t = segment.text();
        int length = t.codePointCount(0, t.length());
        if (length <= LONGEST_HAN_NAME || !allHan(t)) {
            List<Unit> one = new ArrayList<>();
            one.add(new Unit(segment, strip(t, JAPANESE_PARTICLES)));
            flush(text, one, runs);
            return;
        }
        int[] cps = t.codePoints().toArray();
        int[] offsets = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) {
            offsets[i + 1] = offsets[i] + Character.charCount(cps[i]);
        }
        for (int end = MIN_HAN_WINDOW; end <= cps.length; end++) {
            List<Mention> run = new ArrayList<>();
            for (int size = Math.min(MAX_HAN_WINDOW, end); size >= MIN_HAN_WINDOW; size--) {
                int from = end - size;
                String q = t.substring(offsets[from], offsets[end]);
                run.add(new Mention(segment.start() + offsets[from], segment.start() + offsets[end], q, q, false));
            }
            runs.add(run);
        }
    }

    /** Every span of up to {@value #MAX_WORDS} words of the phrase, grouped by last word, longest first. */
    private static void flush(String text, List<Unit> phrase, List<List<Mention>> runs) {
        for (int end = 0; end < phrase.size(); end++) {
            List<Mention> run = new ArrayList<>();
            for (int from = Math.max(0, end - MAX_WORDS + 1); from <= end; from++) {
                Word first = phrase.get(from).word();
                Word last = phrase.get(end).word();
                StringBuilder q = new StringBuilder();
                for (int k = from; k < end; k++) {
                    q.append(phrase.get(k).word().text()).append(' ');
                }
                String head = q.toString();
                String written = text.substring(first.start(), last.end());
                run.add(new Mention(first.start(), last.end(), written, head + last.text(), false));
                String bare = phrase.get(end).bare();
                if (bare != null) {
                    run.add(new Mention(first.start(), last.end(), written, head + bare, false));
                }
            }
            runs.add(run);
        }
        phrase.clear();
    }

    /** The word without its longest particle, when a stem of two characters or more is left; else null. */
    private static String strip(String word, List<String> particles) {
        for (String p : particles) {
            if (word.endsWith(p) && word.length() - p.length() >= 2) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return null;
    }

    private static boolean isJapaneseOrChinese(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA;
        });
    }

    private static boolean allHan(String text) {
        return text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The parts of a word between its hiragana: the kanji and katakana that may be names. */
    private static List<Word> kanjiAndKatakana(Word w) {
        List<Word> out = new ArrayList<>();
        String t = w.text();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && isHiragana(t.codePointAt(i))) {
                i += Character.charCount(t.codePointAt(i));
            }
            int start = i;
            while (i < t.length() && !isHiragana(t.codePointAt(i))) {
                i += Character.charCount(t.codePointAt(i));
            }
            if (i > start) {
                out.add(new Word(t.substring(start, i), w.start() + start, w.start() + i, false, false));
            }
        }
        return out;
    }

    private static boolean isHiragana(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA;
    }

    private static List<String> longestFirst(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
