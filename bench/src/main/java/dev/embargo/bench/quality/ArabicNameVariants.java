package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Listed people's Arabic-derived names (a Latin name holding a patronymic particle, the article or Abd/Abu) as two
 * lists write one person, by class:
 *
 * <ul>
 *   <li>nasab link: the chain of fathers one link shorter (the last "ben X" of two or more dropped) or longer (a
 *       grandfather's "ben X" added after the last link, X a name that follows ben/bin on another listing);
 *       near-misses: another listed person's name with the same first given name and another family word in
 *       common, each with a name word the other lacks (two men of one given name and one clan or father);
 *   <li>arabic article: the article written apart (Al-Sayed, Al Azhar) written onto its word as said, assimilated
 *       to a sun letter (Essayed, Elssayed) or with its vowel elided before a vowel (Lazhar);
 *   <li>arabic vowels: one name word spelled as another romanisation writes it (ou / u, o / u, a / e and i / e as
 *       French and Levantine spellings write fatha and kasra, ai / ei / ay, a doubled consonant written once, the
 *       ta marbuta -a / -ah / -e, dh / d / z, q / k / g); near-misses: a given name swapped for another common
 *       Arabic given name of the same consonants or vowels (Mohamed / Mahmoud, Hassan / Hussein, Ali / Alaa, Hamid
 *       / Hamad, Said / Saad), another man.
 * </ul>
 *
 * Names are read in the order of their hash ({@link StableDraw}); each case's draws come from its own name.
 */
final class ArabicNameVariants {
    static final String NASAB = "arabic nasab link";
    static final String ARTICLE = "arabic article";
    static final String VOWELS = "arabic vowels";

    private ArabicNameVariants() {}

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}']+");
    private static final Set<String> PATRONYMIC = Set.of("ben", "bin", "ibn");
    private static final Set<String> ARTICLES = Set.of("al", "el");

    /** Pairs of different common given names, each way round: one spelled as the other's is another man. */
    private static final String[][] OTHER_NAMES = {
        {"mohamed", "mahmoud"},
        {"mohammed", "mahmood"},
        {"muhammad", "mahmud"},
        {"mohammad", "mahmood"},
        {"hassan", "hussein"},
        {"hasan", "husayn"},
        {"ali", "alaa"},
        {"hamid", "hamad"},
        {"said", "saad"},
        {"ahmed", "hamed"},
    };

    static Map<String, List<NameVariantGenerator.Case>> cases(List<Entity> entities, int perClass) {
        Map<String, Set<String>> listingsOf = new TreeMap<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (full.length() <= 80 && Romanizer.isLatin(full) && arabicDerived(full)) {
                    listingsOf
                            .computeIfAbsent(full, k -> new java.util.TreeSet<>())
                            .add(e.id());
                }
            }
        }
        List<String> names = new ArrayList<>(listingsOf.keySet());
        // The names that follow a patronymic particle on the lists: fathers' names to add.
        List<String> fathers = new ArrayList<>();
        for (String n : names) {
            List<String> w = words(n);
            for (int i = 0; i + 1 < w.size(); i++) {
                String next = w.get(i + 1);
                if (PATRONYMIC.contains(fold(w.get(i))) && !ARTICLES.contains(fold(next)) && next.length() >= 3) {
                    fathers.add(capitalise(fold(next)));
                }
            }
        }
        List<String> fatherPool = new ArrayList<>(new java.util.TreeSet<>(fathers));
        Map<String, List<NameVariantGenerator.Case>> out = new LinkedHashMap<>();
        out.put(NASAB, nasab(names, listingsOf, fatherPool, perClass));
        out.put(ARTICLE, articles(names, perClass));
        out.put(VOWELS, vowels(names, perClass));
        return out;
    }

    /** A Latin name holding ben, bin, ibn, al, el, abu or a word beginning with abd. */
    static boolean arabicDerived(String name) {
        for (String w : words(name)) {
            String f = fold(w);
            if (PATRONYMIC.contains(f) || ARTICLES.contains(f) || f.equals("abu") || f.startsWith("abd")) {
                return true;
            }
        }
        return false;
    }

    private static List<NameVariantGenerator.Case> nasab(
            List<String> names, Map<String, Set<String>> listingsOf, List<String> fathers, int perClass) {
        List<NameVariantGenerator.Case> out = new ArrayList<>();
        int variants = 0;
        for (String name : StableDraw.ordered(names, NASAB)) {
            if (variants >= perClass) {
                break;
            }
            List<int[]> links = links(name);
            if (links.isEmpty()) {
                continue;
            }
            Random r = StableDraw.random(NASAB, name);
            int[] last = links.getLast();
            if (links.size() >= 2 && r.nextBoolean()) {
                // The last link dropped, with the space before it.
                String query = (name.substring(0, last[0]).stripTrailing() + " "
                                + name.substring(last[1]).strip())
                        .strip();
                out.add(new NameVariantGenerator.Case(NASAB, query, name, EntityKind.PERSON, true));
                variants++;
            } else if (!fathers.isEmpty()) {
                String particle = name.substring(last[0], last[0] + 3);
                String father = fathers.get(r.nextInt(fathers.size()));
                if (upperCase(name.substring(last[0], last[1]))) {
                    father = father.toUpperCase(Locale.ROOT);
                }
                String query = name.substring(0, last[1]) + " " + particle + " " + father + name.substring(last[1]);
                out.add(new NameVariantGenerator.Case(NASAB, query, name, EntityKind.PERSON, true));
                variants++;
            }
        }
        // Near-misses: two listed people of one first given name sharing another word, each with a word of its own.
        Map<String, List<String>> byGiven = new TreeMap<>();
        for (String name : names) {
            List<String> w = nameWords(name);
            if (w.size() >= 3) {
                byGiven.computeIfAbsent(firstGiven(name), k -> new ArrayList<>())
                        .add(name);
            }
        }
        int near = 0;
        for (String name : StableDraw.ordered(names, NASAB + " other")) {
            if (near >= perClass) {
                break;
            }
            List<String> group = byGiven.get(firstGiven(name));
            if (group == null || group.size() < 2) {
                continue;
            }
            Set<String> own = new HashSet<>(folded(nameWords(name)));
            for (String other : StableDraw.ordered(group, NASAB + " other " + name)) {
                if (other.equals(name)
                        || !java.util.Collections.disjoint(listingsOf.get(other), listingsOf.get(name))) {
                    continue;
                }
                Set<String> theirs = new HashSet<>(folded(nameWords(other)));
                Set<String> shared = new HashSet<>(own);
                shared.retainAll(theirs);
                shared.remove(firstGiven(name));
                if (shared.isEmpty() || !hasOwnWord(own, theirs) || !hasOwnWord(theirs, own)) {
                    continue;
                }
                out.add(new NameVariantGenerator.Case(NASAB, other, name, EntityKind.PERSON, false));
                near++;
                break;
            }
        }
        return out;
    }

    /** {@code a} has a name word of four letters or more spelled like no word of {@code b}. */
    private static boolean hasOwnWord(Set<String> a, Set<String> b) {
        for (String w : a) {
            if (w.length() < 4) {
                continue;
            }
            boolean alike = false;
            for (String o : b) {
                alike |= NameVariantGenerator.editDistance(w, o) <= Math.max(2, w.length() / 3);
            }
            if (!alike) {
                return true;
            }
        }
        return false;
    }

    private static List<NameVariantGenerator.Case> articles(List<String> names, int perClass) {
        List<NameVariantGenerator.Case> out = new ArrayList<>();
        // The article written apart (a space or a hyphen) before a word of three letters or more.
        Pattern apart = Pattern.compile("(?i)\\b(al|el)[- ]([\\p{IsLatin}]{3,})");
        for (String name : StableDraw.ordered(names, ARTICLE)) {
            if (out.size() >= perClass) {
                break;
            }
            Matcher m = apart.matcher(name);
            if (!m.find()) {
                continue;
            }
            String article = m.group(1);
            String word = m.group(2);
            char first = Character.toLowerCase(word.charAt(0));
            boolean upper = upperCase(word) && word.length() > 1;
            String joined;
            if ("tdrzsn".indexOf(first) >= 0 && !word.toLowerCase(Locale.ROOT).startsWith(first + "h")) {
                // Assimilated: es-Sayed written Essayed, or el-s-Sayed written Elssayed.
                Random r = StableDraw.random(ARTICLE, name);
                String vowel = article.substring(0, 1);
                String lower = (r.nextBoolean() ? "e" : vowel.toLowerCase(Locale.ROOT))
                        + (r.nextBoolean() ? "l" : "")
                        + first
                        + word.toLowerCase(Locale.ROOT);
                joined = upper ? lower.toUpperCase(Locale.ROOT) : capitalise(lower);
            } else if ("aeiou".indexOf(first) >= 0) {
                // Elided before a vowel: Al-Azhar written Lazhar.
                String lower = "l" + word.toLowerCase(Locale.ROOT);
                joined = upper ? lower.toUpperCase(Locale.ROOT) : capitalise(lower);
            } else {
                continue;
            }
            String query = name.substring(0, m.start()) + joined + name.substring(m.end());
            out.add(new NameVariantGenerator.Case(ARTICLE, query, name, EntityKind.PERSON, true));
        }
        return out;
    }

    /** Respellings of one Arabic sound, as a letter group and what another romanisation writes for it. */
    private static final String[][] SPELLINGS = {
        {"ou", "u"},
        {"u", "ou"},
        {"o", "u"},
        {"u", "o"},
        {"(?<=[^aeiou])a(?=[^aeiouyhw][aeiou])", "e"},
        {"(?<=[^aeiou])i(?=[^aeiouy])", "e"},
        {"ai", "ei"},
        {"ay(?=[^aeiou])", "ei"},
        {"ei", "ay"},
        {"([bdfjklmnrstz])\\1", "$1"},
        {"(?<=[aeiou])([bdjklmnrstz])(?=[aeiou])", "$1$1"},
        {"ah$", "a"},
        {"a$", "ah"},
        {"iya$", "iye"},
        {"dh", "d"},
        {"dh", "z"},
        {"q", "k"},
        {"q", "g"},
        {"ee", "i"},
    };

    private static List<NameVariantGenerator.Case> vowels(List<String> names, int perClass) {
        List<NameVariantGenerator.Case> out = new ArrayList<>();
        int variants = 0;
        for (String name : StableDraw.ordered(names, VOWELS)) {
            if (variants >= perClass) {
                break;
            }
            Random r = StableDraw.random(VOWELS, name);
            List<int[]> spans = new ArrayList<>();
            Matcher m = WORD.matcher(name);
            while (m.find()) {
                String f = fold(m.group());
                if (f.length() >= 4 && !PATRONYMIC.contains(f) && !ARTICLES.contains(f) && f.matches("[a-z]+")) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            int[] span = spans.get(r.nextInt(spans.size()));
            String word = name.substring(span[0], span[1]);
            String lower = word.toLowerCase(Locale.ROOT);
            List<String> respelled = new ArrayList<>();
            for (String[] s : SPELLINGS) {
                String v = lower.replaceFirst(s[0], s[1]);
                if (!v.equals(lower)) {
                    respelled.add(v);
                }
            }
            if (respelled.isEmpty()) {
                continue;
            }
            String v = respelled.get(r.nextInt(respelled.size()));
            String written = upperCase(word) && word.length() > 1 ? v.toUpperCase(Locale.ROOT) : capitalise(v);
            String query = name.substring(0, span[0]) + written + name.substring(span[1]);
            out.add(new NameVariantGenerator.Case(VOWELS, query, name, EntityKind.PERSON, true));
            variants++;
        }
        Map<String, String> other = new TreeMap<>();
        for (String[] pair : OTHER_NAMES) {
            other.put(pair[0], pair[1]);
            other.put(pair[1], pair[0]);
        }
        int near = 0;
        for (String name : StableDraw.ordered(names, VOWELS + " other")) {
            if (near >= perClass) {
                break;
            }
            Matcher m = WORD.matcher(name);
            while (m.find()) {
                String swap = other.get(fold(m.group()));
                if (swap == null) {
                    continue;
                }
                String written = upperCase(m.group()) && m.group().length() > 1
                        ? swap.toUpperCase(Locale.ROOT)
                        : capitalise(swap);
                String query = name.substring(0, m.start()) + written + name.substring(m.end());
                out.add(new NameVariantGenerator.Case(VOWELS, query, name, EntityKind.PERSON, false));
                near++;
                break;
            }
        }
        return out;
    }

    /**
     * The links of a chain of fathers in {@code name}: a patronymic particle after a name word, the articles
     * after it and the name after them, as character spans [start of the particle, end of the name], in order.
     */
    private static List<int[]> links(String name) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(fold(m.group()));
            at.add(new int[] {m.start(), m.end()});
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!PATRONYMIC.contains(words.get(i)) || PATRONYMIC.contains(words.get(i - 1))) {
                continue;
            }
            int k = i + 1;
            while (k < words.size() && ARTICLES.contains(words.get(k))) {
                k++;
            }
            if (k < words.size()
                    && !PATRONYMIC.contains(words.get(k))
                    && words.get(k).length() >= 3) {
                // Only a link separated from what follows by a space: not one inside a hyphenated word.
                boolean endsWord = at.get(k)[1] == name.length() || name.charAt(at.get(k)[1]) == ' ';
                boolean startsWord = at.get(i)[0] > 0 && name.charAt(at.get(i)[0] - 1) == ' ';
                if (endsWord && startsWord) {
                    spans.add(new int[] {at.get(i)[0], at.get(k)[1]});
                }
            }
        }
        return spans;
    }

    /** The first given name, folded: the first word after the comma of "FAMILY, Given", else the first word. */
    private static String firstGiven(String name) {
        int comma = name.indexOf(',');
        List<String> w = words(comma >= 0 ? name.substring(comma + 1) : name);
        return w.isEmpty() ? "" : fold(w.getFirst());
    }

    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(name)) {
            String f = fold(w);
            if (!PATRONYMIC.contains(f) && !ARTICLES.contains(f)) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> folded(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(fold(w));
        }
        return out;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String fold(String w) {
        return LatinFolder.fold(w).toLowerCase(Locale.ROOT).replace("'", "");
    }

    private static boolean upperCase(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
