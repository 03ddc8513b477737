package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.ChineseSyllables;
import dev.embargo.matching.name.LegalForms;
import dev.embargo.matching.name.Nicknames;
import dev.embargo.matching.name.Titles;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds, from real listed names, pairs of names by class of variation: variants that name the same party
 * and must match the listed name (a title added, a given name swapped for its nickname, pinyin re-romanised in
 * Wade–Giles, a given name cut to its initial, the legal form written onto the name or swapped for an
 * equivalent one, the acronym of a long name, a number written as a word or a Roman numeral) and near-misses
 * that name another party and must not (another surname after the title, another given name of the same
 * initial, another syllable, another initial, a legal form of another kind, another acronym, another number).
 * Deterministic for a seed, and each case depends only on the listed names it is drawn from ({@link StableDraw}:
 * each class walks the names in the order of their hash, builds each case with a random of that name's own, and
 * takes a near-miss's other name by the ring of hashes), so a change to the lists moves only the cases of the names
 * it changes. The variations come from the tables the matcher reads (its titles, nicknames,
 * legal forms, syllables), applied to names they were not written for.
 */
public final class NameVariantGenerator {
    /**
     * A generated pair: the query, the listed name it is compared with, the kind, whether it must match, and the
     * listings (names or ids) it was drawn from: a change to the lists that touches none of them leaves it as it is.
     */
    public record Case(
            String variationClass, String query, String listed, EntityKind kind, boolean mustMatch, List<String> from) {
        public Case {
            from = List.copyOf(from);
        }

        /** A case drawn from the listings its two names are written on. */
        public Case(String variationClass, String query, String listed, EntityKind kind, boolean mustMatch) {
            this(variationClass, query, listed, kind, mustMatch, List.of(query, listed));
        }
    }

    /** Mixed into every draw: another seed, other samples. */
    private final String seed;

    private final int perClass;
    /**
     * The listings (entity ids) each listed person's name is written on, filled by {@link #generate}: a namesake
     * is written on other listings than the name it is taken for.
     */
    private final Map<String, Set<String>> listingsOfName = new java.util.HashMap<>();
    /**
     * The listings (entity ids) each listed organisation's name is written on: the names of one listing are one
     * organisation however their words differ (a translation, a former name, one word spelled another way).
     */
    private final Map<String, Set<String>> listingsOfOrganisation = new java.util.HashMap<>();

    public NameVariantGenerator(long seed, int perClass) {
        this.seed = Long.toString(seed);
        this.perClass = perClass;
    }

    /** The cases by class, at most {@code perClass} variants and as many near-misses each. */
    public Map<String, List<Case>> generate(List<Entity> entities) {
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        List<String> vessels = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (!Romanizer.isLatin(full) || full.length() > 80) {
                    continue;
                }
                switch (e.kind()) {
                    case PERSON -> {
                        people.add(full);
                        listingsOfName
                                .computeIfAbsent(full, k -> new java.util.TreeSet<>())
                                .add(e.id());
                    }
                    case ORGANIZATION -> {
                        organisations.add(full);
                        listingsOfOrganisation
                                .computeIfAbsent(full, k -> new java.util.TreeSet<>())
                                .add(e.id());
                    }
                    case VESSEL -> vessels.add(full);
                    default -> {}
                }
            }
        }
        Map<String, List<Case>> out = new LinkedHashMap<>();
        out.put("title", titles(people));
        out.put("repeated word", repeats(people));
        Map<String, List<String>> slavic = slavicDiminutives();
        Map<String, List<String>> english = new TreeMap<>(Nicknames.all());
        english.keySet().removeAll(slavic.keySet());
        out.put("nickname", nicknames(people, english, "nickname"));
        out.put("nickname family", nicknameFamilies(people, english));
        out.put("wade-giles", wadeGiles(people));
        out.put("initial", initials(people));
        // The namesakes apart: a near-miss of the list's own making (two listed people, one written form), not of
        // the rule's; their line has no variants.
        List<Case> initialsAndFamily = initialsAndFamily(people);
        out.put(
                "initials and family",
                initialsAndFamily.stream()
                        .filter(c -> c.variationClass().equals("initials and family"))
                        .toList());
        out.put(
                "initials and family, namesake",
                initialsAndFamily.stream()
                        .filter(c -> !c.variationClass().equals("initials and family"))
                        .toList());
        out.put("joined legal form", joinedLegalForms(organisations));
        out.put("equivalent legal form", otherLegalForms(organisations));
        out.put("acronym", acronyms(organisations));
        List<Case> numbers = new ArrayList<>(numbers(vessels, EntityKind.VESSEL));
        numbers.addAll(numbers(organisations, EntityKind.ORGANIZATION));
        out.put("number", numbers);
        out.put("slavic diminutive", nicknames(people, slavic, "slavic diminutive"));
        out.put("organisation spelling", organisationSpellings(organisations));
        out.put("russian yo", russianYo(entities));
        out.put("given name of the other sex", OtherSexGivenNames.cases(entities, perClass));
        out.putAll(ArabicNameVariants.cases(entities, perClass));
        out.put(EastSlavicLatinCases.CLASS, EastSlavicLatinCases.cases(entities, perClass));
        return out;
    }

    /**
     * One word's spellings that organisations' names are written in on different lists, as a letter group and
     * what replaces it: British and American English (Centre / Center, -our / -or, -ise / -ize), and the
     * transliterations of Russian, Persian, Arabic and Korean names (ks / x, kh / h, y / i between vowels, ou / u,
     * w / v, a doubled consonant written once, -iy / -y, -ya / -ia, ye / e, ee / i, oo / u, ph / f, q / k, dj / j,
     * zh / j). Each replaces the first place it matches in a word.
     */
    private static final String[][] ORGANISATION_SPELLINGS = {
        {"centre", "center"},
        {"center", "centre"},
        {"our\\b", "or"},
        {"ise\\b", "ize"},
        {"isation", "ization"},
        {"ization", "isation"},
        {"ks", "x"},
        {"x", "ks"},
        {"kh", "h"},
        {"([aeiou])y([aeiou])", "$1i$2"},
        {"ou", "u"},
        {"w", "v"},
        {"([bdfgklmnprst])\\1", "$1"},
        {"iy\\b", "y"},
        {"ya\\b", "ia"},
        {"ye", "e"},
        {"ee", "i"},
        {"oo", "u"},
        {"ph", "f"},
        {"q", "k"},
        {"dj", "j"},
        {"zh", "j"}
    };

    /**
     * Organisation names of three words or more with one name word (five letters or more, not a legal form)
     * written in another spelling ({@link #ORGANISATION_SPELLINGS}), which must match: the rule that holds a
     * name with a word in place of another's (ScoringPolicy.wordInPlaceCap) must not take a spelling for another
     * word. Near-misses: the same word replaced by a word of another listed organisation's name that shares no
     * letter pair with it, another organisation of an otherwise equal name, which must not.
     */
    private List<Case> organisationSpellings(List<String> organisations) {
        dev.embargo.matching.name.NameAnalyzer analyzer = new dev.embargo.matching.name.NameAnalyzer();
        List<String> pool = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String n : organisations) {
            if (!n.matches("[A-Za-z0-9 .,'&-]+")) {
                continue;
            }
            for (String w : words(n)) {
                // A name word: a legal form put in a word's place (LIMITED) is read as a form, not a word.
                if (w.length() >= 5
                        && w.matches("[A-Za-z]+")
                        && analyzer.analyzeFirst(w).tokens().stream()
                                .allMatch(t -> t.kind() == dev.embargo.matching.name.TokenKind.WORD)) {
                    // With the name it is taken from ("word\tname"), as often as the lists write it.
                    pool.add(w + "\t" + n);
                }
            }
            if (words(n).size() >= 3) {
                names.add(n);
            }
        }
        StableDraw.Ring otherWords = new StableDraw.Ring(pool, seed + " organisation spelling other");
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(names, "organisation spelling")) {
            String n = nameOf(key);
            if (variants >= perClass) {
                break;
            }
            Set<String> nameWords = new java.util.HashSet<>();
            analyzer.analyzeFirst(n).tokens().stream()
                    .filter(t -> t.kind() == dev.embargo.matching.name.TokenKind.WORD)
                    .forEach(t -> nameWords.add(t.text()));
            List<String> w = new ArrayList<>(words(n));
            List<String[]> changes = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                String word = w.get(i).toLowerCase(Locale.ROOT);
                if (word.length() < 5 || !word.matches("[a-z]+") || !nameWords.contains(word)) {
                    continue;
                }
                for (String[] rule : ORGANISATION_SPELLINGS) {
                    String other = word.replaceFirst(rule[0], rule[1]);
                    if (!other.equals(word)) {
                        changes.add(new String[] {Integer.toString(i), other});
                    }
                }
            }
            if (changes.isEmpty()) {
                continue;
            }
            String[] change = changes.get(draw("organisation spelling", key).nextInt(changes.size()));
            int i = Integer.parseInt(change[0]);
            String word = w.get(i);
            boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
            List<String> spelled = new ArrayList<>(w);
            spelled.set(i, upper ? change[1].toUpperCase(Locale.ROOT) : change[1]);
            out.add(new Case("organisation spelling", String.join(" ", spelled), n, EntityKind.ORGANIZATION, true));
            // The first of the next words along the ring that shares no letter pair with the word.
            for (int tries = 0; tries < 20; tries++) {
                String drawn = otherWords.next(n, tries);
                if (drawn == null) {
                    break;
                }
                String other = drawn.substring(0, drawn.indexOf('\t'));
                if (Collections.disjoint(letterPairs(other), letterPairs(word))) {
                    List<String> replaced = new ArrayList<>(w);
                    replaced.set(i, upper ? other.toUpperCase(Locale.ROOT) : other);
                    out.add(new Case(
                            "organisation spelling",
                            String.join(" ", replaced),
                            n,
                            EntityKind.ORGANIZATION,
                            false,
                            List.of(n, drawn.substring(drawn.indexOf('\t') + 1))));
                    break;
                }
            }
            variants++;
        }
        return out;
    }

    /** Letter pairs of a word, lower case: two words that share none are no spellings of one word. */
    private static Set<String> letterPairs(String w) {
        Set<String> out = new java.util.HashSet<>();
        String l = w.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 1 < l.length(); i++) {
            out.add(l.substring(i, i + 2));
        }
        return out;
    }

    /** Countries whose people write Russian ё: a listed name's yo or jo after a consonant is that letter. */
    private static final Set<String> YO_COUNTRIES = Set.of("RU", "BY");

    /**
     * Countries whose names have yo or io after a consonant that is no ё: Korean and Chinese syllables (Kyong,
     * Hyok, Xiong) and Spanish, Portuguese, Italian and Greek words (Concepcion, Palacios, Georgios).
     */
    private static final Set<String> OTHER_YO_COUNTRIES = Set.of(
            "KP", "KR", "CN", "TW", "ES", "MX", "CO", "VE", "CU", "NI", "AR", "PE", "EC", "BO", "PY", "UY", "GT", "HN",
            "SV", "PA", "DO", "CL", "CR", "PH", "PT", "BR", "IT", "GR", "CY");

    /** yo, io or jo after a consonant and before another consonant: how ё is written, and what looks like it. */
    private static final java.util.regex.Pattern YO_AFTER_CONSONANT =
            java.util.regex.Pattern.compile("(?<=[bcdfghjklmnpqrstvwxz])([yij])o(?=[bcdfghjklmnpqrstvwxz])");

    /**
     * Russian ё, which Russian print and passports write е and transliterations yo or jo: from the listed Latin
     * names of people of Russia and Belarus, the word with yo or jo after a consonant and one other word of the
     * name (the first, or the last where it is the first), written with e (Petr AVEN for Pyotr AVEN) or with the
     * other of yo and jo (Pjotr), must match the two words as listed. Near-misses: listed people of Korea, China
     * and the Spanish-, Portuguese-, Italian- and Greek-speaking countries whose names have yo or io after a
     * consonant (Kyongchol, Diosdado, Briones), two words the same way, written with e: other names. Two words,
     * so that the changed word is half the name: in a name of four words one word of another spelling passes
     * whatever it is. People are chosen by the countries the lists give, not by the shapes the matcher's rule
     * reads. Walked in the order of the listings' ids, each written with e or the other letters by a draw of its
     * own.
     */
    private List<Case> russianYo(List<Entity> entities) {
        List<Case> variants = new ArrayList<>();
        List<Case> nearMisses = new ArrayList<>();
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(java.util.Comparator.comparing(Entity::id));
        for (Entity e : sorted) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            Set<String> countries = new java.util.HashSet<>(e.nationalities());
            countries.addAll(e.citizenships());
            boolean yo = countries.stream().anyMatch(YO_COUNTRIES::contains);
            boolean other = !yo && countries.stream().anyMatch(OTHER_YO_COUNTRIES::contains);
            if (!yo && !other) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (!full.matches("[A-Za-z ,.'-]+")) {
                    continue;
                }
                String[] w = full.replace(',', ' ').strip().split("\\s+");
                int k = -1;
                java.util.regex.Matcher m = null;
                for (int i = 0; i < w.length && k < 0; i++) {
                    m = YO_AFTER_CONSONANT.matcher(w[i].toLowerCase(Locale.ROOT));
                    if (m.find() && (other || !m.group(1).equals("i"))) {
                        k = i;
                    }
                }
                int o = k == 0 ? w.length - 1 : 0;
                if (k < 0 || o == k || w[o].length() < 2) {
                    continue;
                }
                String listed = k < o ? w[k] + " " + w[o] : w[o] + " " + w[k];
                String letters = other || draw("russian yo", full).nextBoolean()
                        ? "e"
                        : m.group(1).equals("y") ? "jo" : "yo";
                String respelled = respell(w[k], m.start(), letters);
                String query = k < o ? respelled + " " + w[o] : w[o] + " " + respelled;
                if (yo && variants.size() < perClass) {
                    variants.add(new Case("russian yo", query, listed, EntityKind.PERSON, true));
                } else if (other && nearMisses.size() < perClass) {
                    nearMisses.add(new Case("russian yo", query, listed, EntityKind.PERSON, false));
                }
                break;
            }
        }
        List<Case> out = new ArrayList<>(variants);
        out.addAll(nearMisses);
        return out;
    }

    /** {@code name} with its two letters at {@code at} written as {@code letters}, in the case of the first. */
    private static String respell(String name, int at, String letters) {
        boolean upper = Character.isUpperCase(name.charAt(at));
        String cased = upper ? letters.toUpperCase(Locale.ROOT) : letters;
        return name.substring(0, at) + cased + name.substring(at + 2);
    }

    /** The matcher's table of Russian, Ukrainian and Belarusian short forms (Volodya, Sasha), read as it is. */
    static Map<String, List<String>> slavicDiminutives() {
        Map<String, List<String>> out = new TreeMap<>();
        try (java.io.InputStream in = NameVariantGenerator.class.getResourceAsStream(SLAVIC_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SLAVIC_TABLE + " missing");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 2) {
                    out.put(f[0], List.of(f[1].strip().split(" ")));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static final String SLAVIC_TABLE = "/dev/embargo/matching/name/slavic-diminutives.tsv";

    /**
     * The words of a name in the order they are said: "FAMILY, Given Middle" as "Given Middle FAMILY", so that
     * the last word a near-miss replaces is the family name and not a patronymic the list writes last.
     */
    private static List<String> personWords(String name) {
        int comma = name.indexOf(',');
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
            String turned = name.substring(comma + 1).strip() + " "
                    + name.substring(0, comma).strip();
            return List.of(turned.strip().split("\\s+"));
        }
        return words(name);
    }

    private static List<String> words(String name) {
        return List.of(name.split("\\s+"));
    }

    private static String fold(String word) {
        return LatinFolder.fold(word);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * The names as a class walks them, by the hash of (seed, class, key): each written name as often as the lists
     * write it (a name on two listings is drawn twice, as each listing is), its key the name and which of its
     * listings it is ("name\u001f1"); {@link #nameOf} gives the name back.
     */
    private List<String> walk(List<String> names, String variationClass) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(names.size());
        for (String n : names) {
            keys.add(n + OCCURRENCE + seen.merge(n, 1, Integer::sum));
        }
        return StableDraw.ordered(keys, seed + " " + variationClass);
    }

    private static final char OCCURRENCE = '\u001f';

    private static String nameOf(String key) {
        return key.substring(0, key.lastIndexOf(OCCURRENCE));
    }

    /** The random a class builds the case of one key ({@link #walk}) with. */
    private Random draw(String variationClass, String key) {
        return StableDraw.random(seed, variationClass, key);
    }

    private List<Case> titles(List<String> people) {
        List<String> titles = new ArrayList<>(new java.util.TreeSet<>(Titles.all()));
        List<Case> out = new ArrayList<>();
        int variants = 0;
        StableDraw.Ring others = new StableDraw.Ring(people, seed + " title other");
        for (String key : walk(people, "title")) {
            String name = nameOf(key);
            List<String> w = personWords(name);
            if (w.size() < 2 || variants >= perClass) {
                continue;
            }
            Random random = draw("title", key);
            String title = capitalise(pick(random, titles)) + (random.nextBoolean() ? "." : "");
            out.add(new Case("title", title + " " + name, name, EntityKind.PERSON, true));
            String other = others.next(name);
            List<String> ow = personWords(other);
            if (!fold(ow.getLast()).equals(fold(w.getLast()))) {
                List<String> changed = new ArrayList<>(w);
                changed.set(w.size() - 1, ow.getLast());
                out.add(new Case(
                        "title",
                        title + " " + String.join(" ", changed),
                        name,
                        EntityKind.PERSON,
                        false,
                        List.of(name, other)));
            }
            variants++;
        }
        return out;
    }

    private List<Case> repeats(List<String> people) {
        List<Case> out = new ArrayList<>();
        int variants = 0;
        StableDraw.Ring others = new StableDraw.Ring(people, seed + " repeated word other");
        for (String key : walk(people, "repeated word")) {
            String name = nameOf(key);
            List<String> w = personWords(name);
            if (w.size() < 2 || variants >= perClass) {
                continue;
            }
            int i = draw("repeated word", key).nextInt(w.size());
            List<String> doubled = new ArrayList<>(w);
            doubled.add(i, w.get(i));
            out.add(new Case("repeated word", String.join(" ", doubled), name, EntityKind.PERSON, true));
            String other = others.next(name);
            List<String> ow = personWords(other);
            if (!fold(ow.getLast()).equals(fold(w.getLast())) && i != w.size() - 1) {
                doubled.set(doubled.size() - 1, ow.getLast());
                out.add(new Case(
                        "repeated word",
                        String.join(" ", doubled),
                        name,
                        EntityKind.PERSON,
                        false,
                        List.of(name, other)));
            }
            variants++;
        }
        return out;
    }

    private List<Case> nicknames(List<String> people, Map<String, List<String>> table, String variationClass) {
        Map<String, List<String>> nicknamesOf = new TreeMap<>();
        table.forEach((nick, givens) -> {
            for (String g : givens) {
                nicknamesOf.computeIfAbsent(g, k -> new ArrayList<>()).add(nick);
            }
        });
        nicknamesOf.values().forEach(Collections::sort);
        List<String> allNicknames = new ArrayList<>(new java.util.TreeSet<>(table.keySet()));
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(people, variationClass)) {
            String name = nameOf(key);
            List<String> w = personWords(name);
            if (w.size() < 2 || variants >= perClass) {
                continue;
            }
            // The first given name only: a nickname stands for the name a person is called by ("Bill" for
            // William Jefferson), and a middle name swapped for a nickname while the first stays in full
            // ("Jose Mike FITCH TOVAR") is a form no one writes: as a near-miss it tests only how a different
            // middle name counts, as a variant it asks for a match no one needs.
            String given = fold(w.getFirst());
            List<String> nicks = nicknamesOf.get(given);
            if (nicks == null || nicks.stream().allMatch(given::equals)) {
                continue;
            }
            Random random = draw(variationClass, key);
            String nick = pick(random, nicks);
            if (nick.equals(given)) {
                continue;
            }
            List<String> changed = new ArrayList<>(w);
            changed.set(0, capitalise(nick));
            out.add(new Case(variationClass, String.join(" ", changed), name, EntityKind.PERSON, true));
            // Another short name of the same initial that stands for other given names only.
            List<String> others = allNicknames.stream()
                    .filter(n -> n.charAt(0) == given.charAt(0)
                            && !n.equals(given)
                            && !table.getOrDefault(n, List.of()).isEmpty()
                            && table.get(n).stream().noneMatch(g -> sameGivenName(g, given)))
                    .toList();
            if (!others.isEmpty()) {
                changed.set(0, capitalise(pick(random, others)));
                out.add(new Case(variationClass, String.join(" ", changed), name, EntityKind.PERSON, false));
            }
            variants++;
        }
        return out;
    }

    /**
     * Listed people whose family name is also a given name that has nicknames (HOWARD, THOMAS, ALI): a nickname
     * stands for a given name, so the name with its family written as one of those nicknames ("John Howie" for
     * John HOWARD) is another family and must not match, written plain or with the family in capitals; the same
     * name with its first given name as a nickname still must. The nickname is the first in sorted order, not a
     * random pick, so the other classes' cases stay as they are.
     */
    private List<Case> nicknameFamilies(List<String> people, Map<String, List<String>> table) {
        Map<String, List<String>> nicknamesOf = new TreeMap<>();
        table.forEach((nick, givens) -> {
            for (String g : givens) {
                nicknamesOf.computeIfAbsent(g, k -> new ArrayList<>()).add(nick);
            }
        });
        nicknamesOf.values().forEach(Collections::sort);
        List<Case> out = new ArrayList<>();
        int nearMisses = 0;
        for (String key : walk(people, "nickname family")) {
            String name = nameOf(key);
            List<String> w = personWords(name);
            if (w.size() < 2 || nearMisses >= perClass || !familyKnownLast(name, w)) {
                continue;
            }
            String family = fold(w.getLast());
            List<String> familyNicks = nicknamesOf.getOrDefault(family, List.of()).stream()
                    .filter(n -> !sameGivenName(n, family))
                    .toList();
            if (familyNicks.isEmpty()) {
                continue;
            }
            List<String> changed = new ArrayList<>(w);
            String nick = familyNicks.getFirst();
            boolean inCapitals = w.getLast().equals(w.getLast().toUpperCase(Locale.ROOT));
            changed.set(changed.size() - 1, inCapitals ? nick.toUpperCase(Locale.ROOT) : capitalise(nick));
            out.add(new Case("nickname family", String.join(" ", changed), name, EntityKind.PERSON, false));
            nearMisses++;
            String given = fold(w.getFirst());
            List<String> givenNicks = nicknamesOf.getOrDefault(given, List.of()).stream()
                    .filter(n -> !n.equals(given))
                    .toList();
            if (!givenNicks.isEmpty()) {
                List<String> variant = new ArrayList<>(w);
                variant.set(0, capitalise(givenNicks.getFirst()));
                out.add(new Case("nickname family", String.join(" ", variant), name, EntityKind.PERSON, true));
            }
        }
        return out;
    }

    /**
     * Whether the list says that the last of the name's words as said ({@link #personWords}) is its family name:
     * "FAMILY, Given" with one family word, or "Given FAMILY" with the family alone in capitals. A name in
     * capitals only may be written family first (UMANGIS MIKE), and a suffix (Jr, Junior) is no family name.
     */
    private static boolean familyKnownLast(String name, List<String> w) {
        if (!name.matches("[\\p{IsLatin} ,.'-]+")
                || Set.of("jr", "junior", "sr", "senior", "ii", "iii").contains(fold(w.getLast()))) {
            return false;
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return name.indexOf(',', comma + 1) < 0
                    && words(name.substring(0, comma).strip()).size() == 1;
        }
        String last = w.getLast();
        boolean mixed = !name.equals(name.toUpperCase(Locale.ROOT));
        return mixed
                && last.equals(last.toUpperCase(Locale.ROOT))
                && w.subList(0, w.size() - 1).stream().noneMatch(x -> x.equals(x.toUpperCase(Locale.ROOT)));
    }

    /**
     * Two given names that may be one name in two romanisations (Dmitriy / Dmitry, Mariya / Maria, Petro /
     * Petr): the same first three letters. A short form of such a name is no near-miss.
     */
    private static boolean sameGivenName(String a, String b) {
        return a.equals(b) || a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }

    private List<Case> wadeGiles(List<String> people) {
        Map<String, String> wg = ChineseSyllables.wadeGilesOfPinyin();
        List<String> syllables = new ArrayList<>(new java.util.TreeSet<>(wg.keySet()));
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(people, "wade-giles")) {
            String name = nameOf(key);
            List<String> w = words(name.replace(',', ' '));
            if (w.size() < 2 || w.size() > 3 || variants >= perClass) {
                continue;
            }
            List<List<String>> read = new ArrayList<>();
            boolean pinyinOnly = false;
            for (String word : w) {
                List<String> s = ChineseSyllables.pinyinSyllablesOf(fold(word));
                // A title (Haji, Madame) is a word of another language, not syllables of a Chinese name.
                if (s.isEmpty() || dev.embargo.matching.name.Titles.isTitle(fold(word))) {
                    read = null;
                    break;
                }
                pinyinOnly |= ChineseSyllables.isPinyinOnly(fold(word));
                read.add(s);
            }
            if (read == null || !pinyinOnly) {
                continue;
            }
            out.add(new Case("wade-giles", wadeGilesName(read, wg), name, EntityKind.PERSON, true));
            // Another syllable in the longest word, one whose Wade-Giles spelling differs.
            int longest = 0;
            for (int i = 1; i < read.size(); i++) {
                if (read.get(i).size() > read.get(longest).size()) {
                    longest = i;
                }
            }
            List<String> word = new ArrayList<>(read.get(longest));
            Random random = draw("wade-giles", key);
            int k = random.nextInt(word.size());
            String replacement = pick(random, syllables);
            if (replacement.length() >= 2 && !wg.get(replacement).equals(wg.get(word.get(k)))) {
                word.set(k, replacement);
                List<List<String>> changed = new ArrayList<>(read);
                changed.set(longest, word);
                out.add(new Case("wade-giles", wadeGilesName(changed, wg), name, EntityKind.PERSON, false));
            }
            variants++;
        }
        return out;
    }

    private static String wadeGilesName(List<List<String>> words, Map<String, String> wg) {
        List<String> out = new ArrayList<>();
        for (List<String> syllables : words) {
            List<String> spelled = new ArrayList<>();
            for (String s : syllables) {
                spelled.add(wg.get(s));
            }
            out.add(capitalise(String.join("-", spelled)));
        }
        return String.join(" ", out);
    }

    private List<Case> initials(List<String> people) {
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(people, "initial")) {
            String name = nameOf(key);
            List<String> w = personWords(name);
            if (w.size() < 3 || variants >= perClass) {
                continue;
            }
            String first = fold(w.getFirst());
            if (first.length() < 3 || !Character.isLetter(first.charAt(0))) {
                continue;
            }
            List<String> changed = new ArrayList<>(w);
            changed.set(0, Character.toUpperCase(first.charAt(0)) + ".");
            out.add(new Case("initial", String.join(" ", changed), name, EntityKind.PERSON, true));
            char other = (char)
                    ('a' + (first.charAt(0) - 'a' + 1 + draw("initial", key).nextInt(24)) % 26);
            changed.set(0, Character.toUpperCase(other) + ".");
            out.add(new Case("initial", String.join(" ", changed), name, EntityKind.PERSON, false));
            variants++;
        }
        return out;
    }

    /** A listed person's given names and family names, as the list's comma or capitals tell them. */
    private record GivenAndFamily(List<String> given, List<String> family) {}

    /**
     * The given and family words of a plain Latin name whose structure says which are which: "FAMILY, Given"
     * or "Given FAMILY" (the family alone in capitals); null otherwise or where a word is no word of letters.
     */
    private static GivenAndFamily givenAndFamily(String name) {
        if (!name.matches("[\\p{IsLatin} ,'-]+")) {
            return null;
        }
        int comma = name.indexOf(',');
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        if (comma > 0) {
            if (name.indexOf(',', comma + 1) >= 0) {
                return null;
            }
            family.addAll(words(name.substring(0, comma).strip()));
            given.addAll(words(name.substring(comma + 1).strip()));
        } else {
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                return null;
            }
            for (String w : words(name)) {
                (w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 ? family : given).add(w);
            }
        }
        for (List<String> l : List.of(given, family)) {
            if (l.isEmpty() || l.size() > 3 || l.stream().anyMatch(w -> w.length() < 2)) {
                return null;
            }
        }
        return new GivenAndFamily(given, family);
    }

    private static String initialsQuery(List<String> given, List<String> family) {
        StringBuilder out = new StringBuilder();
        for (String g : given) {
            for (String part : g.split("-")) {
                if (!part.isEmpty()) {
                    out.append(Character.toUpperCase(fold(part).charAt(0))).append(". ");
                }
            }
        }
        List<String> capitalised = new ArrayList<>();
        for (String f : family) {
            capitalised.add(capitalise(fold(f)));
        }
        return out + String.join(" ", capitalised);
    }

    /**
     * People written as initials and family name ("S. V. Lavrov", "P. D. Rojas Garcia"), as forms, letters and
     * payment messages write them: the initials of every listed given name and the whole listed family name must
     * match. Near-misses, which must not: the same initials with another listed person's family name; other
     * initials (the first changed) with the family name; the initials with only one of a double family name
     * (a given name with part of a double family name is held at the cap); and, where two listed people of other
     * first names on other listings share initials and family name ({@link #otherPeople}), the one's initials and
     * family against the other (a namesake: initials and one family name are weak evidence, and the list holds
     * several such pairs).
     */
    private List<Case> initialsAndFamily(List<String> people) {
        List<Case> out = new ArrayList<>();
        Map<String, List<String>> byInitialsAndFamily = new TreeMap<>();
        // Each listed family name with the name it is taken from ("family\tname"), as often as the lists write it.
        List<String> families = new ArrayList<>();
        for (String name : people) {
            GivenAndFamily gf = givenAndFamily(name);
            if (gf != null) {
                byInitialsAndFamily
                        .computeIfAbsent(fold(initialsQuery(gf.given(), gf.family())), k -> new ArrayList<>())
                        .add(name);
                families.add(String.join(" ", gf.family()) + "\t" + name);
            }
        }
        StableDraw.Ring otherFamilies = new StableDraw.Ring(families, seed + " initials and family other");
        int variants = 0;
        int namesakes = 0;
        for (String key : walk(people, "initials and family")) {
            String name = nameOf(key);
            GivenAndFamily gf = givenAndFamily(name);
            if (gf == null || variants >= perClass) {
                continue;
            }
            String query = initialsQuery(gf.given(), gf.family());
            out.add(new Case("initials and family", query, name, EntityKind.PERSON, true));
            String drawn = otherFamilies.next(name);
            String otherFamily = drawn.substring(0, drawn.indexOf('\t'));
            if (!fold(otherFamily).equals(fold(String.join(" ", gf.family())))) {
                out.add(new Case(
                        "initials and family",
                        initialsQuery(gf.given(), words(otherFamily)),
                        name,
                        EntityKind.PERSON,
                        false,
                        List.of(name, drawn.substring(drawn.indexOf('\t') + 1))));
            }
            List<String> otherGiven = new ArrayList<>(gf.given());
            char first = fold(otherGiven.getFirst()).charAt(0);
            char other = (char) ('a' + (first - 'a' + 1 + Math.floorMod(name.hashCode(), 24)) % 26);
            otherGiven.set(0, String.valueOf(other) + "x");
            out.add(new Case(
                    "initials and family", initialsQuery(otherGiven, gf.family()), name, EntityKind.PERSON, false));
            if (gf.family().size() == 2) {
                out.add(new Case(
                        "initials and family",
                        initialsQuery(gf.given(), gf.family().subList(0, 1)),
                        name,
                        EntityKind.PERSON,
                        false));
            }
            List<String> holders = byInitialsAndFamily.get(fold(query));
            for (String h : holders) {
                GivenAndFamily hg = givenAndFamily(h);
                if (namesakes < perClass / 3
                        && !sameGivenNames(hg.given(), gf.given())
                        && otherPeople(name, h)
                        && fold(String.join(" ", hg.family())).equals(fold(String.join(" ", gf.family())))) {
                    out.add(new Case(
                            "initials and family, namesake", query, h, EntityKind.PERSON, false, List.of(name, h)));
                    namesakes++;
                    break;
                }
            }
            variants++;
        }
        return out;
    }

    /**
     * Two listed names that are two people, as far as the names and listings tell: written on no listing in
     * common, and first given names that are not one name in two romanisations (Maksim, Maxim; Yury, Yuri).
     * A patronymic spelled two ways (Leanidavich, Leonidovich) is one person's, not a namesake's.
     */
    private boolean otherPeople(String a, String b) {
        Set<String> shared = new java.util.TreeSet<>(listingsOfName.getOrDefault(a, Set.of()));
        shared.retainAll(listingsOfName.getOrDefault(b, Set.of()));
        GivenAndFamily ga = givenAndFamily(a);
        GivenAndFamily gb = givenAndFamily(b);
        return shared.isEmpty()
                && !sameGivenName(fold(ga.given().getFirst()), fold(gb.given().getFirst()));
    }

    /** Given names that may be one person's in two romanisations: each pair the same first three letters. */
    private static boolean sameGivenNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameGivenName(fold(a.get(i)), fold(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** An organisation name whose last word is a legal form of one word, with the form's canonical. */
    private record WithForm(String stem, String form, String canonical) {}

    private static WithForm lastLegalForm(String name, Map<String, String> canonicalOf) {
        List<String> w = words(name);
        if (w.size() < 2) {
            return null;
        }
        String last = fold(w.getLast());
        String canonical = canonicalOf.get(last);
        if (canonical == null || last.contains(" ")) {
            return null;
        }
        // The last word of a form of several words ("JOINT STOCK COMPANY", "LIMITED LIABILITY COMPANY") is no
        // form of its own: replacing it alone would make a name no one writes.
        for (int k = 2; k <= Math.min(5, w.size()); k++) {
            List<String> tail = new ArrayList<>();
            for (String word : w.subList(w.size() - k, w.size())) {
                tail.add(fold(word));
            }
            if (canonicalOf.containsKey(String.join(" ", tail).replace('-', ' '))) {
                return null;
            }
        }
        return new WithForm(String.join(" ", w.subList(0, w.size() - 1)), w.getLast(), canonical);
    }

    private static Map<String, String> canonicalOfSpelling() {
        Map<String, String> out = new HashMap<>();
        LegalForms.spellingsByForm().forEach((form, spellings) -> {
            for (String s : spellings) {
                out.put(s, form);
            }
        });
        return out;
    }

    private List<Case> joinedLegalForms(List<String> organisations) {
        Map<String, String> canonicalOf = canonicalOfSpelling();
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(organisations, "joined legal form")) {
            String name = nameOf(key);
            WithForm f = lastLegalForm(name, canonicalOf);
            if (f == null || variants >= perClass || !f.form().chars().allMatch(Character::isLetter)) {
                continue;
            }
            boolean upper = f.stem().equals(f.stem().toUpperCase(Locale.ROOT));
            String joined = upper
                    ? f.stem() + f.form().toUpperCase(Locale.ROOT)
                    : f.stem() + f.form().toUpperCase(Locale.ROOT);
            out.add(new Case("joined legal form", joined, name, EntityKind.ORGANIZATION, true));
            String other = formOfOtherKind(draw("joined legal form", key), f.form());
            if (other != null) {
                out.add(new Case(
                        "joined legal form",
                        f.stem() + other.toUpperCase(Locale.ROOT),
                        name,
                        EntityKind.ORGANIZATION,
                        false));
            }
            variants++;
        }
        return out;
    }

    private List<Case> otherLegalForms(List<String> organisations) {
        Map<String, String> canonicalOf = canonicalOfSpelling();
        Map<String, java.util.Set<String>> byForm = LegalForms.spellingsByForm();
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(organisations, "equivalent legal form")) {
            String name = nameOf(key);
            WithForm f = lastLegalForm(name, canonicalOf);
            if (f == null || variants >= perClass) {
                continue;
            }
            List<String> same = byForm.get(f.canonical()).stream()
                    .filter(s -> !s.contains(" ") && !s.equals(fold(f.form())) && sameKind(s, f.form()))
                    .toList();
            if (same.isEmpty()) {
                continue;
            }
            Random random = draw("equivalent legal form", key);
            out.add(new Case(
                    "equivalent legal form",
                    f.stem() + " " + pick(random, same).toUpperCase(Locale.ROOT),
                    name,
                    EntityKind.ORGANIZATION,
                    true));
            String other = formOfOtherKind(random, f.form());
            if (other != null) {
                out.add(new Case(
                        "equivalent legal form",
                        f.stem() + " " + other.toUpperCase(Locale.ROOT),
                        name,
                        EntityKind.ORGANIZATION,
                        false));
            }
            variants++;
        }
        return out;
    }

    /**
     * A one-word spelling of a legal form that says another kind of company than {@code form} does (a GmbH for
     * an AG, a JSC for an LLC), or null when {@code form} says no kind (Ltd, Corp) and so contradicts none.
     */
    private static String formOfOtherKind(Random random, String form) {
        int kind = LegalForms.kind(fold(form).replace(" ", ""));
        if (kind == 0) {
            return null;
        }
        List<String> other = new ArrayList<>();
        LegalForms.spellingsByForm().values().forEach(spellings -> {
            for (String s : spellings) {
                int k = LegalForms.kind(s);
                if (!s.contains(" ") && k != 0 && (k & kind) == 0) {
                    other.add(s);
                }
            }
        });
        Collections.sort(other);
        return other.isEmpty() ? null : pick(random, other);
    }

    /** Two spellings of one canonical form that say no different kinds (GmbH / mbH; not GmbH / KG). */
    private static boolean sameKind(String spelling, String form) {
        int a = LegalForms.kind(spelling);
        int b = LegalForms.kind(fold(form).replace(" ", ""));
        return a == 0 || b == 0 || (a & b) != 0;
    }

    /**
     * Words organisations leave out of their acronyms: articles, prepositions and conjunctions of the languages
     * the lists write organisations in, and the Arabic article and particles.
     */
    private static final Set<String> NOT_IN_ACRONYMS = Set.of(
            "of", "and", "the", "for", "in", "on", "at", "to", "an", "by", "with", "de", "del", "della", "des", "du",
            "da", "do", "dos", "das", "der", "die", "den", "und", "fur", "la", "le", "les", "los", "las", "el", "al",
            "ul", "wa", "li", "fi", "bi", "et", "en", "y", "im", "am", "zu", "na", "po", "pri", "imeni");

    /**
     * Legal forms of one word that organisations do spell in their acronyms (National Iranian Oil Company:
     * NIOC); every other legal form, abbreviated (Ltd, LLC) or of several words (Open Joint Stock Company), is
     * left out: it has an acronym of its own, written beside the organisation's.
     */
    private static final Set<String> FORMS_IN_ACRONYMS = Set.of("company", "corporation");

    /** Legal forms written after an acronym in the variants ("KMDT Ltd"): forms that say no kind. */
    private static final List<String> FORMS_AFTER_ACRONYM = List.of("Ltd", "Co.", "Corp.", "Inc.", "Limited");

    /** The longest legal form, in words, looked for in a name. */
    private static final int LONGEST_FORM_WORDS = 6;

    /**
     * The words of an organisation's name that give its acronym its letters, as organisations abbreviate
     * themselves: the significant words, folded, without the words of {@link #NOT_IN_ACRONYMS}, single letters
     * (the "e" of Sepah-e Pasdaran-e) and legal forms but those of {@link #FORMS_IN_ACRONYMS}; words joined by a
     * hyphen each give their initial; a bracketed part is left out. Null when a word is no word of letters (a
     * number) or the name has none.
     */
    private static List<String> acronymWords(String name, Map<String, String> canonicalOf) {
        List<String> folded = new ArrayList<>();
        for (String word : words(name.replace('-', ' ').replace(',', ' ').replaceAll("\\([^()]*\\)", " "))) {
            String f = fold(word);
            if (f.isEmpty()) {
                continue;
            }
            if (f.contains(" ") || !f.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return null;
            }
            folded.add(f);
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            int form = 0;
            for (int n = Math.min(LONGEST_FORM_WORDS, folded.size() - i); n >= 1 && form == 0; n--) {
                if (canonicalOf.containsKey(String.join(" ", folded.subList(i, i + n)))) {
                    form = n;
                }
            }
            String f = folded.get(i);
            if (form == 1 && FORMS_IN_ACRONYMS.contains(f)) {
                out.add(f);
            } else if (form == 0 && f.length() > 1 && !NOT_IN_ACRONYMS.contains(f)) {
                out.add(f);
            }
            i += Math.max(form, 1);
        }
        return out.isEmpty() ? null : out;
    }

    /** A bracketed acronym the list gives with a name: capitals, 3 to 12 letters (dots allowed). */
    private static final java.util.regex.Pattern OWN_ACRONYM =
            java.util.regex.Pattern.compile("\\(\\s*(\\p{Lu}(?:\\.?\\p{Lu}){2,11})\\.?\\s*\\)");

    /**
     * The organisation's own acronym where the list gives one in brackets ("RECONNAISSANCE GENERAL BUREAU
     * (RGB)", "Islamic Revolutionary Guard Corps (IRGC)"), upper case: how the organisation abbreviates itself,
     * whether or not it spells its name's initials in the list's language; null when the name has none.
     */
    private static String ownAcronym(String name) {
        java.util.regex.Matcher m = OWN_ACRONYM.matcher(name);
        return m.find() ? m.group(1).replace(".", "") : null;
    }

    /** The acronym an organisation is written as: its own, where the list gives one, else its initials. */
    private static String acronymOf(String name, List<String> words) {
        String own = ownAcronym(name);
        return own != null ? own : initialsOfWords(words);
    }

    /** An acronym written as people write them: bare, dotted, dotted and spaced, spaced, or with a legal form. */
    private static String written(Random random, String acronym) {
        return switch (random.nextInt(5)) {
            case 0 -> acronym;
            case 1 -> String.join(".", acronym.split("")) + ".";
            case 2 -> String.join(". ", acronym.split("")) + ".";
            case 3 -> String.join(" ", acronym.split(""));
            default -> acronym + " " + pick(random, FORMS_AFTER_ACRONYM);
        };
    }

    private static String initialsOfWords(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }

    /**
     * Whether two names with the same initials name one organisation as written by two lists: word for word
     * the same but for a spelling (Guard / Guards, Centre / Center, Ferrite / Ferrit: two edits at most, or one
     * word the start of the other).
     */
    private static boolean sameOrganisation(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.startsWith(y) && !y.startsWith(x) && editDistance(x, y) > 2) {
                return false;
            }
        }
        return true;
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Every listed organisation name's significant words (three or more) by the acronyms it may be written as:
     * their initials, and its own bracketed acronym.
     */
    private static Map<String, List<Holder>> acronymHolders(
            List<String> organisations, Map<String, String> canonicalOf) {
        Map<String, List<Holder>> out = new HashMap<>();
        for (String name : organisations) {
            List<String> w = acronymWords(name, canonicalOf);
            if (w != null && w.size() >= 3) {
                out.computeIfAbsent(initialsOfWords(w), k -> new ArrayList<>()).add(new Holder(name, w));
                String own = ownAcronym(name);
                if (own != null && !own.equals(initialsOfWords(w))) {
                    out.computeIfAbsent(own, k -> new ArrayList<>()).add(new Holder(name, w));
                }
            }
        }
        return out;
    }

    /** A listed organisation's name holding an acronym, with the significant words it is made of. */
    private record Holder(String name, List<String> words) {}

    /**
     * Whether the holders of an acronym are one organisation: each is joined to the name's own words by a chain
     * of holders that are written on one listing or whose words agree ({@link #sameOrganisation}). Aliases of one
     * listing hold its acronym together (MOSCOW INDUSTRIAL BANK and its transliteration MOSKOVSKIJ INDUSTRIALNYJ
     * BANK, Kaveh Cutting Tools Company and ... Complex): an acronym they share names that one organisation, and
     * the matcher counts holders by party, so such a pair is no near-miss.
     */
    private boolean oneOrganisation(List<Holder> holders, String name, List<String> words) {
        Set<String> listings = new java.util.HashSet<>(listingsOfOrganisation.getOrDefault(name, Set.of()));
        List<List<String>> reached = new ArrayList<>(List.of(words));
        List<Holder> left = new ArrayList<>(holders);
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = false;
            for (java.util.Iterator<Holder> it = left.iterator(); it.hasNext(); ) {
                Holder h = it.next();
                Set<String> own = listingsOfOrganisation.getOrDefault(h.name(), Set.of());
                if (!Collections.disjoint(own, listings)
                        || reached.stream().anyMatch(r -> sameOrganisation(r, h.words()))) {
                    listings.addAll(own);
                    reached.add(h.words());
                    it.remove();
                    grew = true;
                }
            }
        }
        return left.isEmpty();
    }

    /**
     * Acronyms of listed organisations as they are written (bare, dotted, dotted and spaced, spaced, or followed
     * by a legal form): the organisation's own bracketed acronym where the list gives one, else the initials of
     * its significant words ({@link #acronymWords}), of four to eight letters, each of one organisation alone,
     * that must match its name; and near-misses that must not: the acronym with one letter changed, and
     * an acronym another listed organisation, with other words, holds too (HDTO: Hassan / Los Huistas Drug
     * Trafficking Organization), which names neither for sure.
     */
    private List<Case> acronyms(List<String> organisations) {
        Map<String, String> canonicalOf = canonicalOfSpelling();
        Map<String, List<Holder>> holders = acronymHolders(organisations, canonicalOf);
        List<Case> out = new ArrayList<>();
        int variants = 0;
        int shared = 0;
        for (String key : walk(organisations, "acronym")) {
            String name = nameOf(key);
            List<String> words = acronymWords(name, canonicalOf);
            if (words == null || words.size() < 3) {
                continue;
            }
            String a = acronymOf(name, words);
            if (a.length() < 4 || a.length() > 8) {
                continue;
            }
            boolean alone = oneOrganisation(holders.get(a), name, words);
            if (!alone) {
                if (shared < perClass / 3) {
                    List<String> from = new ArrayList<>(List.of(name));
                    holders.get(a).forEach(h -> from.add(h.name()));
                    out.add(new Case("acronym", a, name, EntityKind.ORGANIZATION, false, from));
                    shared++;
                }
                continue;
            }
            if (variants >= perClass) {
                continue;
            }
            Random random = draw("acronym", key);
            out.add(new Case("acronym", written(random, a), name, EntityKind.ORGANIZATION, true));
            char[] changed = a.toCharArray();
            int k = random.nextInt(changed.length);
            changed[k] = (char) ('A' + (changed[k] - 'A' + 1 + random.nextInt(24)) % 26);
            out.add(new Case("acronym", new String(changed), name, EntityKind.ORGANIZATION, false));
            variants++;
        }
        return out;
    }

    /** An acronym a query may be, and the name it was made from, for screening against all the lists. */
    public record AcronymQuery(String query, String name, boolean listed) {}

    /**
     * Acronyms to screen against all the lists: {@code n} of listed organisations that one organisation alone
     * holds (found: the name they were made from among the hits), and {@code n} of organisations on no list,
     * made of the significant words of four to six different listed organisations' names ("Caspian Aviation
     * Electronic Trading": CAET), which must raise no alert unless they happen to spell a listed organisation's
     * initials.
     */
    public List<AcronymQuery> acronymQueries(List<Entity> entities, int n) {
        List<String> organisations = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.ORGANIZATION) {
                for (Name name : e.names()) {
                    if (Romanizer.isLatin(name.full())) {
                        organisations.add(name.full().strip());
                        listingsOfOrganisation
                                .computeIfAbsent(name.full().strip(), k -> new java.util.TreeSet<>())
                                .add(e.id());
                    }
                }
            }
        }
        Map<String, String> canonicalOf = canonicalOfSpelling();
        Map<String, List<Holder>> holders = acronymHolders(organisations, canonicalOf);
        List<AcronymQuery> out = new ArrayList<>();
        // Each word with the name it is taken from ("word\tname"), as often as the lists write it.
        List<String> vocabulary = new ArrayList<>();
        int listed = 0;
        for (String key : walk(organisations, "acronym screened")) {
            String name = nameOf(key);
            List<String> words = acronymWords(name, canonicalOf);
            if (words == null) {
                continue;
            }
            words.forEach(w -> vocabulary.add(w + "\t" + name));
            if (words.size() < 3) {
                continue;
            }
            String a = acronymOf(name, words);
            if (listed < n && a.length() >= 4 && a.length() <= 8 && oneOrganisation(holders.get(a), name, words)) {
                boolean bare = draw("acronym screened", key).nextBoolean();
                out.add(new AcronymQuery(bare ? a : String.join(".", a.split("")) + ".", name, true));
                listed++;
            }
        }
        StableDraw.Ring vocabularyRing = new StableDraw.Ring(vocabulary, seed + " acronym unlisted");
        Set<String> listedNames = new java.util.HashSet<>();
        for (String name : organisations) {
            listedNames.add(fold(name));
        }
        for (int i = 0; i < n; i++) {
            // The i-th made-up organisation: its size by a draw of its own, its words the next along the ring.
            List<String> words = new ArrayList<>();
            int size = 4 + draw("acronym unlisted", Integer.toString(i)).nextInt(3);
            while (words.size() < size && !vocabularyRing.isEmpty()) {
                String drawn = vocabularyRing.next(i + " " + words.size());
                words.add(drawn.substring(0, drawn.indexOf('\t')));
            }
            String name = String.join(" ", words);
            if (listedNames.contains(name)) {
                continue;
            }
            out.add(new AcronymQuery(initialsOfWords(words), name, false));
        }
        return out;
    }

    private static final String[] ONES = {
        "",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen"
    };
    private static final String[] TENS = {
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"
    };

    static String inWords(int n) {
        return n < 20 ? ONES[n] : TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }

    static String roman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        String[] tens = {"", "X", "XX", "XXX"};
        return tens[n / 10] + ones[n % 10];
    }

    private List<Case> numbers(List<String> named, EntityKind kind) {
        List<Case> out = new ArrayList<>();
        int variants = 0;
        for (String key : walk(named, "number " + kind)) {
            String name = nameOf(key);
            List<String> w = words(name);
            if (w.size() < 2 || variants >= perClass / 2) {
                continue;
            }
            for (int i = 1; i < w.size(); i++) {
                String word = w.get(i);
                if (!word.matches("[1-9][0-9]?")) {
                    continue;
                }
                int n = Integer.parseInt(word);
                List<String> changed = new ArrayList<>(w);
                boolean asRoman = n >= 2 && n < 40 && draw("number", key).nextBoolean();
                changed.set(i, asRoman ? roman(n) : inWords(n));
                out.add(new Case("number", String.join(" ", changed), name, kind, true));
                int other = n % 30 + 2;
                if (other == n) {
                    other++;
                }
                changed.set(i, asRoman ? roman(other) : inWords(other));
                out.add(new Case("number", String.join(" ", changed), name, kind, false));
                variants++;
                break;
            }
        }
        return out;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
