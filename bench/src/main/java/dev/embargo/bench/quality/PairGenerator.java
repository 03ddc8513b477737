package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
 * Labelled name pairs made from the real lists, per class of the matching rules: pairs that must match (the same
 * party on two lists, linked by the lists' own UN reference numbers and by strong identifiers; aliases of one
 * listing in two scripts; a middle name or patronymic on one side only; a family name put first) and near-misses
 * that must not (the nearest names of other parties, people on no list against their best candidate, X bin Y
 * turned into Y bin X, a Korean or Chinese name with one syllable changed to one romanised alike, a listed family
 * name with another given name, a long organisation name with one word replaced). Deterministic for a seed, and
 * each pair depends only on the listings it is drawn from ({@link StableDraw}): a change to the lists moves only
 * the pairs of the listings it changes.
 */
public final class PairGenerator {
    /** UN reference numbers ("KPi.033"), which the UK list cites and the UN list is keyed by. */
    private static final Pattern UN_REFERENCE = Pattern.compile("\\b[A-Z]{2}[ie]\\.\\d{3}\\b");

    private static final Set<IdentifierType> STRONG =
            Set.of(IdentifierType.PASSPORT, IdentifierType.IMO, IdentifierType.NATIONAL_ID);

    private final List<Entity> entities;
    private final Screener screener;
    private final NameAnalyzer analyzer = new NameAnalyzer();
    /** Mixed into every draw: another seed, other samples. */
    private final String seed;
    /** Each entity's cluster: the entities the lists say are the same party. */
    private final Map<String, String> clusterOf;

    public PairGenerator(List<Entity> entities, Screener screener, long seed) {
        this.entities = entities;
        this.screener = screener;
        this.seed = Long.toString(seed);
        this.clusterOf = clusters(entities);
    }

    /** Every class of pairs, at most {@code perClass} pairs each. */
    public List<LabelledPair> all(List<String[]> negatives, int perClass) {
        List<LabelledPair> out = new ArrayList<>();
        out.addAll(crossList(perClass));
        out.addAll(crossScript(perClass));
        out.addAll(middleName(perClass));
        out.addAll(familyFirst(perClass));
        out.addAll(nearestOther(perClass));
        out.addAll(negativesBest(negatives, perClass));
        out.addAll(binSwapped(perClass));
        out.addAll(syllableChanged(perClass));
        out.addAll(givenReplaced(negatives, perClass));
        out.addAll(orgWordReplaced(perClass));
        out.addAll(listedAtStart(perClass));
        return out;
    }

    // ---- linking listings of the same party ------------------------------------------------------------

    private static Map<String, String> clusters(List<Entity> entities) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstByKey = new HashMap<>();
        for (Entity e : entities) {
            parent.putIfAbsent(e.id(), e.id());
            for (String key : linkKeys(e)) {
                String other = firstByKey.putIfAbsent(key, e.id());
                if (other != null) {
                    union(parent, other, e.id());
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Entity e : entities) {
            out.put(e.id(), find(parent, e.id()));
        }
        return out;
    }

    /** The keys that tie a listing to the same party elsewhere: its UN reference numbers and strong identifiers. */
    static Set<String> linkKeys(Entity e) {
        Set<String> keys = new HashSet<>();
        List<String> texts = new ArrayList<>();
        // Not the remarks: they cite the references of associated parties too.
        texts.add(e.idInSource());
        for (Identifier id : e.identifiers()) {
            if (id.type() == IdentifierType.OTHER) {
                if (id.label() != null && id.label().toUpperCase(Locale.ROOT).contains("UN ")) {
                    texts.add(id.value());
                }
            } else if (STRONG.contains(id.type())) {
                String v = id.value().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
                if (v.length() >= 6) {
                    keys.add(e.kind() + ":" + id.type() + ":" + v);
                }
            }
        }
        for (String t : texts) {
            Matcher m = UN_REFERENCE.matcher(t);
            while (m.find()) {
                keys.add("un:" + m.group());
            }
        }
        return keys;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.get(x);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        parent.put(x, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    boolean sameParty(Entity a, Entity b) {
        return clusterOf.get(a.id()).equals(clusterOf.get(b.id()));
    }

    // ---- pairs that must match -----------------------------------------------------------------------

    /** The primary names of one party on two lists, where they are not the same words. */
    List<LabelledPair> crossList(int limit) {
        Map<String, List<Entity>> byCluster = new LinkedHashMap<>();
        for (Entity e : entities) {
            byCluster
                    .computeIfAbsent(clusterOf.get(e.id()), k -> new ArrayList<>())
                    .add(e);
        }
        List<LabelledPair> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Entity> members : byCluster.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = 0; j < members.size(); j++) {
                    Entity a = members.get(i);
                    Entity b = members.get(j);
                    if (i == j
                            || a.source() == b.source()
                            || a.kind() != b.kind()
                            || a.kind() == EntityKind.PERSON && !datesAgree(a, b)) {
                        continue;
                    }
                    String qa = a.primaryName().full();
                    String lb = b.primaryName().full();
                    if (wordKey(qa).equals(wordKey(lb))
                            || !writtenAlike(qa, lb)
                            || !seen.add(wordKey(qa) + "|" + wordKey(lb))) {
                        continue;
                    }
                    out.add(new LabelledPair(
                            family(a.kind()), "cross-list", qa, lb, b.kind(), true, List.of(a.id(), b.id(), qa, lb)));
                }
            }
        }
        return sample(out, limit);
    }

