package dev.embargo.matching.name;

import dev.embargo.matching.text.WordMemo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mandarin syllables in Hanyu Pinyin and in Wade–Giles, so that names romanised in either system meet:
 * Xi Jinping / Hsi Chin-p'ing, Mao Zedong / Mao Tse-tung, Jiang / Chiang, Zhou Enlai / Chou En-lai.
 *
 * <p>The pinyin syllables are every reading of ICU's Han-Latin table ({@code han-pinyin.tsv} of the text
 * package, tones and ü folded as names are). Each is converted to Wade–Giles by the system's rules for
 * initials and finals (b→p, d→t, g→k, j/q/zh→ch, x→hs, r→j, z/c→ts, zi/ci→tzu, si→ssu, zhi/chi/shi/ri→chih/
 * shih/jih, -ong→-ung, -ian→-ien, -ie→-ieh, -ue→-ueh, ge/ke/he→ko/ho, -uo→-o but kuo/huo/shuo, gui/kui→kuei,
 * you→yu, yi→i, yan→yen, ye→yeh, er→erh), with its apostrophes and umlauts dropped as names drop them. The
 * Wade–Giles spelling is the key both systems share: aspiration is written only by the apostrophe, which
 * names lose, so Wade–Giles chi is pinyin ji or qi, and a pinyin name is compared by its Wade–Giles form.
 */
public final class ChineseSyllables {
    private static final String PINYIN_TABLE = "/dev/embargo/matching/text/han-pinyin.tsv";
    /** A Chinese name word is one to three syllables (given names are written joined: Jinping, Zedong). */
    private static final int MAX_SYLLABLES = 3;
    /**
     * Syllables of one letter (a, e, o; Wade–Giles i) are left out of reading a word as syllables: with them
     * too many other names read as Chinese (Maria as ma-ri-a).
     */
    private static final int MIN_LETTERS = 2;

    private static final Map<String, String> WADE_GILES_OF_PINYIN = load();
    private static final Set<String> PINYIN = WADE_GILES_OF_PINYIN.keySet();
    private static final Set<String> WADE_GILES = Set.copyOf(WADE_GILES_OF_PINYIN.values());

