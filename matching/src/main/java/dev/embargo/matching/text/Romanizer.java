package dev.embargo.matching.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a name in any script into its Latin reading(s), the form all names are compared in:
 * Cyrillic by BGN/PCGN, Greek by UN/ELOT, Hangul syllable by syllable ({@link HangulRomanizer}),
 * Chinese characters in each of their three readings — Mandarin pinyin, Korean ({@link HanjaReadings})
 * and Japanese ({@link JapaneseReadings}) — since a name in hanzi/hanja/kanji does not say which it is;
 * Arabic, Persian and Hebrew letter by letter, marked {@link Reading#vowelless()} because those scripts
 * leave out short vowels and must be compared by consonants. Latin text passes through unchanged.
 *
 * <p>ICU documents its transliterators as stateless, to be shared by threads without synchronising them
 * (its rule-based ones take a lock of their own while they work). Each is created once, on first use, and
 * shared: creating one costs up to half a second (Han-Latin parses thousands of rules), which a copy per
 * thread paid again on every core at start-up. Most calls never reach ICU: readings are memoised per word
 * or character.
 */
public final class Romanizer {
    /** One Latin reading of a name; {@code vowelless} when the source script does not write short vowels. */
    public record Reading(String latin, String how, boolean vowelless) {
    }

    private final WordByWord cyrillic = new WordByWord("Russian-Latin/BGN; Latin-ASCII");
    private final WordByWord greek = new WordByWord("Greek-Latin/UNGEGN; Latin-ASCII");
    private final SharedTransliterator pinyin = new SharedTransliterator("Han-Latin; Latin-ASCII");
    private final WordByWord any = new WordByWord("Any-Latin; Latin-ASCII");
    private final ThreadLocal<JapaneseReadings> japanese = ThreadLocal.withInitial(JapaneseReadings::new);
    /**
     * Mandarin readings of single Chinese characters, filled as names use them. ICU's Han-Latin costs about
     * 120 µs for a whole name, most of the cost of a name in Chinese characters, while names draw on a few
     * thousand characters (the 7,680 such names of the evaluation data use 599); read one character at a
     * time, a name costs a few map look-ups. Bounded by the Unicode ideographs; a memo of a pure function.
     */
    private final ConcurrentHashMap<Integer, String> pinyinOfIdeograph = new ConcurrentHashMap<>();
    /**
     * ICU's rules that read a character by its neighbour ({@code {重}' '?庆 > chóng}), as the Chinese characters
     * each needs, by each of those characters: a name holding all the characters of such a rule goes to ICU
     * whole (a rule can only apply where all its characters are). Read from the rules of the first thread's
     * transliterator when first needed (a second instance would cost most of a second at start-up); every
     * thread computes the same map, so a race is harmless.
     */
    private volatile Map<Integer, List<Set<Integer>>> rulesWithNeighbours;

    /** One ICU transliterator, created by the first thread that needs it while the others wait for it. */
    static final class SharedTransliterator {
        private final String id;
        private volatile Transliterator instance;

        SharedTransliterator(String id) {
            this.id = id;
        }

        Transliterator get() {
            Transliterator t = instance;
            if (t == null) {
                synchronized (this) {
                    t = instance;
                    if (t == null) {
                        t = Transliterator.getInstance(id);
                        instance = t;
                    }
                }
            }
            return t;
        }
    }

    /**
     * An ICU transliterator applied one whitespace-separated word at a time, each word's reading remembered:
     * ICU costs tens of microseconds per name in Cyrillic, Devanagari or Thai, a tenth of a query's time,
     * while names repeat their words. The rules of these transliterators do not reach across whitespace: the
     * word-by-word reading equals ICU's whole-name reading for every such name of the lists and the
     * evaluation data (11,774 names, {@code RomanizerWordByWordTest}). The memo is shared by the threads (a
     * memo of a pure function: a race only computes a word twice), as is the transliterator.
     */
    static final class WordByWord {
        /** Bounds the memo of a long-running server; clearing it only costs the next words their ICU call. */
        private static final int MAX_WORDS = 100_000;
        /** Longer pieces are read but not remembered: the memo's size stays bounded in bytes too. */
        private static final int MAX_WORD_LENGTH = 64;
        private final SharedTransliterator icu;
        private final ConcurrentHashMap<String, String> readings = new ConcurrentHashMap<>();

        WordByWord(String id) {
            this.icu = new SharedTransliterator(id);
        }

        String transliterate(String text) {
            // Words are what spaces separate. A piece without a letter (a danda, a dash) takes its script from
            // its neighbours in ICU, and other spacing characters become spaces only through ICU: such names
            // are read whole, as ICU reads them.
            if (!wordsWithLetters(text)) {
                return icu.get().transliterate(text);
            }
            StringBuilder out = new StringBuilder(text.length() + 8);
            int i = 0;
            while (i < text.length()) {
                int j = text.indexOf(' ', i);
                if (j == i) {
                    out.append(' ');
                    i++;
                    continue;
                }
                String piece = text.substring(i, j < 0 ? text.length() : j);
                out.append(reading(piece));
                i += piece.length();
            }
            return out.toString();
        }

        private String reading(String word) {
            if (word.length() > MAX_WORD_LENGTH) {
                return icu.get().transliterate(word);
            }
            String latin = readings.get(word);
            if (latin == null) {
                if (readings.size() >= MAX_WORDS) {
                    readings.clear();
                }
                latin = icu.get().transliterate(word);
                readings.put(word, latin);
            }
            return latin;
        }

        /** Every piece between spaces holds a letter, and no spacing but the plain space separates them. */
        private static boolean wordsWithLetters(String text) {
            boolean letter = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c == ' ') {
                    if (!letter && i > 0 && text.charAt(i - 1) != ' ') {
                        return false;
                    }
                    letter = false;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return false;
                } else if (Character.isLetter(c)) {
                    letter = true;
                }
                i += Character.charCount(c);
            }
            return letter || text.isEmpty() || text.charAt(text.length() - 1) == ' ';
        }
    }

    public static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x250 && Character.isLetter(c) && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0xFF00 && c <= 0xFFEF)) {
                return false;
            }
        }
        return true;
    }

    public List<Reading> readings(String text) {
        return readings(text, true);
    }

    /**
     * @param allHanReadings read Chinese characters in all three languages (for queries); when false, only in
     *                       Mandarin, which is enough for list names: a listed party written in hanja or kanji
     *                       has its Latin name beside it, and the characters are also matched as written
     */
    public List<Reading> readings(String text, boolean allHanReadings) {
        if (isLatin(text)) {
            return List.of(new Reading(text, "latin", false));
        }
        java.util.BitSet scripts = scriptsOf(text);
        List<Reading> out = new ArrayList<>(3);
        if (scripts.get(UScript.HIRAGANA) || scripts.get(UScript.KATAKANA)) {
            addIfPresent(out, japanese.get().romanize(text), "japanese", false);
        } else if (scripts.get(UScript.HAN)) {
            out.add(new Reading(pinyin(text), "pinyin", false));
            if (allHanReadings) {
                String hangul = HanjaReadings.instance().toHangul(text);
                if (hangul != null) {
                    out.add(new Reading(HangulRomanizer.romanize(hangul), "korean hanja", false));
                }
                addIfPresent(out, japanese.get().romanize(text), "japanese", false);
            }
        } else if (scripts.get(UScript.HANGUL)) {
            out.add(new Reading(HangulRomanizer.romanize(text), "hangul", false));
        } else if (scripts.get(UScript.CYRILLIC)) {
            out.add(new Reading(cyrillic.transliterate(text), "cyrillic", false));
            if (CyrillicKorean.looksKorean(text)) {
                out.add(new Reading(CyrillicKorean.romanize(text), "cyrillic (korean name)", false));
            }
        } else if (scripts.get(UScript.GREEK)) {
            String latin = greek.transliterate(text);
            out.add(new Reading(latin, "greek", false));
            // Greek names carry a nominative ending the same name lacks in other languages
            // (Alexandros / Alexander / Aleksandr, Georgios / George).
            String stem = latin.replaceAll("(?i)(\\p{L}{3,})(os|as|is|es)\\b", "$1");
            if (!stem.equals(latin)) {
                out.add(new Reading(stem, "greek (stem)", false));
            }
        } else if (scripts.get(UScript.ARABIC)) {
            out.add(new Reading(ArabicLetters.romanize(text), "arabic", true));
        } else if (scripts.get(UScript.HEBREW)) {
            out.add(new Reading(HebrewLetters.romanize(text), "hebrew", true));
            // Vav is a vowel letter (o/u) or the consonant v (David); read it both ways.
            out.add(new Reading(HebrewLetters.romanize(text).replace('w', 'v'), "hebrew (vav as v)", true));
        } else if (scripts.get(UScript.THAI)) {
            out.add(new Reading(any.transliterate(text), "thai", true));
        } else {
            out.add(new Reading(any.transliterate(text), "icu any-latin", false));
        }
        return List.copyOf(dedupe(out));
    }

    private static void addIfPresent(List<Reading> out, String latin, String how, boolean vowelless) {
        if (latin != null && !latin.isBlank()) {
            out.add(new Reading(latin, how, vowelless));
        }
    }

    private static List<Reading> dedupe(List<Reading> readings) {
        Set<String> seen = new LinkedHashSet<>();
        List<Reading> out = new ArrayList<>();
        for (Reading r : readings) {
            if (seen.add(LatinFolder.fold(r.latin()))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The Mandarin reading of {@code text}, as ICU's Han-Latin gives it (syllables separated by single
     * spaces), read character by character when the text holds only unified ideographs and spaces, else by
     * ICU on the whole text (iteration marks such as 々 and mixed scripts depend on their neighbours).
     */
    String pinyin(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            if (!isUnifiedIdeograph(cp) || readByNeighbour(cp, text)) {
                return apply(pinyin, text);
            }
            String syllable = pinyinOfIdeograph.computeIfAbsent(cp, c -> apply(pinyin, Character.toString(c)).strip());
            if (!syllable.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(syllable);
            }
        }
        return sb.toString();
    }

    /** Whether some rule reading {@code cp} by its neighbour may apply in {@code text}. */
    private boolean readByNeighbour(int cp, String text) {
        Map<Integer, List<Set<Integer>>> rules = rulesWithNeighbours;
        if (rules == null) {
            rules = contextualHan(pinyin.get());
            rulesWithNeighbours = rules;
        }
        List<Set<Integer>> mentioning = rules.get(cp);
        if (mentioning == null) {
            return false;
        }
        for (Set<Integer> needed : mentioning) {
            if (needed.stream().allMatch(c -> text.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Chinese characters of each rule in ICU's Han-Latin that has a context ({@code {重}' '?庆 > chóng}),
     * by character. A rule whose left side has a set of characters ({@code [...]}, which needs only one of
     * them) is entered as one rule per character, each sufficient alone.
     */
    private static Map<Integer, List<Set<Integer>>> contextualHan(Transliterator hanLatin) {
        Map<Integer, List<Set<Integer>>> byChar = new java.util.HashMap<>();
        StringBuilder rules = new StringBuilder();
        for (Transliterator part : hanLatin.getElements()) {
            rules.append(part.toRules(false)).append(';');
        }
        for (String rule : rules.toString().split(";")) {
            int arrow = rule.indexOf('>');
            String left = arrow < 0 ? "" : rule.substring(0, arrow);
            if (left.indexOf('{') < 0 && left.indexOf('}') < 0) {
                continue;
            }
            Set<Integer> chars = new java.util.HashSet<>();
            left.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(chars::add);
            List<Set<Integer>> needs = left.indexOf('[') >= 0
                    ? chars.stream().map(Set::of).toList()
                    : chars.isEmpty() ? List.of() : List.of(Set.copyOf(chars));
            for (Set<Integer> need : needs) {
                for (int c : need) {
                    byChar.computeIfAbsent(c, k -> new ArrayList<>()).add(need);
                }
            }
        }
        Map<Integer, List<Set<Integer>>> frozen = new java.util.HashMap<>();
        byChar.forEach((c, needs) -> frozen.put(c, List.copyOf(needs)));
        return Map.copyOf(frozen);
    }

    private static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3134F)
                || (cp >= 0xF900 && cp <= 0xFAFF);
    }

    private static String apply(SharedTransliterator t, String text) {
        return t.get().transliterate(text);
    }

    /** The scripts of the letters of {@code text} other than Latin and the shared ones, as a set of ICU codes. */
    private static java.util.BitSet scriptsOf(String text) {
        java.util.BitSet scripts = new java.util.BitSet(256);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int s = UScript.getScript(cp);
                if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.LATIN) {
                    scripts.set(s);
                }
            }
        }
        return scripts;
    }
}
