package dev.embargo.bench.quality;

import com.ibm.icu.text.Transliterator;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Listed people's Latin names written as Japanese and Chinese write foreign names — in katakana, and in the
 * characters of the Chinese transcription tables — as queries that must match the listed name; and near-misses
 * that must not: another listed person's name of the same first word and another last word (Vladimir Putin /
 * Vladimir Pupkin), transcribed and compared with the first. Held in: the lists' own aliases in katakana, Chinese
 * characters or Khmer against the same listing's Latin name.
 *
 * <p>The generator never uses the matcher's path: katakana comes from ICU's Latin-Katakana (Latin spelling to kana
 * by its own rules), which the matcher does not use (it reads katakana back with Katakana-Latin and compares
 * consonant classes); Chinese comes from {@link #CHINESE}, a table from Latin consonant and vowel to the character
 * of that syllable, while the matcher reads each character's pinyin from ICU's Han-Latin data and never maps a
 * character to a Latin letter. Both generators transcribe the spelling, not the sound (Putin is プティン here,
 * プーチン in Japanese use), so the measure is of the class, not of the examples the matcher was tried on.
 */
public final class TranscriptionGenerator {
    /** Words of a name the generators transcribe: Latin letters only, two or more. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /** Mixed into every draw: another seed, other samples. */
    private final String seed;

    private final int perClass;
    private final Transliterator latinKatakana = Transliterator.getInstance("Latin-Katakana");

    public TranscriptionGenerator(long seed, int perClass) {
        this.seed = Long.toString(seed);
        this.perClass = perClass;
    }

    /**
     * The cases by class; the same lists and seed give the same cases, and each case depends only on the names it
     * is drawn from ({@link StableDraw}): the people are walked in the order of their listings' hashes, and a
     * near-miss's other person is the one of the smallest hash with this name among those that fit.
     */
    public Map<String, List<NameVariantGenerator.Case>> generate(List<Entity> entities) {
        List<String[]> people = new ArrayList<>();
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            Name n = e.primaryName();
            String[] words = latinWords(n.full());
            if (words == null || words.length < 2 || words.length > 3) {
                continue;
            }
            String[] row = {n.full(), String.join(" ", words), e.id()};
            people.add(row);
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(row);
        }
        Map<String, List<NameVariantGenerator.Case>> out = new LinkedHashMap<>();
        List<NameVariantGenerator.Case> katakana = new ArrayList<>();
        List<NameVariantGenerator.Case> chinese = new ArrayList<>();
        for (String[] p : StableDraw.ordered(people, r -> r[2], seed + " transcription")) {
            if (katakana.size() >= 2 * perClass) {
                break;
            }
            String[] other = nearMiss(p, byFirstWord);
            if (other == null) {
                continue;
            }
            List<String> from = List.of(p[0], other[0]);
            katakana.add(new NameVariantGenerator.Case(
                    "katakana", katakana(p[1]), p[0], EntityKind.PERSON, true, List.of(p[0])));
            katakana.add(new NameVariantGenerator.Case(
                    "katakana", katakana(other[1]), p[0], EntityKind.PERSON, false, from));
            chinese.add(new NameVariantGenerator.Case(
                    "chinese", chinese(p[1]), p[0], EntityKind.PERSON, true, List.of(p[0])));
            chinese.add(
                    new NameVariantGenerator.Case("chinese", chinese(other[1]), p[0], EntityKind.PERSON, false, from));
        }
        out.put("katakana transcription", katakana);
        out.put("chinese transcription", chinese);
        heldIn(entities).forEach((script, cases) -> out.put("lists' own " + script + " aliases", cases));
        return out;
    }

    /** Another listed person whose name starts with the same word and differs in its last word. */
    private String[] nearMiss(String[] p, Map<String, List<String[]>> byFirstWord) {
        String[] words = p[1].split(" ");
        List<String[]> same = byFirstWord.get(words[0]);
        List<String[]> fits = new ArrayList<>();
        for (String[] o : same) {
            String[] ow = o[1].split(" ");
            // Another spelling of the same last word (Makhlouf / Makhluf, Nzabamwita / Nzambamwita) is most often
            // the same person listed twice, not a near-miss.
            if (ow.length == words.length && farApart(ow[ow.length - 1], words[words.length - 1])) {
                fits.add(o);
            }
        }
        return StableDraw.pick(fits, o -> o[0], seed, "transcription near-miss", p[0]);
    }

    /** More than two edits apart (insertions, deletions, substitutions). */
    static boolean farApart(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] > 2;
    }

    /** The name's words in lower case, given names first (a "FAMILY, Given" name turned), or null. */
    static String[] latinWords(String full) {
        String name = full;
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(comma + 1) + " " + name.substring(0, comma);
        }
        List<String> words = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (!LATIN_WORD.matcher(w).matches()) {
                return null;
            }
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return words.isEmpty() ? null : words.toArray(new String[0]);
    }

    /** ICU's Latin-Katakana of each word, words joined by the katakana middle dot. */
    String katakana(String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.split(" ")) {
            out.add(latinKatakana.transliterate(w));
        }
        return String.join("・", out);
    }

    /**
     * The Chinese transcription of each word, syllable by syllable ({@link #chineseWord}), words joined by the
     * middle dot.
     */
    static String chinese(String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.split(" ")) {
            out.add(chineseWord(w));
        }
        return String.join("·", out);
    }

    /**
     * Characters of the Xinhua transcription tables (英语姓名译名手册, 俄语姓名译名手册) by the Latin consonant of a
     * syllable and its vowel: a, e, i, o, u, and the last for a consonant without a vowel after it. Written by hand
     * from those tables' conventions, one character per cell where the tables offer several; y counts as i.
     */
    static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("", "阿埃伊奥乌"),
            Map.entry("b", "巴贝比博布布"),
            Map.entry("p", "帕佩皮波普普"),
            Map.entry("d", "达德迪多杜德"),
            Map.entry("t", "塔特蒂托图特"),
            Map.entry("g", "加盖吉戈古格"),
            Map.entry("k", "卡凯基科库克"),
            Map.entry("f", "法费菲福富夫"),
            Map.entry("v", "瓦韦维沃武夫"),
            Map.entry("m", "马梅米莫穆姆"),
            Map.entry("n", "纳内尼诺努恩"),
            Map.entry("l", "拉莱利洛卢尔"),
            Map.entry("r", "拉雷里罗鲁尔"),
            Map.entry("s", "萨塞西索苏斯"),
            Map.entry("z", "扎泽齐佐祖兹"),
            Map.entry("sh", "沙舍希肖舒什"),
            Map.entry("ch", "查切奇乔丘奇"),
            Map.entry("j", "贾杰吉乔朱日"),
            Map.entry("h", "哈赫希霍胡赫"),
            Map.entry("w", "瓦韦威沃伍夫"),
            Map.entry("y", "亚耶伊约尤伊"));

    /** Finals n after a vowel, as the tables write them: an 安, en 恩, in 因, on 翁, un 温, by consonant. */
    static final Map<String, String> WITH_N = Map.ofEntries(
            Map.entry("", "安恩因翁温"),
            Map.entry("b", "班本宾邦本"),
            Map.entry("d", "丹登丁东敦"),
            Map.entry("t", "坦滕廷通屯"),
            Map.entry("k", "坎肯金孔昆"),
            Map.entry("g", "甘根金贡衮"),
            Map.entry("l", "兰伦林隆伦"),
            Map.entry("r", "兰伦林隆伦"),
            Map.entry("m", "曼门明蒙蒙"),
            Map.entry("s", "桑森辛松孙"),
            Map.entry("h", "汉亨欣洪洪"),
            Map.entry("f", "凡芬芬丰丰"),
            Map.entry("v", "万文温翁文"),
            Map.entry("n", "南嫩宁农农"),
            Map.entry("p", "潘彭平蓬蓬"));

    /** One word: split into consonant-vowel syllables, each written with the table's character. */
    static String chineseWord(String word) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = word.length();
        while (i < n) {
            String consonant = consonantAt(word, i);
            i += consonant.length();
            if (consonant.equals("x")) {
                out.append("克斯");
                continue;
            }
            String table = consonant.equals("c")
                    ? (i < n && "eiy".indexOf(word.charAt(i)) >= 0 ? "s" : "k")
                    : consonant.equals("q") || consonant.equals("ck") || consonant.equals("kh") ? "k" : consonant;
            table = table.equals("ph") ? "f" : table.equals("th") ? "t" : table.equals("zh") ? "j" : table;
            table = table.equals("gh") ? "g" : table.equals("ts") || table.equals("tz") ? "z" : table;
            if (!CHINESE.containsKey(table)) {
                table = "";
            }
            int vowel = i < n ? "aeioyu".indexOf(word.charAt(i)) : -1;
            if (vowel < 0) {
                if (!table.isEmpty()) {
                    out.append(CHINESE.get(table).charAt(5 <= CHINESE.get(table).length() - 1 ? 5 : 0));
                }
                continue;
            }
            int cell = vowel == 4 ? 2 : vowel == 5 ? 4 : vowel;
            i++;
            // A vowel run is one syllable (ou, ei, ia): the first vowel decides it.
            while (i < n && "aeiouy".indexOf(word.charAt(i)) >= 0) {
                i++;
            }
            boolean finalN = i < n
                    && word.charAt(i) == 'n'
                    && (i + 1 == n || "aeiouy".indexOf(word.charAt(i + 1)) < 0)
                    && WITH_N.containsKey(table);
            if (finalN) {
                out.append(WITH_N.get(table).charAt(cell));
                i++;
            } else {
                out.append(CHINESE.get(table).charAt(cell));
            }
        }
        return out.toString();
    }

    private static final String[] DIGRAPHS = {"sch", "tch", "sh", "ch", "zh", "kh", "gh", "ph", "th", "ts", "tz", "ck"};

    private static String consonantAt(String word, int i) {
        for (String d : DIGRAPHS) {
            if (word.startsWith(d, i)) {
                return d.equals("sch") ? "sh" : d.equals("tch") ? "ch" : d;
            }
        }
        char c = word.charAt(i);
        return "aeiouy".indexOf(c) >= 0 ? "" : String.valueOf(c);
    }

    /**
     * The lists' own aliases written in katakana, Chinese characters or Khmer, against the listing's first Latin
     * name, by script: {@code kana}, {@code han}, {@code khmer}.
     */
    static Map<String, List<NameVariantGenerator.Case>> heldIn(List<Entity> entities) {
        Map<String, List<NameVariantGenerator.Case>> out = new LinkedHashMap<>();
        for (String script : List.of("kana", "han", "khmer")) {
            out.put(script, new ArrayList<>());
        }
        for (Entity e : entities) {
            Name latin = null;
            for (Name n : e.names()) {
                if (n.script().equals("Latn")) {
                    latin = n;
                    break;
                }
            }
            if (latin == null) {
                continue;
            }
            for (Name n : e.names()) {
                String script = scriptOf(n.full());
                if (script != null) {
                    out.get(script)
                            .add(new NameVariantGenerator.Case("held-in", n.full(), latin.full(), e.kind(), true));
                }
            }
        }
        return out;
    }

    /** kana, han or khmer for a name with letters of that script (kana before han: Japanese mixes them), or null. */
    private static String scriptOf(String name) {
        boolean han = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HIRAGANA) {
                return "kana";
            }
            if (s == Character.UnicodeScript.KHMER) {
                return "khmer";
            }
            han |= s == Character.UnicodeScript.HAN;
        }
        return han ? "han" : null;
    }
}
