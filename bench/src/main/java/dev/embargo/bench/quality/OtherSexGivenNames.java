package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.text.LatinFolder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A listed person's given name against a given name of the other sex spelled alike (Victoria for Victor GRIN, Maria
 * for Mario, Karina for Karim): near-misses, which must not match, another person's name with the listed family
 * name. The sexes are the lists' own, by the listings' gender: a first given name of listed men that no listed
 * woman has against one of listed women that no listed man has, spelled alike (the same first four letters at
 * least, and all but the last three). Variants, which must match: the listed person with the first given name as
 * another of the same listing's names spells it (Alexander for Aleksandr GUSEV, Evgeny for Yevgeniy PRIGOZHIN,
 * Hamada for Hamad EL KHAIRY; {@link #spelledAlike}): a rule that tells a man's name from a woman's must not take
 * one name's spellings for two. Listings are read in the order of their ids' hash codes, so a listing added or
 * removed moves only its own cases.
 */
final class OtherSexGivenNames {
    private static final String CLASS = "given name of the other sex";

    private OtherSexGivenNames() {}

    /** A listed Latin name whose form tells its parts ("FAMILY, Given", "Given FAMILY"): first given, family. */
    private record Told(String name, String given, String family) {}

    static List<NameVariantGenerator.Case> cases(List<Entity> entities, int perClass) {
        List<Entity> people = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.PERSON) {
                people.add(e);
            }
        }
        people.sort(Comparator.comparingInt((Entity e) -> e.id().hashCode()).thenComparing(Entity::id));
        Map<String, List<Told>> told = new LinkedHashMap<>();
        Map<String, Set<String>> sexesOfGiven = new TreeMap<>();
        Map<String, String> writtenGiven = new TreeMap<>();
        for (Entity e : people) {
            List<Told> names = new ArrayList<>();
            for (Name n : e.names()) {
                Told t = told(n.full().strip());
                if (t == null) {
                    continue;
                }
                names.add(t);
                String g = LatinFolder.fold(t.given());
                writtenGiven.putIfAbsent(g, capitalise(g));
                sexesOfGiven.computeIfAbsent(g, k -> new TreeSet<>()).add(e.gender() == null ? "unknown" : e.gender());
            }
            if (!names.isEmpty()) {
                told.put(e.id(), names);
            }
        }
        List<String> men = new ArrayList<>();
        List<String> women = new ArrayList<>();
        // A man's name: of listed men, never of a listed woman (listings without a gender say nothing); a
        // woman's the other way round.
        sexesOfGiven.forEach((g, sexes) -> {
            if (sexes.contains("male") && !sexes.contains("female")) {
                men.add(g);
            } else if (sexes.contains("female") && !sexes.contains("male")) {
                women.add(g);
            }
        });
        Set<String> womenSet = new HashSet<>(women);
        Set<String> menSet = new HashSet<>(men);
        List<NameVariantGenerator.Case> out = new ArrayList<>();
        int near = 0;
        int variants = 0;
        for (Map.Entry<String, List<Told>> e : told.entrySet()) {
            List<Told> names = e.getValue();
            if (near < perClass) {
                for (Told t : names) {
                    String g = LatinFolder.fold(t.given());
                    List<String> others = menSet.contains(g) ? women : womenSet.contains(g) ? men : List.of();
                    String other = alike(g, others);
                    if (other != null) {
                        out.add(new NameVariantGenerator.Case(
                                CLASS, writtenGiven.get(other) + " " + t.family(), t.name(), EntityKind.PERSON, false));
                        near++;
                        break;
                    }
                }
            }
            if (variants < perClass) {
                variant:
                for (Told t : names) {
                    String g = LatinFolder.fold(t.given());
                    for (Told o : names) {
                        String og = LatinFolder.fold(o.given());
                        if (!og.equals(g) && spelledAlike(g, og)) {
                            out.add(new NameVariantGenerator.Case(
                                    CLASS, capitalise(og) + " " + t.family(), t.name(), EntityKind.PERSON, true));
                            variants++;
                            break variant;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Two spellings of one given name, as far as letters tell: four letters or more each, at most a third of the
     * longer (and at least two) letters apart (Aleksandr / Alexander, Yevgeniy / Evgeny, Serhiy / Sergey, Hamad /
     * Hamada); not a name and a longer one it begins (Abu / Abdul, Aman / Amanullah).
     */
    private static boolean spelledAlike(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return Math.min(a.length(), b.length()) >= 4
                && NameVariantGenerator.editDistance(a, b) <= Math.max(2, longer / 3);
    }

    /** The first of {@code others} (in their order) spelled like {@code given}, or null. */
    private static String alike(String given, List<String> others) {
        for (String o : others) {
            int prefix = 0;
            int shorter = Math.min(given.length(), o.length());
            while (prefix < shorter && given.charAt(prefix) == o.charAt(prefix)) {
                prefix++;
            }
            if (prefix >= 4 && prefix >= Math.max(given.length(), o.length()) - 3) {
                return o;
            }
        }
        return null;
    }

    /**
     * The first given name and the family name (capitalised, as a query writes it) of a Latin name whose form
     * tells them apart; null otherwise, or where a word is no word of letters.
     */
    private static Told told(String name) {
        if (!name.matches("[\\p{IsLatin} ,'-]+")) {
            return null;
        }
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        int comma = name.indexOf(',');
        if (comma > 0) {
            if (name.indexOf(',', comma + 1) >= 0) {
                return null;
            }
            family.addAll(List.of(name.substring(0, comma).strip().split("\\s+")));
            given.addAll(List.of(name.substring(comma + 1).strip().split("\\s+")));
        } else {
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                return null;
            }
            for (String w : name.split("\\s+")) {
                (w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 ? family : given).add(w);
            }
        }
        if (given.isEmpty()
                || family.isEmpty()
                || given.getFirst().length() < 2
                || !given.getFirst().matches("\\p{IsLatin}+")) {
            return null;
        }
        List<String> capitalised = new ArrayList<>();
        for (String f : family) {
            capitalised.add(capitalise(LatinFolder.fold(f)));
        }
        return new Told(name, given.getFirst(), String.join(" ", capitalised));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
