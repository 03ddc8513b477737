package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Listed people's Latin names written in Khmer script the way Cambodian newspapers and officials write names —
 * Cambodian names back into the Khmer spelling their romanisation stands for, foreign names syllable by syllable
 * (ពូទីន for Putin) — as queries that must match the listed name; and near-misses that must not: the same name
 * with one consonant of a word changed to one of another class (Pheap / Meap), with one syllable replaced by
 * another, and another listed person's name (same first word, a last word far apart), each written in Khmer and
 * compared with the first.
 *
 * <p>The table here goes from Latin spelling to Khmer letters and is the generator's own: it picks a consonant's
 * series from the vowel after it (ា read éa after a second-series consonant for Cambodian ea, a after a
 * first-series one), marks sonorants before a with the muusikatoan as the press does (ម៉ា for ma), writes a
 * consonant without a vowel after it as a final or below the next (ស្ត), and never reads Khmer. The matcher reads
 * Khmer by the BGN/PCGN table and compares consonant classes; neither is used here.
 */
public final class KhmerScriptGenerator {
    /** A Latin word of a name the generator writes: letters only, two or more. */
    private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("[a-z]{2,}");

    /** The Latin consonants, longest first, with their Khmer letters: first series, second series. */
    private static final String[][] CONSONANTS = {
        {"chh", "ឆ", "ឈ"},
        {"sch", "ស", "ស៊"},
        {"tch", "ឆ", "ឈ"},
        {"ch", "ច", "ជ"},
        {"kh", "ខ", "ឃ"},
        {"gh", "ហ្គ", "គ"},
        {"ph", "ផ", "ភ"},
        {"th", "ថ", "ធ"},
        {"sh", "ស", "ស៊"},
        {"zh", "ហ្ស", "ហ្ស៊"},
        {"ng", "ង៉", "ង"},
        {"nh", "ញ៉", "ញ"},
        {"ny", "ញ៉", "ញ"},
        {"ts", "ត្ស", "ទ្ស"},
        {"dj", "ឌ្យ", "ជ"},
        {"ck", "ក", "គ"},
        {"qu", "ក្វ", "គ្វ"},
        {"b", "ប", "ប៊"},
        {"c", "ក", "គ"},
        {"d", "ដ", "ឌ"},
        {"f", "ហ្វ", "ហ្វ៊"},
        {"g", "ហ្គ", "គ"},
        {"h", "ហ", "ហ៊"},
        {"j", "ហ្ស៊", "ជ"},
        {"k", "ក", "គ"},
        {"l", "ឡ", "ល"},
        {"m", "ម៉", "ម"},
        {"n", "ណ", "ន"},
        {"p", "ប៉", "ព"},
        {"q", "ក", "គ"},
        {"r", "រ៉", "រ"},
        {"s", "ស", "ស៊"},
        {"t", "ត", "ទ"},
        {"v", "វ៉", "វ"},
        {"w", "វ៉", "វ"},
        {"x", "ក្ស", "គ្ស"},
        {"y", "យ៉", "យ"},
        {"z", "ហ្ស", "ហ្ស៊"}
    };

    /**
     * The Latin vowels, longest first: the Khmer vowel sign and the series of the consonant it is written after
     * (1 first, 2 second), as a romanisation of Khmer spells them (ea is ា after the second series, a after the
     * first; i is ី after the second series) and as the press writes foreign vowels.
     */
    private static final String[][] VOWELS = {
        {"oeu", "ើ", "2"},
        {"eua", "ឿ", "2"},
        {"aeu", "ើ", "1"},
        {"ea", "ា", "2"},
        {"ie", "ៀ", "1"},
        {"ia", "ៀ", "2"},
        {"ei", "ី", "1"},
        {"ey", "ៃ", "2"},
        {"ai", "ៃ", "1"},
        {"ay", "ៃ", "1"},
        {"ao", "ៅ", "1"},
        {"au", "ៅ", "1"},
        {"oa", "ោ", "1"},
        {"ou", "ូ", "2"},
        {"ua", "ួ", "2"},
        {"uo", "ួ", "2"},
        {"eu", "ើ", "2"},
        {"oe", "ឹ", "1"},
        {"ae", "ែ", "1"},
        {"a", "ា", "1"},
        {"e", "េ", "1"},
        {"i", "ី", "2"},
        {"o", "ូ", "1"},
        {"u", "ុ", "2"},
        {"y", "ី", "2"}
    };

