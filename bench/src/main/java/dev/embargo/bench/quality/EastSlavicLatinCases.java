package dev.embargo.bench.quality;

import com.ibm.icu.lang.UScript;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.EastSlavicLatinNames;
import dev.embargo.matching.name.RomanizationVariants;
import dev.embargo.matching.text.CyrillicLetters;
import dev.embargo.matching.text.EastSlavicGivenNames;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Ukrainian or Belarusian person's name in Latin letters made from the Ukrainian or Belarusian form against the
 * Russian form of the same name (Cyrillic, or Latin made from the Russian): "Siarhei Yakaulevich AZEMSHA" /
 * "АЗЕМША, Сергей Яковлевич". People of listings about Belarus or Ukraine (by program, nationality, citizenship,
 * country or birthplace) or with a Belarusian or Ukrainian Cyrillic name. Variants, which must match: the lists'
 * own pairs (a Latin name of the listing with a Ukrainian or Belarusian given name or patronymic of the table
 * against a Russian-form name of the same listing whose other words are spelled alike), and the Russian-form
 * names of such people with their table given names and patronymics written by a Ukrainian (national 2010 or
 * BGN/PCGN) or Belarusian (passport or national, diacritics left out) romanisation, made here letter by letter,
 * and the other words by the same system. Near-misses, which must not: that query with its first given name
 * another given name of the table of the same sex, spelled by the same system (the same first letter where the
 * table has one: Mikalai for Mikhail), and with its family name another such person's family name of the same
 * last two letters (KAZAKOU for SHATROU), against the same listed name. Listings are taken in the order of their
 * ids' hash ({@link StableDraw}), each case drawn with a random of its listing's own.
 */
final class EastSlavicLatinCases {
    static final String CLASS = "east slavic latin";

    private EastSlavicLatinCases() {}

    /** A Russian-form name's words: each word, and for a given name or patronymic of the table its Russian form. */
    private record Worded(String name, List<String> words, List<String> russian) {}