    private ChineseSyllables() {}

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String line : NameTables.lines(ChineseSyllables.class, PINYIN_TABLE)) {
            if (line.startsWith("!")) {
                continue;
            }
            String syllable = line.substring(0, line.indexOf('\t'));
            if (!syllable.isEmpty() && syllable.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                map.put(syllable, toWadeGiles(syllable));
            }
        }
        return Map.copyOf(map);
    }

    /** Every pinyin syllable (folded) with its Wade–Giles spelling (apostrophes and umlauts dropped). */
    public static Map<String, String> wadeGilesOfPinyin() {
        return WADE_GILES_OF_PINYIN;
    }

    /** The Wade–Giles spelling of one folded pinyin syllable. */
    static String toWadeGiles(String py) {
        // Syllables written whole in Wade–Giles.
        switch (py) {
            case "zi" -> {
                return "tzu";
            }
            case "ci" -> {
                return "tzu";
            }
            case "si" -> {
                return "ssu";
            }
            case "zhi", "chi" -> {
                return "chih";
            }
            case "shi" -> {
                return "shih";
            }
            case "ri" -> {
                return "jih";
            }
            case "er" -> {
                return "erh";
            }
            case "yi" -> {
                return "i";
            }
            case "you" -> {
                return "yu";
            }
            case "yan" -> {
                return "yen";
            }
            case "ye" -> {
                return "yeh";
            }
            case "yong" -> {
                return "yung";
            }
            case "yue" -> {
                return "yueh";
            }
            case "ge" -> {
                return "ko";
            }
            case "ke" -> {
                return "ko";
            }
            case "he" -> {
                return "ho";
            }
            case "gui", "kui" -> {
                return "kuei";
            }
            default -> {}
        }
        String initial = initialOf(py);
        String fin = py.substring(initial.length());
        String wgInitial = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "zh", "j", "q" -> "ch";
            case "x" -> "hs";
            case "r" -> "j";
            case "z", "c" -> "ts";
            default -> initial;
        };
        String wgFinal = fin;
        if (fin.equals("ong")) {
            wgFinal = "ung";
        } else if (fin.equals("iong")) {
            wgFinal = "iung";
        } else if (fin.equals("ian")) {
            wgFinal = "ien";
        } else if (fin.equals("ie")) {
            wgFinal = "ieh";
        } else if (fin.equals("ue")) {
            wgFinal = "ueh";
        } else if (fin.equals("uo")
                && !initial.equals("g")
                && !initial.equals("k")
                && !initial.equals("h")
                && !initial.equals("sh")) {
            wgFinal = "o";
        }
        return wgInitial + wgFinal;
    }

    private static String initialOf(String py) {
        if (py.startsWith("zh") || py.startsWith("ch") || py.startsWith("sh")) {
            return py.substring(0, 2);
        }
        char c = py.charAt(0);
        return "bpmfdtnlgkhjqxrzcsyw".indexOf(c) >= 0 ? String.valueOf(c) : "";
    }

    /** How a word reads as Chinese syllables. */
    enum System {
        /** Not a run of one to three syllables of either system. */
        NONE,
        /** Syllables of both systems, read the same way: Li, Mao, Chang, Ping. */
        EITHER,
        /** Pinyin only: a syllable Wade–Giles never writes (Xi, Zhou, Zedong, Jinping). */
        PINYIN,
        /** Wade–Giles only: a syllable pinyin never writes (Hsi, Chou, Tse, Tung). */
        WADE_GILES
    }

    /** Which system the folded word can be read in. */
    static System systemOf(String word) {
        return SYSTEMS.get(word);
    }

    /**
     * Each word's system, remembered: every Latin query's words are read (withChineseKeys) and the same words
     * recur from query to query.
     */
    private static final WordMemo<System> SYSTEMS = new WordMemo<>(ChineseSyllables::readSystem);

    private static System readSystem(String word) {
        List<String> asPinyin = new ArrayList<>(MAX_SYLLABLES);
        List<String> asWadeGiles = new ArrayList<>(MAX_SYLLABLES);
        boolean pinyin = segment(word, PINYIN, 0, asPinyin);
        boolean wadeGiles = segment(word, WADE_GILES, 0, asWadeGiles);
        if (pinyin && wadeGiles) {
            // A word read in fewer syllables in one system is written in it: chien is Wade-Giles (pinyin jian),
            // not pinyin chi-en.
            return asPinyin.size() == asWadeGiles.size()
                    ? System.EITHER
                    : asPinyin.size() < asWadeGiles.size() ? System.PINYIN : System.WADE_GILES;
        }
        return pinyin ? System.PINYIN : wadeGiles ? System.WADE_GILES : System.NONE;
    }

    /** The word, read as pinyin syllables, spelled in Wade–Giles; the word itself when it does not segment. */
    static String pinyinToWadeGiles(String word) {
        StringBuilder out = new StringBuilder();
        return convert(word, 0, 0, out) ? out.toString() : word;
    }

    private static boolean segments(String word, Set<String> syllables, int from, int count) {
        if (from == word.length()) {
            return count > 0;
        }
        if (count == MAX_SYLLABLES) {
            return false;
        }
        for (int end = Math.min(word.length(), from + 6); end > from; end--) {
            if (end - from >= MIN_LETTERS
                    && syllables.contains(word.substring(from, end))
                    && segments(word, syllables, end, count + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean convert(String word, int from, int count, StringBuilder out) {
        if (from == word.length()) {
            return count > 0;
        }
        if (count == MAX_SYLLABLES) {
            return false;
        }
        for (int end = Math.min(word.length(), from + 6); end > from; end--) {
            String wg = WADE_GILES_OF_PINYIN.get(word.substring(from, end));
            if (wg != null) {
                int mark = out.length();
                out.append(wg);
                if (convert(word, end, count + 1, out)) {
                    return true;
                }
                out.setLength(mark);
            }
        }
        return false;
    }

    /**
     * The name's tokens as Chinese syllables when it reads as Chinese in one system, else null: each word of
     * kind WORD must be one to three syllables. A word of several syllables is split into them (Jinping → jin
     * ping), as Wade–Giles writes them apart (Chin-p'ing) and as names in characters are read. A name with a
     * syllable only Wade–Giles writes is read as Wade–Giles and its syllables keep their keys; otherwise each
     * pinyin syllable is keyed by its Wade–Giles spelling, so Xi meets Hsi and Zedong meets Tse-tung.
     *
     * <p>In a name whose words read as Chinese, a syllable that other languages' names use as a particle or a
     * legal form (bin, ben, de, pao) is a syllable too (XU Bin, Hsia Pao-lung), and so is a lone i, Wade–Giles
     * for pinyin yi (Chou I-shan, Li I), unless the name is written in pinyin, which never writes it.
     */
    static List<Token> chineseTokens(List<Token> tokens) {
        return chineseTokens(tokens, false);
    }

    /**
     * The tokens of {@link #chineseTokens(List)}, read in Wade–Giles where every word is a syllable of both
     * systems and some word reads otherwise in it (Chi: pinyin chi is ch'ih, Wade–Giles chi is pinyin ji or qi;
     * Yang Chi is YANG, Qi as often as a name of pinyin chi); else null. A second reading of such names:
     * which system wrote them the words cannot tell.
     */
    static List<Token> wadeGilesTokens(List<Token> tokens) {
        return chineseTokens(tokens, true);
    }

    private static List<Token> chineseTokens(List<Token> tokens, boolean eitherAsWadeGiles) {
        int words = 0;
        int plainWords = 0;
        boolean otherInitial = false;
        boolean wadeGilesOnly = false;
        boolean pinyinOnly = false;
        boolean readsOtherwise = false;
        System[] systems = new System[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            otherInitial |= t.kind() == TokenKind.INITIAL && !t.text().equals("i");
            if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.PARTICLE && !syllableInOtherRole(t)) {
                continue;
            }
            if (Titles.isTitle(t.text())) {
                // A title kept before a Chinese name ("Madame SU", "dame KU") is a word of another language,
                // not syllables (ma-da-me): it stays as written and says nothing of the name's system.
                continue;
            }
            System s = systemOf(t.text());
            if (s == System.NONE) {
                // Chinese names have no particles: with one of other languages (van, al) it is no Chinese name.
                if (t.kind() != TokenKind.LEGAL_FORM) {
                    return null;
                }
                continue;
            }
            words++;
            plainWords += t.kind() == TokenKind.WORD ? 1 : 0;
            systems[i] = s;
            wadeGilesOnly |= s == System.WADE_GILES;
            pinyinOnly |= s == System.PINYIN;
            readsOtherwise |= s == System.EITHER && !pinyinToWadeGiles(t.text()).equals(t.text());
        }
        // Syllables read in particles, legal forms or a lone i only beside a plain word that reads as Chinese
        // (S. A., "I S A T C" is no Chinese name), and a lone i only where no other initial stands ("A. I.
        // Lopatin": initials of given names).
        if (plainWords == 0) {
            return null;
        }
        // A lone i is Wade-Giles's yi: a syllable of a name not written in pinyin.
        boolean loneI = false;
        if (!pinyinOnly && !otherInitial) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == TokenKind.INITIAL && t.text().equals("i")) {
                    systems[i] = System.WADE_GILES;
                    words++;
                    loneI = true;
                }
            }
            wadeGilesOnly |= loneI;
        }
        // Words of both systems' own syllables in one name (Ri Min Ho) are not one romanisation of Chinese.
        if (words < 2 || words > 4 || wadeGilesOnly && pinyinOnly) {
            return null;
        }
        if (eitherAsWadeGiles) {
            if (wadeGilesOnly || pinyinOnly || !readsOtherwise) {
                return null;
            }
            wadeGilesOnly = true;
        }
        List<Token> out = new ArrayList<>(tokens.size() + 2);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            System s = systems[i];
            if (s == null) {
                out.add(t);
                continue;
            }
            boolean asPinyin = s == System.PINYIN || s == System.EITHER && !wadeGilesOnly;
            List<String> syllables = new ArrayList<>(MAX_SYLLABLES);
            if (loneI && t.kind() == TokenKind.INITIAL) {
                syllables.add("i");
            } else {
                segment(t.text(), asPinyin ? PINYIN : WADE_GILES, 0, syllables);
            }
            for (String syllable : syllables) {
                // A syllable that is a word of its own in Korean and Chinese names alike (li, yi: the Korean ri,
                // Lee, Yi) keeps that key; one that is a word of other languages (bin, ben) does not.
                String key = RomanizationVariants.variantKey(
                        asPinyin && !RomanizationVariants.isKoreanAndChineseWord(syllable)
                                ? WADE_GILES_OF_PINYIN.get(syllable)
                                : syllable);
                out.add(new Token(
                        syllable, key, RomanizationVariants.skeleton(syllable), TokenKind.WORD, t.vowelless()));
            }
        }
        return List.copyOf(out);
    }

    /** A token of a particle or legal form (bin, de, pao) whose word is a Chinese syllable or two. */
    private static boolean syllableInOtherRole(Token t) {
        return (t.kind() == TokenKind.PARTICLE || t.kind() == TokenKind.LEGAL_FORM)
                && t.text().length() >= MIN_LETTERS
                && t.text().chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Splits {@code word} from {@code from} into syllables of the set, longest first; whether it could. */
    private static boolean segment(String word, Set<String> syllables, int from, List<String> out) {
        if (from == word.length()) {
            return !out.isEmpty();
        }
        if (out.size() == MAX_SYLLABLES) {
            return false;
        }
        for (int end = Math.min(word.length(), from + 6); end > from; end--) {
            String syllable = word.substring(from, end);
            if (end - from >= MIN_LETTERS && syllables.contains(syllable)) {
                out.add(syllable);
                if (segment(word, syllables, end, out)) {
                    return true;
                }
                out.removeLast();
            }
        }
        return false;
    }

    /**
     * The folded word's pinyin syllables (of two letters or more), or an empty list when it is not one to three
     * of them; for generators of test names.
     */
    public static List<String> pinyinSyllablesOf(String word) {
        List<String> out = new ArrayList<>(MAX_SYLLABLES);
        return segment(word, PINYIN, 0, out) ? List.copyOf(out) : List.of();
    }

    /** Whether the folded word has a syllable pinyin writes and Wade–Giles does not (xi, zhou, jin). */
    public static boolean isPinyinOnly(String word) {
        return systemOf(word) == System.PINYIN;
    }

    /** Every Wade–Giles syllable, for generators of test names. */
    public static Set<String> wadeGilesSyllables() {
        return WADE_GILES;
    }

    /** Every pinyin syllable. */
    public static Set<String> pinyinSyllables() {
        return new HashSet<>(PINYIN);
    }
}