    /** Final consonants as Khmer writes them after a vowel. */
    private static final Map<String, String> FINALS = Map.ofEntries(
            Map.entry("ng", "ង"),
            Map.entry("nh", "ញ"),
            Map.entry("ch", "ច"),
            Map.entry("k", "ក"),
            Map.entry("c", "ក"),
            Map.entry("ck", "ក"),
            Map.entry("g", "គ"),
            Map.entry("t", "ត"),
            Map.entry("d", "ដ"),
            Map.entry("p", "ព"),
            Map.entry("b", "ប"),
            Map.entry("m", "ម"),
            Map.entry("n", "ន"),
            Map.entry("l", "ល"),
            Map.entry("r", "រ"),
            Map.entry("s", "ស"),
            Map.entry("h", "ះ"),
            Map.entry("v", "វ"),
            Map.entry("w", "វ"),
            Map.entry("f", "ហ្វ"),
            Map.entry("x", "ក្ស"),
            Map.entry("z", "ស"),
            Map.entry("th", "ធ"),
            Map.entry("ph", "ភ"),
            Map.entry("kh", "ខ"),
            Map.entry("sh", "ស"),
            Map.entry("j", "ជ"));

    /** Consonants that take another's place in a changed near-miss: each is of another class than the first. */
    private static final Map<Character, Character> SWAPS = Map.ofEntries(
            Map.entry('b', 'm'),
            Map.entry('c', 'l'),
            Map.entry('d', 'r'),
            Map.entry('f', 'n'),
            Map.entry('g', 's'),
            Map.entry('h', 'k'),
            Map.entry('j', 'm'),
            Map.entry('k', 'n'),
            Map.entry('l', 'p'),
            Map.entry('m', 't'),
            Map.entry('n', 's'),
            Map.entry('p', 'r'),
            Map.entry('r', 'k'),
            Map.entry('s', 'v'),
            Map.entry('t', 'n'),
            Map.entry('v', 'l'),
            Map.entry('z', 'k'));

    private static final char COENG = '\u17D2';
    private static final String CARRIER = "អ";

    /** Mixed into every draw: another seed, other samples. */
    private final String seed;

    private final int perClass;

    public KhmerScriptGenerator(long seed, int perClass) {
        this.seed = Long.toString(seed);
        this.perClass = perClass;
    }

    /**
     * A generated query in Khmer, the Latin words it was written from, and the listed name it is compared with;
     * {@code kind} says how it was made; {@code from}, the listed names it was drawn from.
     */
    public record Case(
            String nameClass,
            String kind,
            String query,
            String latin,
            String listed,
            boolean mustMatch,
            List<String> from) {
        public Case {
            from = List.copyOf(from);
        }
    }

