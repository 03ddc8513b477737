package dev.embargo.matching.score;

import com.ibm.icu.text.Transliterator;
import dev.embargo.matching.ScoringPolicy;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names in Hangul, Chinese characters or kana compared in their own script, where both are written in it.
 * Romanisation loses what tells such names apart: 김정은 and 김정운, 成 and 城 read alike in Latin letters, and a
 * person's name of three syllables that differs in one is another person. When both names are in these scripts,
 * the syllables decide: a person's name whose syllables differ is held below the threshold. What is the same
 * name written differently is first made equal: traditional and simplified characters (劉/刘), and the initial
 * ㄹ or ㄴ that South Korean spelling drops where North Korean keeps it (리/이, 로/노). A name of a single
 * character is a family name or a fragment, never a whole name, and is held low too.
 */
public final class ScriptAgreement {
    private static final ScoringPolicy.NameCoverage POLICY = ScoringPolicy.DEFAULT.names();
    private static final double DIFFERENT_SYLLABLES_CAP = POLICY.ownScriptDifferenceCap();
    private static final double SINGLE_CHARACTER_CAP = POLICY.singleCharacterCap();

    /** ICU's traditional-to-simplified table, made once on first use (it takes a while to build). */
    private static volatile Transliterator simplifier;

    /** Each traditional character's simplified form, read once. */
    private static final ConcurrentHashMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

    private ScriptAgreement() {}

    /**
     * {@code score} held to what the two names' own script allows: unchanged unless both are written in Hangul,
     * Chinese characters or kana (or one is a single such character).
     */
    public static NameScore hold(NameScore score, String query, String listed, boolean person) {
        if (score.score() <= SINGLE_CHARACTER_CAP) {
            return score;
        }
        int[] q = syllables(query);
        int[] n = syllables(listed);
        if (q == null && n == null) {
            return score;
        }
        if (q != null && q.length == 1 || n != null && n.length == 1) {
            return capped(score, SINGLE_CHARACTER_CAP, "a name of a single character");
        }
        if (q == null
                || n == null
                || !person
                || score.score() <= DIFFERENT_SYLLABLES_CAP
                || isHangul(q[0]) != isHangul(n[0])) {
            // Hanja against Hangul is a reading from one script to the other, which the romanised words compare.
            return score;
        }
        int[] a = q.clone();
        int[] b = n.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b)
                ? score
                : capped(score, DIFFERENT_SYLLABLES_CAP, "the names differ in their own script");
    }

    private static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    private static NameScore capped(NameScore s, double cap, String why) {
        return s.score() <= cap
                ? s
                : new NameScore(cap, s.pairs(), s.queryCoverage(), s.nameCoverage(), why, s.lowered());
    }

    /**
     * The name's syllables (Hangul) and characters (Han, kana), made comparable; null when the name has a letter
     * of another script or none of these.
     */
    static int[] syllables(String name) {
        int[] out = new int[name.length()];
        int count = 0;
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c)) {
                wordStart = true;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HANGUL -> out[count++] = wordStart ? initialSoundLaw(c) : c;
                case HAN -> out[count++] = simplified(c);
                case HIRAGANA, KATAKANA -> out[count++] = c;
                default -> {
                    return null;
                }
            }
            wordStart = false;
        }
        return count == 0 ? null : Arrays.copyOf(out, count);
    }

    /**
     * A Hangul syllable at the start of a word with its initial ㄹ or ㄴ read as ㅇ (리 → 이, 녀 → 여) or ㄹ as
     * ㄴ (로 → 노): South Korean spelling drops or softens them there, North Korean keeps them.
     */
    static char initialSoundLaw(char c) {
        if (c < '\uAC00' || c > '\uD7A3') {
            return c;
        }
        int index = c - 0xAC00;
        int initial = index / (21 * 28);
        int rest = index % (21 * 28);
        // Initials: ㄴ is 2, ㄹ is 5, ㅇ is 11. Both ㄴ and ㄹ fold to ㅇ, so that every spelling meets.
        if (initial == 2 || initial == 5) {
            return (char) (0xAC00 + 11 * 21 * 28 + rest);
        }
        return c;
    }

    private static char simplified(char c) {
        return SIMPLIFIED.computeIfAbsent(c, k -> {
            String s = simplifier().transliterate(String.valueOf(k));
            return s.length() == 1 ? s.charAt(0) : k;
        });
    }

    private static Transliterator simplifier() {
        Transliterator t = simplifier;
        if (t == null) {
            synchronized (ScriptAgreement.class) {
                t = simplifier;
                if (t == null) {
                    t = Transliterator.getInstance("Traditional-Simplified");
                    simplifier = t;
                }
            }
        }
        return t;
    }
}
