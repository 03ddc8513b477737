package dev.embargo.matching.text;

import java.util.Map;

/**
 * Romanises Hangul the way Korean names are written in sanctions lists: syllable by syllable, in the
 * McCune–Reischauer spelling the DPRK uses, without diacritics (김정은 → "kim jong un", 최룡해 →
 * "choe ryong hae"). Surnames get their customary spelling (이 → "ri", 박 → "pak"); the other
 * spellings (Lee, Park, Jeong, Eun) are reconciled later by {@code RomanizationVariants}, so one reading
 * is enough here. Syllables are split algorithmically from the Unicode Hangul block, no dictionary.
 */
public final class HangulRomanizer {
    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;
    static final String[] INITIAL = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"
    };
    static final String[] MEDIAL = {
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
        "ui", "i"
    };
    static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    /** Surnames whose customary spelling differs from the syllable-by-syllable one. */
    static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("김", "kim"),
            Map.entry("이", "ri"),
            Map.entry("리", "ri"),
            Map.entry("박", "pak"),
            Map.entry("최", "choe"),
            Map.entry("정", "jong"),
            Map.entry("조", "jo"),
            Map.entry("장", "jang"),
            Map.entry("전", "jon"),
            Map.entry("주", "ju"),
            Map.entry("지", "ji"),
            Map.entry("진", "jin"),
            Map.entry("오", "o"),
            Map.entry("우", "u"),
            Map.entry("유", "yu"),
            Map.entry("류", "ryu"),
            Map.entry("노", "no"),
            Map.entry("로", "ro"),
            Map.entry("임", "im"),
            Map.entry("림", "rim"),
            Map.entry("고", "ko"),
            Map.entry("구", "ku"),
            Map.entry("공", "kong"),
            Map.entry("길", "kil"),
            Map.entry("권", "kwon"),
            Map.entry("곽", "kwak"),
            Map.entry("강", "kang"),
            Map.entry("기", "ki"),
            Map.entry("도", "to"),
            Map.entry("동", "tong"),
            Map.entry("변", "pyon"),
            Map.entry("백", "paek"),
            Map.entry("배", "pae"),
            Map.entry("방", "pang"),
            Map.entry("반", "pan"),
            Map.entry("봉", "pong"));

    private HangulRomanizer() {}

    public static boolean isHangulSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** Romanises every Hangul syllable; words are kept apart and, in a name of 2–4 syllables without
     *  spaces, the surname (first syllable) is split from the given name's syllables. Words are what runs of
     *  ASCII whitespace separate (the text's ends stripped of any whitespace first), read in one pass with no
     *  string per syllable: every query in Chinese characters is also read as hanja through here. */
    public static String romanize(String text) {
        String s = text.strip();
        StringBuilder out = new StringBuilder(s.length() * 4);
        int i = 0;
        while (i < s.length()) {
            if (isAsciiSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean allSyllables = true;
            while (end < s.length() && !isAsciiSpace(s.charAt(end))) {
                allSyllables &= isHangulSyllable(s.charAt(end));
                end++;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            int length = end - i;
            boolean personName = allSyllables && length >= 2 && length <= 4;
            int index = 0;
            for (int k = i; k < end; ) {
                int cp = s.codePointAt(k);
                k += Character.charCount(cp);
                if (!isHangulSyllable(cp)) {
                    out.appendCodePoint(cp);
                    continue;
                }
                if (index > 0 && personName) {
                    out.append(' ');
                }
                String surname = index == 0 && personName ? SURNAMES.get(String.valueOf((char) cp)) : null;
                if (surname != null) {
                    out.append(surname);
                } else {
                    appendSyllable(out, cp);
                }
                index++;
            }
            i = end;
        }
        return out.toString();
    }

    /** The whitespace of the regular expression {@code \s}: what separated words before (a split on it). */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static void appendSyllable(StringBuilder out, int cp) {
        int s = cp - BASE;
        int initial = s / (21 * 28);
        int medial = (s % (21 * 28)) / 28;
        int fin = s % 28;
        // ㅈ at the start of a syllable is written j in DPRK usage (Jong Un), ch elsewhere in M–R.
        out.append(initial == 12 ? "j" : INITIAL[initial])
                .append(MEDIAL[medial])
                .append(FINAL[fin]);
    }
}
