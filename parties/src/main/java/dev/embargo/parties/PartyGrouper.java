package dev.embargo.parties;

import dev.embargo.lists.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups the listings of all loaded lists into parties, by the evidence the lists themselves give: UN
 * reference numbers, shared strong identifiers, and whole names together with facts that agree
 * ({@link PairRules}). Edges are applied strongest first over a union-find, each kept with its evidence.
 *
 * <p>Guards against over-merging, each argued for the whole class of evidence it acts on:
 * <ul>
 *   <li>An identifier or UN reference that one list gives to two of its listings is not used at all: the list
 *       itself says it does not single out one party (a family's shared passport, a placeholder number, a
 *       group registration). Values too plain to be numbers are dropped before ({@link IdentifierKeys}).</li>
 *   <li>A name that one list gives to two listings is used only together with a full date of birth, and a name
 *       with a date that one list gives twice not at all.</li>
 *   <li>A party holds at most one listing of each list ({@link RefusedEdge.Guard#ONE_LISTING_PER_LIST}), so a
 *       weak edge cannot chain two parties a list keeps apart.</li>
 *   <li>Name-and-facts edges never join people whose full dates of birth do not overlap
 *       ({@link RefusedEdge.Guard#BIRTH_DATES_DIFFER}): such a party is split where the edge would join it.</li>
 * </ul>
 * Built once per set of listings; {@link #group} is then deterministic.
 */
public final class PartyGrouper {
    private final List<Entity> listings;
    private final List<ListingFacts> facts;
    private final Map<String, Integer> indexOf;
    private final Set<String> ambiguousNames;
    private final Set<String> ambiguousNameDates;
    private final Map<String, List<Integer>> byName;
    private final Map<String, List<Integer>> byIdentifier;
    private final Map<String, List<Integer>> byUnReference;
    private final List<String> ambiguousIdentifiers;

    private PartyGrouper(List<Entity> listings) {
        List<Entity> sorted = ListingOrder.sorted(listings);
        this.listings = List.copyOf(sorted);
        this.indexOf = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            if (indexOf.put(sorted.get(i).id(), i) != null) {
                throw new IllegalArgumentException(
                        "listing " + sorted.get(i).id() + " appears twice; expected each id once");
            }
        }
        // Each listing's facts depend on it alone: computed on every core, in listing order.
        List<ListingFacts> f = sorted.parallelStream().map(ListingFacts::of).toList();
        this.facts = List.copyOf(f);
        Map<String, List<Integer>> names = new HashMap<>(facts.size() * 8);
        Map<String, List<Integer>> nameDates = new HashMap<>(facts.size() * 2);
        Map<String, List<Integer>> identifiers = new HashMap<>();
        Map<String, List<Integer>> unRefs = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            ListingFacts x = facts.get(i);
            for (String n : x.fullNames()) {
                names.computeIfAbsent(PairRules.nameKey(x.person(), n), k -> new ArrayList<>(2))
                        .add(i);
                for (LocalDate d : x.fullBirthDates()) {
                    nameDates
                            .computeIfAbsent(PairRules.nameDateKey(n, d), k -> new ArrayList<>(2))
                            .add(i);
                }
            }
            for (String id : x.identifiers()) {
                identifiers
                        .computeIfAbsent((x.person() ? "p " : "o ") + id, k -> new ArrayList<>(2))
                        .add(i);
            }
            if (x.unReference() != null) {
                unRefs.computeIfAbsent(x.unReference(), k -> new ArrayList<>(2)).add(i);
            }
        }
        this.byName = names;
        this.ambiguousNames = ambiguous(names);
        this.ambiguousNameDates = ambiguous(nameDates);
        Set<String> ambiguousIds = ambiguous(identifiers);
        identifiers.keySet().removeAll(ambiguousIds);
        unRefs.keySet().removeAll(ambiguous(unRefs));
        this.byIdentifier = identifiers;
        this.byUnReference = unRefs;
        Set<String> shown = new TreeSet<>();
        ambiguousIds.forEach(k -> shown.add(k.substring(2)));
        this.ambiguousIdentifiers = List.copyOf(shown);
    }

    public static PartyGrouper of(List<Entity> listings) {
        return new PartyGrouper(listings);
    }

    /**
     * The party of every listing in {@code listings}, by every piece of evidence, with no earlier ids to keep:
     * what a screener keys its listings by so that it answers one hit per party. A listing id loaded twice (one
     * file read twice) is grouped once.
     */
    public static Map<String, String> partyOfListing(List<Entity> listings) {
        Map<String, Entity> distinct = new LinkedHashMap<>();
        for (Entity e : listings) {
            distinct.putIfAbsent(e.id(), e);
        }
        return of(List.copyOf(distinct.values()))
                .group(Options.ALL, PartyIdHistory.NONE)
                .partyOfListing();
    }

    /** What grouping may use. {@code unReferences} off is how the benchmark keeps them aside as the truth. */
    public record Options(boolean unReferences) {
        public static final Options ALL = new Options(true);
        public static final Options WITHOUT_UN_REFERENCES = new Options(false);
    }

    public Grouping group(Options options, PartyIdHistory previous) {
        List<Edge> edges = edges(options);
        int n = listings.size();
        UnionFind sets = new UnionFind(n);
        long[] sourcesOf = new long[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sourcesOf[i] = 1L << facts.get(i).source().ordinal();
            List<Integer> m = new ArrayList<>(1);
            m.add(i);
            members.add(m);
        }
        List<Edge> applied = new ArrayList<>();
        List<RefusedEdge> refused = new ArrayList<>();
        for (Edge e : edges) {
            int ra = sets.find(e.a());
            int rb = sets.find(e.b());
            if (ra == rb) {
                applied.add(e);
                continue;
            }
            if ((sourcesOf[ra] & sourcesOf[rb]) != 0) {
                refused.add(new RefusedEdge(evidence(e), RefusedEdge.Guard.ONE_LISTING_PER_LIST));
                continue;
            }
            if (e.kind().byNameAndFacts() && birthDatesDiffer(members.get(ra), members.get(rb))) {
                refused.add(new RefusedEdge(evidence(e), RefusedEdge.Guard.BIRTH_DATES_DIFFER));
                continue;
            }
            int root = sets.union(ra, rb);
            int other = root == ra ? rb : ra;
            sourcesOf[root] |= sourcesOf[other];
            members.get(root).addAll(members.get(other));
            members.set(other, List.of());
            applied.add(e);
        }
        return assemble(sets, applied, refused, previous);
    }

    /** Why two listings are not one party by name and facts (for reports); null when the rules would join them. */
    public String whyApartByName(String listingA, String listingB) {
        Integer a = indexOf.get(listingA);
        Integer b = indexOf.get(listingB);
        if (a == null || b == null) {
            throw new IllegalArgumentException("unknown listing " + (a == null ? listingA : listingB));
        }
        PairRules.Judgement j = PairRules.judge(facts.get(a), facts.get(b), ambiguousNames, ambiguousNameDates);
        return j.grouped() ? null : j.reason();
    }

    public List<Entity> listings() {
        return listings;
    }

    private record Edge(int a, int b, EvidenceKind kind, String value) {}

    private List<Edge> edges(Options options) {
        Map<EvidenceKind, List<Edge>> byKind = new EnumMap<>(EvidenceKind.class);
        if (options.unReferences()) {
            stars(byUnReference, EvidenceKind.UN_REFERENCE, byKind);
        }
        stars(byIdentifier, EvidenceKind.IDENTIFIER, byKind);
        Set<Long> judged = new HashSet<>();
        List<String> keys = new ArrayList<>(byName.keySet());
        Collections.sort(keys);
        for (String key : keys) {
            List<Integer> holders = byName.get(key);
            for (int i = 0; i < holders.size(); i++) {
                for (int j = i + 1; j < holders.size(); j++) {
                    int a = holders.get(i);
                    int b = holders.get(j);
                    if (facts.get(a).source() == facts.get(b).source() || !judged.add((long) a * facts.size() + b)) {
                        continue;
                    }
                    PairRules.Judgement verdict =
                            PairRules.judge(facts.get(a), facts.get(b), ambiguousNames, ambiguousNameDates);
                    if (verdict.grouped()) {
                        byKind.computeIfAbsent(verdict.kind(), k -> new ArrayList<>())
                                .add(new Edge(a, b, verdict.kind(), verdict.value()));
                    }
                }
            }
        }
        List<Edge> all = new ArrayList<>();
        for (List<Edge> list : byKind.values()) {
            list.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
            all.addAll(list);
        }
        return all;
    }

    /** Each listing holding a key is tied to the first holder (listings are in anchor order). */
    private static void stars(Map<String, List<Integer>> index, EvidenceKind kind, Map<EvidenceKind, List<Edge>> out) {
        List<Edge> edges = out.computeIfAbsent(kind, k -> new ArrayList<>());
        for (Map.Entry<String, List<Integer>> e : index.entrySet()) {
            List<Integer> holders = e.getValue();
            String value = e.getKey().startsWith("p ") || e.getKey().startsWith("o ")
                    ? e.getKey().substring(2)
                    : e.getKey();
            for (int i = 1; i < holders.size(); i++) {
                edges.add(new Edge(holders.getFirst(), holders.get(i), kind, value));
            }
        }
    }

    /** Keys that some list gives to two or more of its listings. */
    private Set<String> ambiguous(Map<String, List<Integer>> index) {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : index.entrySet()) {
            List<Integer> holders = e.getValue();
            if (holders.size() < 2) {
                continue;
            }
            long seen = 0;
            for (int i : holders) {
                long bit = 1L << facts.get(i).source().ordinal();
                if ((seen & bit) != 0) {
                    out.add(e.getKey());
                    break;
                }
                seen |= bit;
            }
        }
        return out;
    }

    private boolean birthDatesDiffer(List<Integer> left, List<Integer> right) {
        for (int a : left) {
            ListingFacts fa = facts.get(a);
            if (!fa.person() || fa.fullBirthDates().isEmpty()) {
                continue;
            }
            for (int b : right) {
                ListingFacts fb = facts.get(b);
                if (fb.person()
                        && !fb.fullBirthDates().isEmpty()
                        && Collections.disjoint(fa.fullBirthDates(), fb.fullBirthDates())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Evidence evidence(Edge e) {
        return new Evidence(
                e.kind(),
                e.value(),
                listings.get(e.a()).id(),
                listings.get(e.b()).id());
    }

    private Grouping assemble(UnionFind sets, List<Edge> applied, List<RefusedEdge> refused, PartyIdHistory previous) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < listings.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        for (Edge e : applied) {
            evidence.computeIfAbsent(sets.find(e.a()), k -> new ArrayList<>()).add(evidence(e));
        }
        List<List<String>> ids = new ArrayList<>(groups.size());
        List<Integer> roots = new ArrayList<>(groups.keySet());
        for (int root : roots) {
            ids.add(groups.get(root).stream().map(i -> listings.get(i).id()).toList());
        }
        List<String> partyIds = PartyIds.assign(ids, previous);
        List<Party> parties = new ArrayList<>(roots.size());
        Map<String, String> partyOfListing = new HashMap<>(listings.size() * 2);
        for (int g = 0; g < roots.size(); g++) {
            Party p = new Party(partyIds.get(g), ids.get(g), evidence.getOrDefault(roots.get(g), List.of()));
            parties.add(p);
            for (String listing : p.listingIds()) {
                partyOfListing.put(listing, p.id());
            }
        }
        return new Grouping(parties, partyOfListing, refused, ambiguousIdentifiers);
    }
}