    /**
     * Whether two names of one party are one name written two ways, not two names: a vessel renamed between
     * two lists' editions ("HEBE", IMO 9259185, is "Daksha" on another list) or a company listed under its
     * former name is the same party under another name, which only its identifiers can join, and no pair of
     * names tells a name matcher anything about it. Told apart by their letters, not by the scorer under
     * test: two written forms of one name share at least a fifth of their letter pairs once both are read in
     * Latin letters (transliterations, spellings and added words keep far more: "NS ANTARCTIC" / "Antarktika"
     * 0.53), while renamed vessels and unrelated aliases share almost none ("NS BRAVO" / "Belgorod" 0.0).
     */
    boolean writtenAlike(String a, String b) {
        return letterPairDice(readLetters(a), readLetters(b)) >= 0.2;
    }

    /** The letters and digits of a name as the analyzer reads them (any script in Latin letters), run together. */
    private String readLetters(String name) {
        StringBuilder out = new StringBuilder();
        for (Token t : analyzer.analyzeFirst(name).tokens()) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                out.append(t.text()).append(' ');
            }
        }
        return out.toString();
    }

    /** Dice coefficient of the two strings' pairs of adjacent letters within words. */
    static double letterPairDice(String a, String b) {
        Map<String, Integer> pa = letterPairs(a);
        Map<String, Integer> pb = letterPairs(b);
        int na = pa.values().stream().mapToInt(Integer::intValue).sum();
        int nb = pb.values().stream().mapToInt(Integer::intValue).sum();
        if (na + nb == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : pa.entrySet()) {
            shared += Math.min(e.getValue(), pb.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / (na + nb);
    }

    private static Map<String, Integer> letterPairs(String s) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) != ' ' && s.charAt(i + 1) != ' ') {
                out.merge(s.substring(i, i + 2), 1, Integer::sum);
            }
        }
        return out;
    }

    private static String family(EntityKind kind) {
        return kind == EntityKind.PERSON ? "people across lists" : "others across lists";
    }

    /** A listing's name in another script against its Latin primary name, both ways. */
    List<LabelledPair> crossScript(int limit) {
        List<LabelledPair> out = new ArrayList<>();
        for (Entity e : entities) {
            Name primary = e.primaryName();
            if (!primary.script().equals("Latn")) {
                continue;
            }
            for (Name n : e.names()) {
                if (n.script().equals("Latn")
                        || n.script().isEmpty()
                        || n.full().isBlank()) {
                    continue;
                }
                boolean forward = StableDraw.random(seed, "cross-script", e.id(), n.full())
                        .nextBoolean();
                out.add(new LabelledPair(
                        "cross-script",
                        "alias-" + n.script(),
                        forward ? n.full() : primary.full(),
                        forward ? primary.full() : n.full(),
                        e.kind(),
                        true,
                        List.of(e.id(), n.full(), primary.full())));
            }
        }
        return sample(out, limit);
    }

    /**
     * A person's middle name or patronymic on one side only: the listed three- or four-word name against its
     * first and last words (listed has it), and the reverse (the query has it).
     */
    List<LabelledPair> middleName(int limit) {
        List<LabelledPair> dropped = new ArrayList<>();
        List<LabelledPair> added = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            List<String> words = latinWords(full);
            if (words == null || words.size() < 3 || words.size() > 4 || syllabic(full)) {
                continue;
            }
            String shortName = words.getFirst() + " " + words.getLast();
            dropped.add(new LabelledPair("asymmetry", "middle-dropped", shortName, full, EntityKind.PERSON, true));
            added.add(new LabelledPair("asymmetry", "middle-added", full, shortName, EntityKind.PERSON, true));
        }
        List<LabelledPair> out = new ArrayList<>(sample(dropped, limit));
        out.addAll(sample(added, limit));
        return out;
    }

    /** "Given Family" as "Family Given": lists and forms put the family name first as often as last. */
    List<LabelledPair> familyFirst(int limit) {
        List<LabelledPair> out = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            List<String> words = latinWords(full);
            if (words == null || words.size() < 2 || words.size() > 4) {
                continue;
            }
            List<String> turned = new ArrayList<>();
            turned.add(words.getLast());
            turned.addAll(words.subList(0, words.size() - 1));
            out.add(new LabelledPair("order", "family-first", String.join(" ", turned), full, EntityKind.PERSON, true));
        }
        return sample(out, limit);
    }

    // ---- near-misses that must not match ---------------------------------------------------------------

    /**
     * Each sampled listed name against the nearest name of another party (the index's best candidate of
     * another cluster, not of the same words, and for people not of an overlapping date of birth: those may be
     * the same person listed twice without a link).
     */
    List<LabelledPair> nearestOther(int limit) {
        List<LabelledPair> out = new ArrayList<>();
        for (Entity e : StableDraw.ordered(entities, Entity::id, seed + " nearest-other-party")) {
            if (out.size() >= limit) {
                break;
            }
            String name = e.primaryName().full();
            for (Match m : screener.screen(new Query(name, e.kind(), null, null, List.of()), 0.5, 10)) {
                Entity other = m.entity();
                if (sameParty(e, other)
                        || !eachHasOwnWord(name, m.matchedName())
                        || datesOverlap(e, other)
                        || sharesName(e, other)
                        || e.kind() != EntityKind.PERSON && !knownApart(e, other)) {
                    continue;
                }
                out.add(new LabelledPair(
                        family(e.kind()),
                        "nearest-other-party",
                        name,
                        m.matchedName(),
                        other.kind(),
                        false,
                        List.of(e.id(), other.id(), name, m.matchedName())));
                break;
            }
        }
        return out;
    }

    /**
     * Each name has a plain word the other lacks: a name within the other ("RSB Group" / RSB-GROUP LLC) may be the
     * same company listed twice without a link, which no label here can tell.
     */
    private boolean eachHasOwnWord(String a, String b) {
        Set<String> wa = plainWords(a);
        Set<String> wb = plainWords(b);
        return !wb.containsAll(wa) && !wa.containsAll(wb);
    }

    private Set<String> plainWords(String name) {
        Set<String> out = new HashSet<>();
        for (Token t : analyzer.analyzeFirst(name).tokens()) {
            if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.NUMBER) {
                out.add(t.text());
            }
        }
        return out;
    }

    /**
     * Whether the lists show two organisations, vessels or aircraft to be two parties. Unlike people, they have
     * no date of birth to tell them apart, and the lists link few of them by a UN reference or IMO number: the
     * nearest organisation on another list is as often the same one unlinked ("Azia Shipping Holdings" /
     * "Azia Shipping Holding Ltd.", both Russian, on two lists) as another. Two listings of one list are two
     * parties (a list names a party once); across lists, identifiers of one kind that all differ (IMO,
     * registration, tax or aircraft serial numbers) or countries that do not meet say so.
     */
    static boolean knownApart(Entity a, Entity b) {
        if (a.source() == b.source()) {
            return true;
        }
        for (IdentifierType type : DISTINGUISHING) {
            Set<String> va = identifierValues(a, type);
            Set<String> vb = identifierValues(b, type);
            if (!va.isEmpty() && !vb.isEmpty() && Collections.disjoint(va, vb)) {
                return true;
            }
        }
        Set<String> ca = new HashSet<>(a.countries());
        return !ca.isEmpty() && !b.countries().isEmpty() && Collections.disjoint(ca, b.countries());
    }

    private static final Set<IdentifierType> DISTINGUISHING = Set.of(
            IdentifierType.IMO, IdentifierType.REGISTRATION, IdentifierType.TAX_ID, IdentifierType.AIRCRAFT_SERIAL);

    private static Set<String> identifierValues(Entity e, IdentifierType type) {
        Set<String> out = new HashSet<>();
        for (Identifier id : e.identifiers()) {
            if (id.type() == type) {
                out.add(id.value().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
            }
        }
        return out;
    }

    private boolean sharesName(Entity a, Entity b) {
        Set<String> keys = new HashSet<>();
        for (Name n : a.names()) {
            keys.add(wordKey(n.full()));
        }
        for (Name n : b.names()) {
            if (keys.contains(wordKey(n.full()))) {
                return true;
            }
        }
        return false;
    }

    /** Dates of birth that do not rule out one person: none on a side, or two within two years. */
    private static boolean datesAgree(Entity a, Entity b) {
        return a.birthDates().isEmpty() || b.birthDates().isEmpty() || datesOverlap(a, b);
    }

    private static boolean datesOverlap(Entity a, Entity b) {
        if (a.birthDates().isEmpty() || b.birthDates().isEmpty()) {
            return a.kind() == EntityKind.PERSON && b.kind() == EntityKind.PERSON;
        }
        for (ListedDate x : a.birthDates()) {
            for (ListedDate y : b.birthDates()) {
                int gap = Math.max(
                        y.earliest().getYear() - x.latest().getYear(),
                        x.earliest().getYear() - y.latest().getYear());
                if (gap <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** People on no list (../shared/eval) against the best listed name the index finds for them. */
    List<LabelledPair> negativesBest(List<String[]> negatives, int limit) {
        List<LabelledPair> out = new ArrayList<>();
        // Each name of the people on no list once: the same name twice is the same pair.
        for (String[] row : StableDraw.ordered(negatives, r -> r[0], seed + " no-list-person")) {
            if (out.size() >= limit) {
                break;
            }
            List<Match> m = screener.screen(new Query(row[0], EntityKind.PERSON, null, null, List.of()), 0.5, 1);
            if (!m.isEmpty()) {
                out.add(new LabelledPair(
                        "people across lists",
                        "no-list-person",
                        row[0],
                        m.getFirst().matchedName(),
                        EntityKind.PERSON,
                        false,
                        List.of(row[0], m.getFirst().entity().id(), m.getFirst().matchedName())));
            }
        }
        return out;
    }

    /** X bin Y (X, son of Y) as Y bin X: another man, the father's or son's name. */
    List<LabelledPair> binSwapped(int limit) {
        List<LabelledPair> swapped = new ArrayList<>();
        List<LabelledPair> kept = new ArrayList<>();
        Set<String> particles = Set.of("bin", "ibn", "ben", "bint", "ould", "walad");
        for (Entity e : people()) {
            for (Name n : e.names()) {
                List<String> words = latinWords(n.full());
                if (words == null) {
                    continue;
                }
                for (int i = 1; i + 1 < words.size(); i++) {
                    if (particles.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                        List<String> turned = new ArrayList<>(words);
                        String x = words.get(i - 1);
                        String y = words.get(i + 1);
                        if (x.equalsIgnoreCase(y)) {
                            break;
                        }
                        turned.set(i - 1, y);
                        turned.set(i + 1, x);
                        swapped.add(new LabelledPair(
                                "order", "bin-swapped", String.join(" ", turned), n.full(), EntityKind.PERSON, false));
                        break;
                    }
                }
            }
        }
        swapped = sample(swapped, limit);
        return swapped.isEmpty() ? kept : swapped;
    }

    /**
     * A listed name in Hangul or Chinese characters with one syllable replaced by another that romanises to the
     * same variant key (정/종, 成/城): alike in Latin letters, another name in its own script.
     */
    List<LabelledPair> syllableChanged(int limit) {
        List<Name> names = new ArrayList<>();
        Map<String, TreeMap<Character, Boolean>> byKey = new HashMap<>();
        for (Entity e : people()) {
            for (Name n : e.names()) {
                if (n.script().equals("Hang") || n.script().equals("Hani")) {
                    names.add(n);
                    for (char c : n.full().toCharArray()) {
                        String key = syllableKey(c);
                        if (key != null) {
                            byKey.computeIfAbsent(n.script() + key, k -> new TreeMap<>())
                                    .put(c, true);
                        }
                    }
                }
            }
        }
        // Hangul syllables beyond the lists' own, so that every syllable has partners romanised alike.
        for (char c = '\uAC00'; c <= '\uD7A3'; c++) {
            String key = syllableKey(c);
            if (key != null) {
                byKey.computeIfAbsent("Hang" + key, k -> new TreeMap<>()).put(c, true);
            }
        }
        List<LabelledPair> out = new ArrayList<>();
        for (Name n : names) {
            String full = n.full();
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < full.length(); i++) {
                if (syllableKey(full.charAt(i)) != null) {
                    positions.add(i);
                }
            }
            if (positions.size() < 2) {
                continue;
            }
            // A syllable of the given name, not the first of the name: a family name's first sound is written two
            // ways in Korean (리/이), and those are one name.
            Random own = StableDraw.random(seed, "syllable-changed", full);
            int at = positions.get(1 + own.nextInt(positions.size() - 1));
            char c = full.charAt(at);
            List<Character> alike = new ArrayList<>(byKey.getOrDefault(n.script() + syllableKey(c), new TreeMap<>())
                    .keySet());
            // Traditional and simplified forms of one character are one name.
            alike.removeIf(o -> simplified(o) == simplified(c));
            if (alike.isEmpty()) {
                continue;
            }
            // The partner by its own hash: the lists' other characters come and go with the lists.
            char other = StableDraw.pick(alike, String::valueOf, seed, "syllable-changed", full);
            String changed = full.substring(0, at) + other + full.substring(at + 1);
            out.add(new LabelledPair(
                    "cross-script", "syllable-changed-" + n.script(), changed, full, EntityKind.PERSON, false));
        }
        return sample(out, limit);
    }

    private static final com.ibm.icu.text.Transliterator SIMPLIFIER =
            com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");

    private static char simplified(char c) {
        String s = SIMPLIFIER.transliterate(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }

    /** The romanisation-variant key of one Hangul syllable or Chinese character, or null for other characters. */
    private String syllableKey(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s != Character.UnicodeScript.HANGUL && s != Character.UnicodeScript.HAN || !Character.isLetter(c)) {
            return null;
        }
        List<Token> tokens = analyzer.analyzeFirst(String.valueOf(c)).tokens();
        return tokens.size() == 1 ? tokens.getFirst().variant() : null;
    }

    /**
     * A listed person's family name (the last word of a name of three or more) with a given name that is not
     * theirs: a common given name of people on no list, or their own second given name without the first (all
     * the query's words are in the listed name, the listed given name is missing: "Muammar Qadhafi" is not his
     * daughter AISHA MUAMMAR QADHAFI).
     */
    List<LabelledPair> givenReplaced(List<String[]> negatives, int limit) {
        List<String> given = frequent(negatives, 1, 300);
        List<LabelledPair> common = new ArrayList<>();
        List<LabelledPair> second = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            List<String> words = latinWords(full);
            if (words == null || words.size() < 2 || syllabic(full) || given.isEmpty()) {
                continue;
            }
            String g =
                    given.get(StableDraw.random(seed, "given-replaced", e.id()).nextInt(given.size()));
            Set<String> own = new HashSet<>();
            for (String w : words) {
                own.add(w.toLowerCase(Locale.ROOT));
            }
            if (!own.contains(g.toLowerCase(Locale.ROOT)) && g.length() > 2) {
                common.add(new LabelledPair(
                        "asymmetry", "given-replaced", g + " " + words.getLast(), full, EntityKind.PERSON, false));
            }
            if (words.size() >= 3 && words.get(1).length() > 2 && !words.get(1).equalsIgnoreCase(words.getFirst())) {
                boolean particle =
                        analyzer.analyzeFirst(words.get(1)).tokens().stream().anyMatch(t -> t.kind() != TokenKind.WORD);
                if (!particle) {
                    second.add(new LabelledPair(
                            "asymmetry",
                            "first-given-dropped",
                            words.get(1) + " " + words.getLast(),
                            full,
                            EntityKind.PERSON,
                            false));
                }
            }
        }
        List<LabelledPair> out = new ArrayList<>(sample(common, limit));
        out.addAll(sample(second, limit));
        return out;
    }

    /** A listed organisation of four or more words with one word (not the first) replaced by another's word. */
    List<LabelledPair> orgWordReplaced(int limit) {
        List<Entity> orgs = new ArrayList<>();
        // Each word with the listing it is written on ("word\tid"): as often as the lists write it, and a pair made
        // with it is drawn from that listing too.
        Set<String> pool = new HashSet<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            List<String> words = latinWords(e.primaryName().full());
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (w.length() >= 4 && isWord(w)) {
                    pool.add(w + "\t" + e.id());
                }
            }
            if (words.size() >= 4) {
                orgs.add(e);
            }
        }
        StableDraw.Ring otherWords = new StableDraw.Ring(pool, seed + " org-word-replaced");
        List<LabelledPair> out = new ArrayList<>();
        for (Entity e : StableDraw.ordered(orgs, Entity::id, seed + " org-word-replaced")) {
            if (out.size() >= limit) {
                break;
            }
            List<String> words = latinWords(e.primaryName().full());
            List<Integer> replaceable = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                if (words.get(i).length() >= 4 && isWord(words.get(i))) {
                    replaceable.add(i);
                }
            }
            if (replaceable.isEmpty() || pool.isEmpty()) {
                continue;
            }
            int at = replaceable.get(
                    StableDraw.random(seed, "org-word-replaced", e.id()).nextInt(replaceable.size()));
            // Another organisation's word: the next along the ring from this name.
            String drawn = otherWords.next(e.id());
            if (drawn == null) {
                continue;
            }
            String w = drawn.substring(0, drawn.indexOf('\t'));
            if (w.equalsIgnoreCase(words.get(at))) {
                continue;
            }
            List<String> changed = new ArrayList<>(words);
            changed.set(at, w);
            List<String> from = List.of(e.id(), e.primaryName().full(), drawn.substring(drawn.indexOf('\t') + 1));
            out.add(new LabelledPair(
                    "others across lists",
                    "org-word-replaced",
                    String.join(" ", changed),
                    e.primaryName().full(),
                    EntityKind.ORGANIZATION,
                    false,
                    from));
        }
        return out;
    }

    /**
     * A listed person's "FAMILY, Given" name at the start of a longer name, as a second list writes the same person
     * with a father's, grandfather's or tribal name after it: "Given Family Added" (must match), the added word
     * another listed person's family name. Near-misses: the added word joined to the family name by a hyphen (a
     * double family name of which the list gives one part, which cousins and namesakes share), and the listed
     * given name replaced by another listed person's (a relative).
     */
    List<LabelledPair> listedAtStart(int limit) {
        List<String[]> names = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            int comma = full.indexOf(',');
            if (comma <= 0 || full.indexOf(',', comma + 1) >= 0 || !full.matches("[\\p{IsLatin} ,]+")) {
                continue;
            }
            List<String> family = latinWords(full.substring(0, comma));
            List<String> given = latinWords(full.substring(comma + 1));
            if (family == null
                    || given == null
                    || family.size() != 1
                    || given.size() > 2
                    || !isWord(family.getFirst())) {
                continue;
            }
            names.add(new String[] {full, titleCase(family.getFirst()), titleCase(String.join(" ", given))});
        }
        Map<String, String[]> byFull = new HashMap<>();
        for (String[] n : names) {
            byFull.putIfAbsent(n[0], n);
        }
        StableDraw.Ring ring = new StableDraw.Ring(byFull.keySet(), seed + " listed-at-start");
        List<LabelledPair> longer = new ArrayList<>();
        List<LabelledPair> hyphen = new ArrayList<>();
        List<LabelledPair> relative = new ArrayList<>();
        for (String[] n : names) {
            // Another listed person: the next name along the ring from this one.
            String otherFull = ring.next(n[0]);
            if (otherFull == null) {
                continue;
            }
            String[] other = byFull.get(otherFull);
            String added = other[1];
            String otherGiven = other[2].split(" ")[0];
            String lower = n[0].toLowerCase(Locale.ROOT);
            if (lower.contains(added.toLowerCase(Locale.ROOT)) || lower.contains(otherGiven.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String given = n[2];
            List<String> from = List.of(n[0], otherFull);
            longer.add(new LabelledPair(
                    "longer name",
                    "listed-at-start",
                    given + " " + n[1] + " " + added,
                    n[0],
                    EntityKind.PERSON,
                    true,
                    from));
            hyphen.add(new LabelledPair(
                    "longer name",
                    "family-part-hyphened",
                    given + " " + n[1] + "-" + added,
                    n[0],
                    EntityKind.PERSON,
                    false,
                    from));
            String relativeGiven =
                    otherGiven + given.substring(given.indexOf(' ') < 0 ? given.length() : given.indexOf(' '));
            relative.add(new LabelledPair(
                    "longer name",
                    "relative-at-start",
                    relativeGiven + " " + n[1] + " " + added,
                    n[0],
                    EntityKind.PERSON,
                    false,
                    from));
        }
        List<LabelledPair> out = new ArrayList<>(sample(longer, limit));
        out.addAll(sample(hyphen, limit));
        out.addAll(sample(relative, limit));
        return out;
    }

    private static String titleCase(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private boolean isWord(String w) {
        List<Token> t = analyzer.analyzeFirst(w).tokens();
        return t.size() == 1 && t.getFirst().kind() == TokenKind.WORD;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private List<Entity> people() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.PERSON) {
                out.add(e);
            }
        }
        return out;
    }

    /** The whitespace-separated words of a Latin name without commas, or null when it is not in Latin script. */
    private static List<String> latinWords(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return null;
            }
        }
        if (name.contains(",") || name.contains("(")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Three or more words of at most four letters: a Korean or Chinese name, which has no middle names. */
    private static boolean syllabic(String name) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length < 3) {
            return false;
        }
        for (String w : words) {
            if (w.length() > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name's words without case and marks, sorted: two names of the same words are no pair to learn from. Not
     * analysed:
     * the matcher's own reading of a name would drop from the set the pairs its rules come to read alike, and
     * hide what a rule gained.
     */
    private static String wordKey(String name) {
        List<String> words =
                new ArrayList<>(List.of(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+")));
        words.sort(null);
        return String.join(" ", words);
    }

    /** The {@code top} most frequent Latin values of column {@code column} of the negatives. */
    static List<String> frequent(List<String[]> rows, int column, int top) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] r : rows) {
            if (column < r.length
                    && latinWords(r[column]) != null
                    && latinWords(r[column]).size() == 1) {
                counts.merge(r[column], 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(top, sorted.size()); i++) {
            out.add(sorted.get(i).getKey());
        }
        return out;
    }

    /**
     * At most {@code limit} of the pairs: those of the smallest hash of what they are, which depends only on the
     * listings they were drawn from.
     */
    private List<LabelledPair> sample(List<LabelledPair> pairs, int limit) {
        if (pairs.size() <= limit) {
            return pairs;
        }
        return StableDraw.smallest(pairs, p -> p.kind() + "\t" + p.query() + "\t" + p.listed(), seed, limit);
    }
}