    static List<NameVariantGenerator.Case> cases(List<Entity> entities, int perClass) {
        Table table = new Table();
        List<Entity> people = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.PERSON && related(e)) {
                people.add(e);
            }
        }
        people = StableDraw.ordered(people, Entity::id, CLASS);
        // Family names of such people's Latin names, by their last two letters: the near-misses' other families.
        Map<String, List<String>> familiesByEnding = new TreeMap<>();
        // The listing each family word was taken from (the first in the draw's order): a near-miss made with it
        // depends on that listing too, and names it, so a change to that listing counts as touching the case.
        Map<String, String> familyListing = new java.util.HashMap<>();
        for (Entity e : people) {
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (Romanizer.isLatin(full) && table.marked(full)) {
                    for (String w : latinWords(full)) {
                        if (table.russianOfLatin(w) == null && w.length() >= 5) {
                            familiesByEnding
                                    .computeIfAbsent(w.substring(w.length() - 2), k -> new ArrayList<>())
                                    .add(w);
                            familyListing.putIfAbsent(w, e.id());
                        }
                    }
                }
            }
        }
        familiesByEnding.replaceAll((k, v) -> StableDraw.ordered(new java.util.TreeSet<>(v), CLASS + " family"));
        List<NameVariantGenerator.Case> out = new ArrayList<>();
        int own = 0;
        int generated = 0;
        for (Entity e : people) {
            List<String> marked = new ArrayList<>();
            List<Worded> russianForms = new ArrayList<>();
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (full.length() > 80) {
                    continue;
                }
                if (Romanizer.isLatin(full) && table.marked(full)) {
                    marked.add(full);
                } else {
                    Worded w = table.russianForm(full);
                    if (w != null) {
                        russianForms.add(w);
                    }
                }
            }
            if (russianForms.isEmpty()) {
                continue;
            }
            if (own < perClass) {
                own:
                for (String m : marked) {
                    for (Worded r : russianForms) {
                        if (othersAlike(table, m, r)) {
                            out.add(new NameVariantGenerator.Case(CLASS, m, r.name(), EntityKind.PERSON, true));
                            own++;
                            break own;
                        }
                    }
                }
            }
            if (generated < perClass) {
                Worded r = russianForms.getFirst();
                Random random = StableDraw.random(CLASS, e.id());
                boolean belarusian = belarusian(e) || !ukrainian(e) && random.nextBoolean();
                Spelling system = belarusian
                        ? (random.nextBoolean() ? Spelling.BELARUSIAN_PASSPORT : Spelling.BELARUSIAN_NATIONAL)
                        : (random.nextBoolean() ? Spelling.UKRAINIAN_NATIONAL : Spelling.UKRAINIAN_BGN);
                List<String> query = new ArrayList<>();
                int firstGiven = -1;
                int family = -1;
                for (int i = 0; i < r.words().size(); i++) {
                    String russian = r.russian().get(i);
                    if (russian != null) {
                        String form = table.form(russian, belarusian);
                        query.add(capitalise(system.spell(form)));
                        if (firstGiven < 0 && table.isGivenName(russian)) {
                            firstGiven = i;
                        }
                    } else {
                        query.add(system.spell(r.words().get(i)).toUpperCase(Locale.ROOT));
                        family = family < 0 ? i : family;
                    }
                }
                if (firstGiven < 0 || family < 0) {
                    continue;
                }
                out.add(new NameVariantGenerator.Case(
                        CLASS, String.join(" ", query), r.name(), EntityKind.PERSON, true, List.of(e.id())));
                generated++;
                String other = table.otherGivenName(r.russian().get(firstGiven), e.id());
                if (other != null) {
                    List<String> near = new ArrayList<>(query);
                    near.set(firstGiven, capitalise(system.spell(table.form(other, belarusian))));
                    out.add(new NameVariantGenerator.Case(
                            CLASS, String.join(" ", near), r.name(), EntityKind.PERSON, false, List.of(e.id())));
                }
                String spelled = LatinFolder.fold(query.get(family));
                if (spelled.length() >= 5) {
                    List<String> pool =
                            familiesByEnding.getOrDefault(spelled.substring(spelled.length() - 2), List.of());
                    String otherFamily = StableDraw.pick(
                            pool.stream()
                                    .filter(f -> NameVariantGenerator.editDistance(f, spelled) > 2)
                                    .toList(),
                            f -> f,
                            CLASS,
                            e.id());
                    if (otherFamily != null) {
                        List<String> near = new ArrayList<>(query);
                        near.set(family, otherFamily.toUpperCase(Locale.ROOT));
                        out.add(new NameVariantGenerator.Case(
                                CLASS,
                                String.join(" ", near),
                                r.name(),
                                EntityKind.PERSON,
                                false,
                                List.of(e.id(), familyListing.get(otherFamily))));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The words of the Latin name that are no given name or patronymic of the table (its family names) each have a
     * word of the Russian form alike: the same first letter and at most a third of its letters (and two) apart.
     * Pairs of a listing's names under two family names (a maiden name) are no spellings of one name.
     */
    private static boolean othersAlike(Table table, String latin, Worded russian) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < russian.words().size(); i++) {
            if (russian.russian().get(i) == null) {
                others.add(LatinFolder.fold(table.romanizer
                        .readings(russian.words().get(i))
                        .getFirst()
                        .latin()));
            }
        }
        boolean any = false;
        for (String w : latinWords(latin)) {
            if (table.russianOfLatin(w) != null) {
                continue;
            }
            any = true;
            boolean alike = false;
            for (String o : others) {
                if (!o.isEmpty()
                        && o.charAt(0) == w.charAt(0)
                        && NameVariantGenerator.editDistance(o, w)
                                <= Math.max(2, Math.max(o.length(), w.length()) / 3)) {
                    alike = true;
                }
            }
            if (!alike) {
                return false;
            }
        }
        return any;
    }

    private static boolean related(Entity e) {
        if (belarusian(e) || ukrainian(e)) {
            return true;
        }
        for (Name n : e.names()) {
            String full = n.full();
            if (full.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.CYRILLIC)
                    && CyrillicLetters.languageOf(CyrillicLetters.withoutLatinLookAlikes(full))
                            != CyrillicLetters.Language.RUSSIAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean belarusian(Entity e) {
        return mentions(e, "belarus");
    }

    private static boolean ukrainian(Entity e) {
        return mentions(e, "ukrain");
    }

    private static boolean mentions(Entity e, String country) {
        List<String> fields = new ArrayList<>();
        fields.add(e.id());
        fields.addAll(e.programs());
        fields.addAll(e.nationalities());
        fields.addAll(e.citizenships());
        fields.addAll(e.countries());
        fields.addAll(e.birthPlaces());
        for (String f : fields) {
            if (f != null && f.toLowerCase(Locale.ROOT).contains(country)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> latinWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : LatinFolder.fold(name).split("[^a-z]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The table's forms, read both ways, and the Latin spellings the matcher reads as them. */
    private static final class Table {
        final Romanizer romanizer = new Romanizer();
        /** Russian form (Cyrillic, lower case) to its Ukrainian and Belarusian forms (the Russian one where same). */
        final Map<String, String> ukrainian = new TreeMap<>();

        final Map<String, String> belarusian = new TreeMap<>();
        /** Russian given names (not patronymics) of the table. */
        final Set<String> givenNames = new HashSet<>();
        /** The romanisation key of each Russian form's Latin (BGN) spelling. */
        final Map<String, String> russianByKey = new HashMap<>();

        Table() {
            EastSlavicGivenNames names = EastSlavicGivenNames.instance();
            names.ukrainianForms().forEach((form, russian) -> ukrainian.merge(russian, form, Table::first));
            names.belarusianForms().forEach((form, russian) -> belarusian.merge(russian, form, Table::first));
            Set<String> russian = new java.util.TreeSet<>(ukrainian.keySet());
            russian.addAll(belarusian.keySet());
            for (String r : russian) {
                if (!r.endsWith("ич") && !r.endsWith("вна") && !r.endsWith("чна")) {
                    givenNames.add(r);
                }
                String latin = LatinFolder.fold(romanizer.readings(r).getFirst().latin());
                russianByKey.put(RomanizationVariants.variantKey(latin), r);
            }
        }

        private static String first(String a, String b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        boolean isGivenName(String russian) {
            return givenNames.contains(russian);
        }

        String form(String russian, boolean belarusianForm) {
            return (belarusianForm ? belarusian : ukrainian).getOrDefault(russian, russian);
        }

        /** The Russian form a Latin word is a Ukrainian or Belarusian spelling of, by the matcher's table. */
        String russianOfLatin(String word) {
            return EastSlavicLatinNames.instance().russianForm(word);
        }

        boolean marked(String latinName) {
            for (String w : latinWords(latinName)) {
                if (russianOfLatin(w) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A name in the Russian form: Cyrillic in Russian letters without a Ukrainian or Belarusian form of the
         * table, or Latin with a Russian form's spelling and no Ukrainian or Belarusian one; with a given name of
         * the table and another word. Null for any other name.
         */
        Worded russianForm(String full) {
            boolean cyrillic = full.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.CYRILLIC);
            List<String> words = new ArrayList<>();
            List<String> russian = new ArrayList<>();
            boolean given = false;
            if (cyrillic) {
                String letters = CyrillicLetters.withoutLatinLookAlikes(full);
                if (CyrillicLetters.languageOf(letters) != CyrillicLetters.Language.RUSSIAN
                        || !EastSlavicGivenNames.instance()
                                .inRussianForms(letters)
                                .equals(letters)) {
                    return null;
                }
                for (String w : letters.toLowerCase(Locale.ROOT).split("[^\\p{IsCyrillic}]+")) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    if (!w.codePoints().allMatch(cp -> UScript.getScript(cp) == UScript.CYRILLIC)) {
                        return null;
                    }
                    words.add(w);
                    boolean known = ukrainian.containsKey(w) || belarusian.containsKey(w);
                    russian.add(known ? w : null);
                    given |= known && givenNames.contains(w);
                }
            } else {
                if (marked(full)) {
                    return null;
                }
                for (String w : latinWords(full)) {
                    words.add(w);
                    String r = russianByKey.get(RomanizationVariants.variantKey(w));
                    russian.add(r);
                    given |= r != null && givenNames.contains(r);
                }
            }
            if (!given || words.size() < 2 || !russian.contains(null)) {
                return null;
            }
            return new Worded(full, words, russian);
        }

        /** Another Russian given name of the table, of the same ending (a man's or a woman's), by the listing. */
        String otherGivenName(String russian, String id) {
            boolean feminine = russian.endsWith("а") || russian.endsWith("я");
            List<String> same = new ArrayList<>();
            List<String> sameInitial = new ArrayList<>();
            for (String g : givenNames) {
                if (g.equals(russian) || (g.endsWith("а") || g.endsWith("я")) != feminine) {
                    continue;
                }
                same.add(g);
                if (g.charAt(0) == russian.charAt(0)) {
                    sameInitial.add(g);
                }
            }
            return StableDraw.pick(sameInitial.isEmpty() ? same : sameInitial, g -> g, CLASS + " given", id);
        }
    }

    /**
     * The romanisations of Ukrainian and Belarusian names the lists' Latin names follow, letter by letter, for the
     * Cyrillic letters of both languages and of Russian (a family name keeps its Russian letters): the Belarusian
     * passport system (Siarhei, Aliaksandr, Yauhen) and the national one without its diacritics (Siarhiej,
     * Viačaslaŭ as viacaslau), the Ukrainian national system of 2010 (Serhii, Mykolaiovych) and BGN/PCGN (Serhiy).
     */
    enum Spelling {
        BELARUSIAN_PASSPORT,
        BELARUSIAN_NATIONAL,
        UKRAINIAN_NATIONAL,
        UKRAINIAN_BGN;

        String spell(String cyrillic) {
            StringBuilder out = new StringBuilder();
            String w = cyrillic.toLowerCase(Locale.ROOT);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                char before = i == 0 ? ' ' : w.charAt(i - 1);
                boolean initial = i == 0 || "аеёєиіїоуыэюяь'’ʼъ".indexOf(before) >= 0;
                out.append(letter(c, initial));
            }
            return out.toString();
        }

        private String letter(char c, boolean initial) {
            boolean national = this == BELARUSIAN_NATIONAL;
            boolean belarusian = this == BELARUSIAN_PASSPORT || national;
            boolean bgn = this == UKRAINIAN_BGN;
            return switch (c) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> "h";
                case 'ґ' -> "g";
                case 'д' -> "d";
                case 'е' -> belarusian ? (initial ? (national ? "je" : "ye") : (national ? "ie" : "e")) : "e";
                case 'ё' -> initial ? (national ? "jo" : "yo") : "io";
                case 'є' -> initial || bgn ? "ye" : "ie";
                case 'ж' -> national ? "z" : "zh";
                case 'з' -> "z";
                case 'и' -> belarusian ? "i" : "y";
                case 'і' -> "i";
                case 'ї' -> initial || bgn ? "yi" : "i";
                case 'й' -> national ? "j" : bgn || initial ? "y" : "i";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ў' -> "u";
                case 'ф' -> "f";
                case 'х' -> national ? "ch" : "kh";
                case 'ц' -> national ? "c" : "ts";
                case 'ч' -> national ? "c" : "ch";
                case 'ш' -> national ? "s" : "sh";
                case 'щ' -> "shch";
                case 'ы' -> "y";
                case 'ь', 'ъ', '\'', '’', 'ʼ' -> "";
                case 'э' -> "e";
                case 'ю' -> initial || bgn ? (national ? "ju" : "yu") : "iu";
                case 'я' -> initial || bgn ? (national ? "ja" : "ya") : "ia";
                default -> Character.isLetter(c) ? String.valueOf(c) : "";
            };
        }
    }
}
