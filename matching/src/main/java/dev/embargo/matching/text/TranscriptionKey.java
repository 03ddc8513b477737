package dev.embargo.matching.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The consonant key through which a foreign name transcribed into katakana or into Chinese characters is compared
 * with the Latin name it was transcribed from. A transcription forgets: katakana has one liquid for l and r, no v
 * (ヴ or a plain b or u), no t before i (プーチン, pūchin, for Putin) and a vowel after every consonant
 * (urajīmiru for Vladimir); Chinese writes a name in whole syllables of a fixed set (普京, pu jing; 弗拉基米尔,
 * fu la ji mi er), l for l and r, er for a final r, j, q and x for t, k, s, ch and j before i. The key forgets
 * the same: vowels, y and w are dropped, and consonants are put in the classes a transcription keeps apart —
 * P (b p f v), T (t d), S (s z c ch sh zh j ts), K (k g q c), H (h kh), R (l r), M, N (n ng), and on the
 * transcription's side the letters that stand for several of these (Hepburn chi, ji; pinyin j, q, x). What the
 * classes still confuse (a lost v or h, kh as h) is counted as half an edit by {@link #distance}.
 *
 * <p>Only a transcribed reading is ever compared this way: two Latin names never meet through this key.
 */
public final class TranscriptionKey {
    /** Marks a token's skeleton as a transcription key (a character no folded word holds). */
    public static final char MARK = '\u0001';

    /**
     * Marks a token's skeleton as the key of a script that writes every consonant with a letter of its own
     * (Khmer), compared strictly by {@link #isStrict}'s callers.
     */
    public static final char STRICT_MARK = '\u0002';

    private TranscriptionKey() {}

    /** Whether {@code skeleton} is a transcription key made by {@link #marked}. */
    public static boolean isMarked(String skeleton) {
        return !skeleton.isEmpty() && (skeleton.charAt(0) == MARK || skeleton.charAt(0) == STRICT_MARK);
    }

    /** Whether {@code skeleton} is a key made by {@link #marked} with {@code strict} set. */
    public static boolean isStrict(String skeleton) {
        return !skeleton.isEmpty() && skeleton.charAt(0) == STRICT_MARK;
    }

    /** {@code key} marked as a transcription key. */
    public static String marked(String key) {
        return MARK + key;
    }

    /**
     * {@code key} marked as a transcription key; {@code strict} for a script whose letters keep apart what the
     * key's classes still confuse.
     */
    public static String marked(String key, boolean strict) {
        return (strict ? STRICT_MARK : MARK) + key;
    }

    /**
     * The key of a word of a transcription read into Latin letters: Hepburn from katakana (ICU's Katakana-Latin),
     * toneless pinyin from Chinese characters ({@code pinyin}), syllables written together, or the BGN/PCGN
     * reading of Khmer, whose kh, ph and th (which the other two never write) are read as in Latin names. Each writes some
     * sounds of other languages with one letter that stands for several: Hepburn's chi and ji are the ti and di
     * katakana has no other kana for (プーチン for Putin, ウラジーミル for Vladimir) as well as ch and j, so they
     * are the class C, which {@link #distance} pairs with T and S alike; pinyin's j, q and x before i are how
     * ki, gi, si, shi and chi are written (基里尔 for Kirill, 西蒙 for Simon), so they are the class Q, paired with
     * K and S alike, and with T (京 of 普京, Putin) as half an edit.
     */
    public static String ofTranscription(String word, boolean pinyin) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char k;
            switch (c) {
                case 's', 'z' -> {
                    k = 'S';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'c' -> {
                    // Hepburn ch; pinyin c (ts) and ch
                    k = pinyin ? 'S' : 'C';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 't' -> {
                    // tsu (ツ) is ts; tch is katakana's doubled ch (ッチ)
                    if (next == 's') {
                        k = 'S';
                        i++;
                    } else if (next == 'c' && !pinyin) {
                        k = 'C';
                    } else if (next == 'h') {
                        // th of a Khmer reading (ថ, ធ)
                        k = 'T';
                        i++;
                    } else {
                        k = 'T';
                    }
                }
                case 'j' -> k = pinyin ? 'Q' : 'C';
                case 'q', 'x' -> k = 'Q';
                case 'b', 'p', 'f', 'v' -> {
                    k = 'P';
                    if (c == 'p' && next == 'h') {
                        i++;
                    }
                }
                case 'd' -> k = 'T';
                case 'k', 'g' -> {
                    // kh (ខ) is the class of Latin kh; Hepburn and pinyin never write kh, gh, ph or th.
                    k = next == 'h' ? 'H' : 'K';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'h' -> k = 'H';
                case 'l', 'r' -> k = 'R';
                case 'm' -> k = 'M';
                case 'n' -> {
                    k = 'N';
                    if (next == 'g') {
                        i++;
                    }
                }
                default -> k = 0;
            }
            append(out, k);
        }
        return out.toString();
    }

    /**
     * The key of a word of a Latin name (or of the Latin reading of a Cyrillic or Greek one): the classes above,
     * with the letters Latin spellings use for them — c before e, i, y is S, else K; x is K S; kh is H, gh is K,
     * ph is P, th is T; sh, ch, zh, sch, tch, tsch, dzh, dj, ts, tz and j are S; ng is N; a final h is silent.
     */
    public static String ofLatin(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char after = i + 2 < n ? word.charAt(i + 2) : 0;
            char k;
            switch (c) {
                case 'b', 'p', 'f', 'v' -> {
                    k = 'P';
                    if (c == 'p' && next == 'h') {
                        i++;
                    }
                }
                case 't', 'd' -> {
                    if (next == 'h') {
                        k = 'T';
                        i++;
                    } else if (next == 's' || next == 'z' || next == 'j') {
                        // ts, tz, dz, dj, tsch, dzh: one affricate
                        k = 'S';
                        i++;
                        if (i + 1 < n && word.charAt(i + 1) == 'h') {
                            i++;
                        } else if (i + 2 < n && word.charAt(i + 1) == 'c' && word.charAt(i + 2) == 'h') {
                            i += 2;
                        }
                    } else if (next == 'c' && after == 'h') {
                        k = 'S';
                        i += 2;
                    } else {
                        k = 'T';
                    }
                }
                case 's' -> {
                    k = 'S';
                    if (next == 'h') {
                        i++;
                    } else if (next == 'c' && after == 'h') {
                        i += 2;
                    }
                }
                case 'z', 'j' -> {
                    k = 'S';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        k = 'S';
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        k = 'S';
                    } else {
                        k = 'K';
                        if (next == 'k') {
                            i++;
                        }
                    }
                }
                case 'k' -> {
                    k = next == 'h' ? 'H' : 'K';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'g' -> {
                    k = 'K';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'q' -> k = 'K';
                case 'x' -> {
                    append(out, 'K');
                    k = 'S';
                }
                case 'h' -> k = i == n - 1 ? 0 : 'H';
                case 'l', 'r' -> k = 'R';
                case 'm' -> k = 'M';
                case 'n' -> {
                    k = 'N';
                    if (next == 'g') {
                        i++;
                    }
                }
                default -> k = 0;
            }
            append(out, k);
        }
        return out.toString();
    }

    /** Appends a class unless it repeats the last one (doubled letters, katakana's doubled consonants). */
    private static void append(StringBuilder out, char k) {
        if (k != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != k)) {
            out.append(k);
        }
    }

    /**
     * The distance of two keys in half edits: a class for another, a class added or dropped count 2; what
     * transcriptions confuse counts 1 — T for S, K for H (kh), P for H (katakana fu for h), pinyin's Q for T, and
     * an H, or a P at the start, added or dropped (an h not written; a v written as a vowel, ウラジーミル for
     * Vladimir) — and
     * Hepburn's C for T or S and pinyin's Q for K or S nothing. Gives up (returns more than {@code limit}) beyond
     * {@code limit}.
     */
    public static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1), j - 1);
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca, i - 1);
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(prev[j] + indel(ca, i - 1), cur[j - 1] + indel(cb, j - 1));
                v = Math.min(v, prev[j - 1] + substitution(ca, cb));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * An h is dropped anywhere; a v only at a word's start, before a consonant (Vladimir, ウラジーミル): elsewhere
     * both scripts keep it (-ov, -ev as フ and 夫), and a P more or less is another name (Pashkov / Vysotsky).
     */
    private static int indel(char c, int at) {
        return c == 'H' || (c == 'P' && at == 0) ? 1 : 2;
    }

    private static int substitution(char a, char b) {
        if (a == b || near(a, b, 'C', 'T') || near(a, b, 'C', 'S') || near(a, b, 'Q', 'K') || near(a, b, 'Q', 'S')) {
            return 0;
        }
        return near(a, b, 'T', 'S') || near(a, b, 'K', 'H') || near(a, b, 'P', 'H') || near(a, b, 'Q', 'T') ? 1 : 2;
    }

    private static boolean near(char a, char b, char x, char y) {
        return (a == x && b == y) || (a == y && b == x);
    }

    /**
     * The keys a word is filed and looked up under to find candidates: its key with the classes {@link #distance}
     * pairs merged (S and C as T, H as K, pinyin's Q once as K and once as T), and the same without P and H, which
     * transcriptions drop. A listed word and its transcription share one of them unless the transcription lost more
     * than a v or an h or confused classes further apart.
     */
    public static List<String> lookupKeys(String key) {
        List<String> keys = new ArrayList<>(4);
        boolean pinyinQ = key.indexOf('Q') >= 0;
        addLookupKeys(key, 'K', keys);
        if (pinyinQ) {
            addLookupKeys(key, 'T', keys);
        }
        return keys;
    }

    private static void addLookupKeys(String key, char q, List<String> keys) {
        StringBuilder merged = new StringBuilder(key.length());
        StringBuilder bare = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char k = c == 'S' || c == 'C' ? 'T' : c == 'H' ? 'K' : c == 'Q' ? q : c;
            append(merged, k);
            if (c != 'P' && c != 'H') {
                append(bare, k);
            }
        }
        for (String k : new String[] {merged.toString(), bare.toString()}) {
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
    }
}
