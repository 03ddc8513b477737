package dev.embargo.parties;

import dev.embargo.lists.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** Holders of each whole-name key, among people and among the others. */
    private final Map<String, Holders> peopleByName;

    private final Map<String, Holders> othersByName;
    /** Holders of each whole-name key with a full date of birth. */
    private final Map<NameDate, Holders> byNameDate;

    private final Map<String, List<Integer>> byIdentifier;
    private final Map<String, List<Integer>> byUnReference;
    private final List<String> ambiguousIdentifiers;
    private final PairRules.SharedNames sharedNames;

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
        Map<String, Holders> people = new HashMap<>(facts.size() * 2);
        Map<String, Holders> others = new HashMap<>(facts.size());
        Map<NameDate, Holders> nameDates = new HashMap<>(facts.size());
        Map<String, List<Integer>> identifiers = new HashMap<>();
        Map<String, List<Integer>> unRefs = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            ListingFacts x = facts.get(i);
            long source = sourceBit(x);
            Map<String, Holders> names = x.person() ? people : others;
            for (String n : x.fullNames()) {
                names.computeIfAbsent(n, k -> new Holders()).add(i, source);
                for (LocalDate d : x.fullBirthDates()) {
                    nameDates
                            .computeIfAbsent(new NameDate(n, d), k -> new Holders())
                            .add(i, source);
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
        this.peopleByName = people;
        this.othersByName = others;
        this.byNameDate = nameDates;
        Set<String> ambiguousIds = ambiguous(identifiers);
        identifiers.keySet().removeAll(ambiguousIds);
        unRefs.keySet().removeAll(ambiguous(unRefs));
        this.byIdentifier = identifiers;
        this.byUnReference = unRefs;
        Set<String> shown = new TreeSet<>();
        ambiguousIds.forEach(k -> shown.add(k.substring(2)));
        this.ambiguousIdentifiers = List.copyOf(shown);
        this.sharedNames = new PairRules.SharedNames() {
            @Override
            public boolean name(boolean person, String key) {
                Holders h = (person ? peopleByName : othersByName).get(key);
                return h != null && h.sharedInOneList;
            }

            @Override
            public boolean nameAndDate(String key, LocalDate date) {
                Holders h = byNameDate.get(new NameDate(key, date));
                return h != null && h.sharedInOneList;
            }
        };
    }

    /** A whole-name key with a full date of birth. */
    private record NameDate(String key, LocalDate date) {}

    /**
     * The listings holding one key, in listing order, and whether one list gives it to two of its listings. Kept
     * as ints: every listed name has one, and boxed indices would be most of what grouping allocates.
     */
    private static final class Holders {
        private int[] listings = new int[1];
        private int size;
        private long sources;
        private boolean sharedInOneList;

        void add(int listing, long source) {
            if (size == listings.length) {
                listings = Arrays.copyOf(listings, size * 2);
            }
            listings[size++] = listing;
            sharedInOneList |= (sources & source) != 0;
            sources |= source;
        }
    }

    private static long sourceBit(ListingFacts x) {
        return 1L << x.source().ordinal();
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
        // Each set's members as a ring: next[i] is the member after i, and two rings join by swapping one link.
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            sourcesOf[i] = sourceBit(facts.get(i));
            next[i] = i;
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
            if (e.kind().byNameAndFacts() && birthDatesDiffer(next, ra, rb)) {
                refused.add(new RefusedEdge(evidence(e), RefusedEdge.Guard.BIRTH_DATES_DIFFER));
                continue;
            }
            int root = sets.union(ra, rb);
            int other = root == ra ? rb : ra;
            sourcesOf[root] |= sourcesOf[other];
            int after = next[ra];
            next[ra] = next[rb];
            next[rb] = after;
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
        PairRules.Judgement j = PairRules.judge(facts.get(a), facts.get(b), sharedNames);
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
        // Each pair is judged once, whichever name it shares first: the verdict depends on the two listings
        // alone, and the edges of a kind are put in listing order below, so the order of the names is free.
        Set<Long> judged = new HashSet<>();
        for (Map<String, Holders> byName : List.of(peopleByName, othersByName)) {
            for (Holders holders : byName.values()) {
                for (int i = 0; i < holders.size; i++) {
                    for (int j = i + 1; j < holders.size; j++) {
                        int a = holders.listings[i];
                        int b = holders.listings[j];
                        if (facts.get(a).source() == facts.get(b).source()
                                || !judged.add((long) a * facts.size() + b)) {
                            continue;
                        }
                        PairRules.Judgement verdict = PairRules.judge(facts.get(a), facts.get(b), sharedNames);
                        if (verdict.grouped()) {
                            byKind.computeIfAbsent(verdict.kind(), k -> new ArrayList<>())
                                    .add(new Edge(a, b, verdict.kind(), verdict.value()));
                        }
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
                long bit = sourceBit(facts.get(i));
                if ((seen & bit) != 0) {
                    out.add(e.getKey());
                    break;
                }
                seen |= bit;
            }
        }
        return out;
    }

    /** Whether a person of one ring has full dates of birth none of which a person of the other ring has. */
    private boolean birthDatesDiffer(int[] next, int left, int right) {
        int a = left;
        do {
            ListingFacts fa = facts.get(a);
            if (fa.person() && !fa.fullBirthDates().isEmpty()) {
                int b = right;
                do {
                    ListingFacts fb = facts.get(b);
                    if (fb.person()
                            && !fb.fullBirthDates().isEmpty()
                            && SortedLists.disjoint(fa.fullBirthDates(), fb.fullBirthDates())) {
                        return true;
                    }
                    b = next[b];
                } while (b != right);
            }
            a = next[a];
        } while (a != left);
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
        int n = listings.size();
        // Groups numbered in the order of their first listing, which is their anchor.
        int[] groupOfRoot = new int[n];
        Arrays.fill(groupOfRoot, -1);
        int[] groupOf = new int[n];
        List<List<String>> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = sets.find(i);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = ids.size();
                ids.add(new ArrayList<>(1));
            }
            groupOf[i] = groupOfRoot[root];
            ids.get(groupOf[i]).add(listings.get(i).id());
        }
        List<List<Evidence>> evidence = new ArrayList<>(Collections.nCopies(ids.size(), List.of()));
        for (Edge e : applied) {
            int g = groupOf[e.a()];
            if (evidence.get(g).isEmpty()) {
                evidence.set(g, new ArrayList<>(2));
            }
            evidence.get(g).add(evidence(e));
        }
        List<String> partyIds = PartyIds.assign(ids, previous);
        List<Party> parties = new ArrayList<>(ids.size());
        // Built immutable at once, which the grouping keeps as it is rather than copying a map built first.
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] partyOfListing = new Map.Entry[n];
        for (int g = 0; g < ids.size(); g++) {
            Party p = new Party(partyIds.get(g), ids.get(g), evidence.get(g));
            parties.add(p);
        }
        for (int i = 0; i < n; i++) {
            partyOfListing[i] = Map.entry(listings.get(i).id(), partyIds.get(groupOf[i]));
        }
        return new Grouping(parties, Map.ofEntries(partyOfListing), refused, ambiguousIdentifiers);
    }
}