    /**
     * The cases: per class of name, variants first, then near-misses; the same lists and seed give the same, and
     * each case depends only on the names it is drawn from ({@link StableDraw}): the people are walked in the order
     * of their listings' hashes, each name's near-miss made by a random of its own, another listed name chosen by the
     * smallest hash with this name among those that fit.
     */
    public Map<String, List<Case>> generate(List<Entity> entities) {
        List<String[]> cambodianLike = new ArrayList<>();
        List<String[]> others = new ArrayList<>();
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            Name n = e.primaryName();
            String[] words = TranscriptionGenerator.latinWords(n.full());
            if (words == null || words.length < 2 || words.length > 3) {
                continue;
            }
            boolean letters = true;
            for (String w : words) {
                letters &= LATIN_WORD.matcher(w).matches();
            }
            if (!letters) {
                continue;
            }
            String[] row = {n.full(), String.join(" ", words), e.id()};
            (cambodian(e) || monosyllabic(words) ? cambodianLike : others).add(row);
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(row);
        }
        Map<String, List<Case>> out = new LinkedHashMap<>();
        out.put(
                "cambodian and monosyllabic names",
                cases("cambodian and monosyllabic names", cambodianLike, byFirstWord));
        out.put("other names", cases("other names", others, byFirstWord));
        return out;
    }

    private List<Case> cases(String nameClass, List<String[]> people, Map<String, List<String[]>> byFirstWord) {
        List<Case> variants = new ArrayList<>();
        List<Case> near = new ArrayList<>();
        for (String[] p : StableDraw.ordered(people, r -> r[2], seed + " " + nameClass)) {
            if (variants.size() >= perClass) {
                break;
            }
            String khmer = khmer(p[1]);
            variants.add(new Case(nameClass, "variant", khmer, p[1], p[0], true, List.of(p[0])));
            Random random = StableDraw.random(seed, nameClass, p[2]);
            String changed;
            String kind;
            List<String> from = List.of(p[0]);
            switch (random.nextInt(3)) {
                case 0 -> {
                    changed = consonantChanged(random, p[1]);
                    kind = "one consonant changed";
                }
                case 1 -> {
                    changed = syllableChanged(random, p[1]);
                    kind = "one syllable changed";
                }
                default -> {
                    String[] other = anotherListedName(p, byFirstWord);
                    changed = other == null ? syllableChanged(random, p[1]) : other[1];
                    kind = other == null ? "one syllable changed" : "another listed name";
                    from = other == null ? from : List.of(p[0], other[0]);
                }
            }
            if (changed != null) {
                near.add(new Case(nameClass, kind, khmer(changed), changed, p[0], false, from));
            }
        }
        variants.addAll(near);
        return variants;
    }

    /** Another listed person whose name starts with the same word and whose last word is far from this one's. */
    private String[] anotherListedName(String[] p, Map<String, List<String[]>> byFirstWord) {
        String[] words = p[1].split(" ");
        List<String[]> fits = new ArrayList<>();
        for (String[] o : byFirstWord.get(words[0])) {
            String[] ow = o[1].split(" ");
            if (ow.length == words.length
                    && TranscriptionGenerator.farApart(ow[ow.length - 1], words[words.length - 1])) {
                fits.add(o);
            }
        }
        return StableDraw.pick(fits, o -> o[0], seed, "khmer another listed name", p[0]);
    }

    /** Listed as of Cambodia: nationality, citizenship, country or place of birth. */
    private static boolean cambodian(Entity e) {
        for (List<String> values : List.of(e.nationalities(), e.citizenships(), e.countries(), e.birthPlaces())) {
            for (String v : values) {
                if (v != null && v.toLowerCase(Locale.ROOT).contains("cambodia")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every word one syllable, as Khmer, Vietnamese, Chinese and Korean names are romanised. */
    private static boolean monosyllabic(String[] words) {
        for (String w : words) {
            if (syllables(w).size() != 1) {
                return false;
            }
        }
        return true;
    }

    /** A word with one consonant of a syllable's onset or final changed to one of another class; null if none. */
    static String consonantChanged(Random random, String name) {
        String[] words = name.split(" ");
        int w = random.nextInt(words.length);
        String word = words[w];
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (SWAPS.containsKey(word.charAt(i))) {
                at.add(i);
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        int i = at.get(random.nextInt(at.size()));
        char replacement = SWAPS.get(word.charAt(i));
        words[w] = word.substring(0, i) + replacement + word.substring(i + 1);
        return String.join(" ", words);
    }

    /**
     * A name with one syllable of one word replaced by another (its consonant and vowel both other), so that the
     * word is another word: Sophary / Sokhary.
     */
    static String syllableChanged(Random random, String name) {
        String[] words = name.split(" ");
        int w = random.nextInt(words.length);
        List<String> syllables = syllables(words[w]);
        int s = random.nextInt(syllables.size());
        String[] onsets = {"k", "m", "r", "s", "t", "l", "p", "n", "ch", "v"};
        String[] vowels = {"a", "o", "i", "u", "e"};
        String old = syllables.get(s);
        String replacement;
        do {
            replacement = onsets[random.nextInt(onsets.length)] + vowels[random.nextInt(vowels.length)];
        } while (old.startsWith(replacement.substring(0, 1))
                || old.contains(replacement.substring(replacement.length() - 1)));
        // The final consonant of the old syllable stays: only what begins the syllable and its vowel change.
        String coda = old.replaceFirst("^[^aeiouy]*[aeiouy]+", "");
        syllables.set(s, replacement + coda);
        words[w] = String.join("", syllables);
        return String.join(" ", words);
    }

    /** The Khmer spelling of a name of lower-case Latin words, words separated by a space. */
    static String khmer(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split(" ")) {
            out.add(khmerWord(w));
        }
        return String.join(" ", out);
    }

    /** A word as syllables: each its onset consonants, its vowel and the consonants before the next onset. */
    static List<String> syllables(String word) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = word.length();
        StringBuilder current = new StringBuilder();
        boolean vowelSeen = false;
        while (i < n) {
            char c = word.charAt(i);
            boolean vowel = isVowel(word, i);
            if (vowel) {
                current.append(c);
                vowelSeen = true;
                i++;
                continue;
            }
            // A consonant: it ends the syllable when a vowel follows it (it begins the next one).
            int j = i;
            while (j < n && !isVowel(word, j)) {
                j++;
            }
            String run = word.substring(i, j);
            if (!vowelSeen || j == n) {
                current.append(run);
                i = j;
                continue;
            }
            // Of a run of consonants between vowels, the last consonant letter (a digraph whole) opens the next.
            String onset = lastConsonant(run);
            current.append(run, 0, run.length() - onset.length());
            out.add(current.toString());
            current = new StringBuilder(onset);
            vowelSeen = false;
            i = j;
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean isVowel(String word, int i) {
        char c = word.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return true;
        }
        // y is a vowel between consonants and at a word's end, a consonant before a vowel.
        return c == 'y' && (i + 1 >= word.length() || "aeiou".indexOf(word.charAt(i + 1)) < 0) && i > 0;
    }

    private static String lastConsonant(String run) {
        for (String[] c : CONSONANTS) {
            if (c[0].length() > 1 && run.endsWith(c[0]) && run.length() >= c[0].length()) {
                return c[0];
            }
        }
        return run.substring(run.length() - 1);
    }

    /** One word in Khmer, syllable by syllable. */
    static String khmerWord(String word) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables(word)) {
            out.append(khmerSyllable(syllable));
        }
        return out.toString();
    }

    private static String khmerSyllable(String s) {
        int i = 0;
        int n = s.length();
        List<String> onset = new ArrayList<>();
        while (i < n && !isVowel(s, i)) {
            String[] c = consonantAt(s, i);
            if (c == null) {
                i++;
                continue;
            }
            onset.add(c[0]);
            i += c[0].length();
        }
        int v = i;
        while (i < n && isVowel(s, i)) {
            i++;
        }
        String vowel = s.substring(v, i);
        String coda = s.substring(i);
        StringBuilder out = new StringBuilder();
        String[] vw = vowelOf(vowel);
        boolean second = vw != null && vw[2].equals("2");
        if (onset.isEmpty()) {
            // អ is of the first series; the triisap puts it in the second for the vowels read so (អ៊ី, i).
            out.append(second ? CARRIER + "\u17CA" : CARRIER);
        } else {
            for (int k = 0; k < onset.size(); k++) {
                String[] c = consonantRow(onset.get(k));
                String letter = c[second ? 2 : 1];
                if (k == 0) {
                    out.append(letter);
                } else {
                    // A consonant below the one before it, without its series mark.
                    out.append(COENG).append(stripMarks(letter));
                }
            }
        }
        if (vw != null) {
            out.append(vowelSigns(vw[1], vowel));
        }
        if (!coda.isEmpty()) {
            out.append(codaLetters(coda));
        }
        return out.toString();
    }

    /** A vowel's signs; what a vowel group is longer than the table's match writes as its next vowel. */
    private static String vowelSigns(String first, String vowel) {
        String[] matched = vowelOf(vowel);
        String rest = vowel.substring(matched[0].length());
        StringBuilder out = new StringBuilder(first);
        if (!rest.isEmpty()) {
            String[] next = vowelOf(rest);
            if (next != null) {
                out.append(CARRIER).append(next[1]);
            }
        }
        return out.toString();
    }

    private static String codaLetters(String coda) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean first = true;
        while (i < coda.length()) {
            String f = null;
            for (int len = Math.min(2, coda.length() - i); len >= 1; len--) {
                String piece = coda.substring(i, i + len);
                if (FINALS.containsKey(piece)) {
                    f = piece;
                    break;
                }
            }
            if (f == null) {
                i++;
                continue;
            }
            String letter = FINALS.get(f);
            if (first) {
                out.append(letter);
            } else if (!letter.equals("ះ")) {
                out.append(COENG).append(stripMarks(letter));
            }
            first = false;
            i += f.length();
        }
        return out.toString();
    }

    private static String stripMarks(String letter) {
        return letter.replace("\u17C9", "").replace("\u17CA", "");
    }

    private static String[] consonantAt(String s, int i) {
        for (String[] c : CONSONANTS) {
            if (s.startsWith(c[0], i)) {
                return c;
            }
        }
        return null;
    }

    private static String[] consonantRow(String latin) {
        for (String[] c : CONSONANTS) {
            if (c[0].equals(latin)) {
                return c;
            }
        }
        throw new IllegalArgumentException(latin);
    }

    private static String[] vowelOf(String vowel) {
        for (String[] v : VOWELS) {
            if (vowel.startsWith(v[0])) {
                return v;
            }
        }
        return null;
    }
}
