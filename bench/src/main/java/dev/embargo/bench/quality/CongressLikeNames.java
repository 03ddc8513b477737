package dev.embargo.bench.quality;

import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.matching.name.Nicknames;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Names shaped like those of US politicians, none of whom is on a list: the class of a roll of the US Congress,
 * built from name parts only (the people on no list in ../shared/eval and the matcher's English nicknames), never
 * from a list of real members. The shapes: given and family name; a middle initial or middle name; a nickname
 * used as the given name (Chuck, Bob, Ted); a suffix (Jr., Sr., II, III, with or without a comma); initials first
 * (J. D. Family, J. Given Family); hyphenated family names; Hispanic given names with one or two family names;
 * family names with a particle (De, Del, Van, Mc, Mac, O'); a woman's maiden and married names; family names of
 * other origins. Screened by name alone, a hit on any of them is a false alert.
 */
public final class CongressLikeNames {
    /** A generated name and the shape it was made in. */
    public record Person(String shape, String name) {}

    private static final Set<String> HISPANIC = Set.of(
            "Argentina",
            "Bolivia",
            "Chile",
            "Colombia",
            "Costa Rica",
            "Cuba",
            "Dominican Republic",
            "Ecuador",
            "El Salvador",
            "Guatemala",
            "Honduras",
            "Mexico",
            "Nicaragua",
            "Panama",
            "Paraguay",
            "Peru",
            "Puerto Rico",
            "Spain",
            "Uruguay",
            "Venezuela");

    private static final List<String> SUFFIXES = List.of("Jr.", "Sr.", "II", "III", "Jr", "IV");

    private final Random random;
    private final List<String> given;
    private final List<String> femaleGiven;
    private final List<String> family;
    private final List<String> hispanicGiven;
    private final List<String> hispanicFamily;
    private final List<String> otherFamily;
    /** Nicknames of the given names in {@link #given} (Bill for William), capitalised. */
    private final List<String> nicknames;

    /**
     * @param negatives rows of the people on no list: full, first, middle, last name, gender, nationality
     */
    public CongressLikeNames(List<String[]> negatives, long seed) {
        this.random = new Random(seed);
        this.given = PairGenerator.frequent(negatives, 1, 400);
        this.family = PairGenerator.frequent(negatives, 3, 400);
        this.femaleGiven = PairGenerator.frequent(
                negatives.stream().filter(r -> "female".equals(r[4])).toList(), 1, 300);
        List<String[]> hispanic =
                negatives.stream().filter(r -> HISPANIC.contains(r[5])).toList();
        this.hispanicGiven = PairGenerator.frequent(hispanic, 1, 200);
        this.hispanicFamily = PairGenerator.frequent(hispanic, 3, 200);
        // Family names beyond the most frequent: the many origins of American names (Khanna, Van Drew, Matsui).
        List<String> wide = new ArrayList<>(PairGenerator.frequent(negatives, 3, 3000));
        wide.removeAll(family);
        wide.removeAll(hispanicFamily);
        this.otherFamily = wide;
        Set<String> givenFolded = new TreeSet<>();
        for (String g : given) {
            givenFolded.add(g.toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> slavic = NameVariantGenerator.slavicDiminutives();
        List<String> nicks = new ArrayList<>();
        new TreeMap<>(Nicknames.all()).forEach((nick, givens) -> {
            if (!slavic.containsKey(nick)
                    && nick.length() >= 3
                    && givens.stream().anyMatch(givenFolded::contains)) {
                nicks.add(capitalise(nick));
            }
        });
        this.nicknames = nicks;
    }

    /** {@code count} names, in the order made; the same rows and seed give the same names. */
    public List<Person> generate(int count) {
        List<Person> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    private Person next() {
        int form = random.nextInt(100);
        if (form < 22) {
            return new Person("given family", pick(given) + " " + anyFamily());
        }
        if (form < 36) {
            return new Person("middle initial", pick(given) + " " + initial() + " " + anyFamily());
        }
        if (form < 44) {
            String middle = random.nextInt(3) == 0 ? pick(family) : pick(given);
            return new Person("middle name", pick(given) + " " + middle + " " + anyFamily());
        }
        if (form < 53) {
            String middle = random.nextInt(3) == 0 ? " " + initial() : "";
            return new Person("nickname", pick(nicknames) + middle + " " + anyFamily());
        }
        if (form < 61) {
            String base = pick(given) + (random.nextBoolean() ? " " + initial() : "") + " " + anyFamily();
            String suffix = pick(SUFFIXES);
            return new Person("suffix", base + (random.nextBoolean() ? ", " : " ") + suffix);
        }
        if (form < 65) {
            String name = switch (random.nextInt(3)) {
                case 0 -> initial() + " " + initial() + " " + anyFamily();
                case 1 -> initial().replace(".", "") + "." + initial() + " " + anyFamily();
                default -> initial() + " " + pick(given) + " " + anyFamily();
            };
            return new Person("initials first", name);
        }
        if (form < 71) {
            String first = random.nextBoolean() ? pick(hispanicFamily) : pick(family);
            return new Person("hyphenated family", pick(given) + " " + first + "-" + anyFamily());
        }
        if (form < 80) {
            String g = random.nextInt(4) == 0 ? pick(given) : pick(hispanicGiven);
            String middle = random.nextInt(4) == 0 ? " " + initial() : "";
            String f = random.nextBoolean() ? pick(hispanicFamily) : pick(hispanicFamily) + " " + pick(hispanicFamily);
            return new Person("hispanic", g + middle + " " + f);
        }
        if (form < 87) {
            String middle = random.nextInt(3) == 0 ? " " + initial() : "";
            return new Person("particle", pick(given) + middle + " " + particleFamily());
        }
        if (form < 93) {
            String maiden = pick(family);
            String married = anyFamily();
            String joiner = random.nextInt(4) == 0 ? "-" : " ";
            return new Person("maiden and married", pick(femaleGiven) + " " + maiden + joiner + married);
        }
        String g = random.nextInt(3) == 0 ? pick(nicknames) : pick(given);
        return new Person("other origin", g + " " + pick(otherFamily));
    }

    /** A family name: mostly the frequent ones, some Hispanic, some of other origins. */
    private String anyFamily() {
        int r = random.nextInt(20);
        return r < 14 ? pick(family) : r < 17 ? pick(hispanicFamily) : pick(otherFamily);
    }

    private String particleFamily() {
        return switch (random.nextInt(8)) {
            case 0 -> "Mc" + pick(family);
            case 1 -> "Mac" + pick(family);
            case 2 -> "O'" + pick(family);
            case 3 -> "Van " + pick(otherFamily);
            case 4 -> "De" + pick(hispanicFamily).toLowerCase(Locale.ROOT);
            case 5 -> "De La " + pick(hispanicFamily);
            case 6 -> "Del " + pick(hispanicFamily);
            default -> "De " + pick(otherFamily);
        };
    }

    private String initial() {
        return (char) ('A' + random.nextInt(26)) + ".";
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Screens {@code count} Congress-like names by name alone and prints the false alert rate, overall and per
     * shape; every alert goes to {@code missLines} with the listed name it hit and the explanation.
     */
    public static void run(
            Screener screener,
            List<String[]> negatives,
            double threshold,
            int count,
            PrintStream out,
            List<String> missLines) {
        CongressLikeNames generator = new CongressLikeNames(negatives, 17);
        if (generator.given.isEmpty() || generator.family.isEmpty() || generator.hispanicFamily.isEmpty()) {
            out.println("congress-like negatives: too few Latin names in the negatives");
            return;
        }
        List<Person> people = generator.generate(count);
        String[] lines = new String[people.size()];
        IntStream.range(0, people.size()).parallel().forEach(i -> {
            Person p = people.get(i);
            List<Match> m = screener.screen(Query.name(p.name()), threshold, 1);
            if (!m.isEmpty()) {
                lines[i] = String.format(
                        Locale.ROOT,
                        "congress-like-alert\t%s\t%s\t%s\t%s\t%.3f\t%s",
                        p.shape(),
                        p.name(),
                        m.getFirst().entity().id(),
                        m.getFirst().matchedName(),
                        m.getFirst().score(),
                        m.getFirst().explanation().summary());
            }
        });
        Map<String, int[]> byShape = new TreeMap<>();
        int alerts = 0;
        for (int i = 0; i < people.size(); i++) {
            int[] c = byShape.computeIfAbsent(people.get(i).shape(), k -> new int[2]);
            c[0]++;
            if (lines[i] != null) {
                c[1]++;
                alerts++;
                missLines.add(lines[i]);
            }
        }
        out.printf(
                Locale.ROOT,
                "congress-like negatives: %d names of US politicians' shapes, %d with a hit: %.2f %%%n",
                people.size(),
                alerts,
                100.0 * alerts / people.size());
        Map<String, String> parts = new LinkedHashMap<>();
        byShape.forEach((shape, c) -> parts.put(shape, c[1] + " of " + c[0]));
        List<String> shown = new ArrayList<>();
        parts.forEach((shape, text) -> shown.add(shape + " " + text));
        out.println("  by shape: " + String.join(", ", shown));
    }
}
