package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.parties.Evidence;
import dev.embargo.parties.EvidenceKind;
import dev.embargo.parties.Grouping;
import dev.embargo.parties.Party;
import dev.embargo.parties.PartyGrouper;
import dev.embargo.parties.PartyIdHistory;
import dev.embargo.parties.PartyIndex;
import dev.embargo.parties.RefusedEdge;
import dev.embargo.parties.UnReferences;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well listings are grouped into parties, measured against the UN reference numbers the lists cite
 * (the UN's own ids and the UK's "UN Ref"; the EU's where its list is loaded): grouping runs without them,
 * and every pair of listings that carry a reference is judged — the same reference is a true pair. Reports
 * pair precision and recall, each mistake by cause with samples, the time grouping takes (median of runs,
 * listings already loaded), the party sizes, and a few parties named in the issue as a check of the output.
 */
final class GroupingBenchmark {
    private static final int SAMPLES = 5;

    private GroupingBenchmark() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        int runs = Integer.parseInt(opts.extra().getOrDefault("runs", "7"));
        ListLoader.Report report = ListLoader.loadDirectory(opts.lists());
        List<Entity> listings = report.entities();
        System.out.printf(Locale.ROOT, "listings %d from %s%n", listings.size(), opts.lists());

        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Grouping grouping = null;
        PartyGrouper grouper = null;
        for (int i = 0; i < runs; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            grouper = PartyGrouper.of(listings);
            grouping = grouper.group(PartyGrouper.Options.WITHOUT_UN_REFERENCES, PartyIdHistory.NONE);
            times.add((System.nanoTime() - t0) / 1e9);
            cpu.add((os.getProcessCpuTime() - c0) / 1e9);
        }
        double first = times.getFirst();
        Collections.sort(times);
        Collections.sort(cpu);
        // Wall time counts what other processes on the machine take; the process's CPU time (all its threads,
        // the collector's too) does not.
        System.out.printf(
                Locale.ROOT,
                "grouping time: median %.3f s wall, %.3f s CPU of the process, of %d runs (first %.3f s wall,"
                        + " fastest %.3f s); %d processors, load average %.1f%n",
                times.get(times.size() / 2),
                cpu.get(cpu.size() / 2),
                runs,
                first,
                times.getFirst(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        indexBuild(listings, runs, os);
        truth(listings, grouping, grouper);
        sizes(grouping);
        Grouping withRefs = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        System.out.printf(
                Locale.ROOT,
                "%nwith UN references as evidence too: %d parties; refused edges %d%n",
                withRefs.parties().size(),
                withRefs.refused().size());
        cases(listings, withRefs);
    }

    /**
     * What grouping adds to building the screening index, in turn in one JVM: the index keyed by parties given
     * (the grouping done beforehand), then grouping and indexing as every command does ({@link PartyIndex}),
     * alternating which goes first; medians of the process's CPU time, a collection before each.
     */
    private static void indexBuild(List<Entity> listings, int runs, com.sun.management.OperatingSystemMXBean os) {
        Map<String, String> partyOf = PartyIndex.build(listings).grouping().partyOfListing();
        List<Double> indexOnly = new ArrayList<>();
        List<Double> withGrouping = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                boolean grouped = (i + k) % 2 == 1;
                System.gc();
                long c0 = os.getProcessCpuTime();
                if (grouped) {
                    PartyIndex.build(listings);
                } else {
                    Screener.of(listings, e -> partyOf.get(e.id()));
                }
                (grouped ? withGrouping : indexOnly).add((os.getProcessCpuTime() - c0) / 1e9);
            }
        }
        Collections.sort(indexOnly);
        Collections.sort(withGrouping);
        double a = indexOnly.get(runs / 2);
        double b = withGrouping.get(runs / 2);
        System.out.printf(
                Locale.ROOT,
                "index build, in turn: %.3f s CPU keyed by a grouping given, %.3f s grouping too: grouping adds %.3f s"
                        + " (medians of %d)%n",
                a,
                b,
                b - a,
                runs);
    }

    private static void truth(List<Entity> listings, Grouping grouping, PartyGrouper grouper) {
        Map<String, String> refOf = new HashMap<>();
        for (Entity e : listings) {
            UnReferences.of(e).ifPresent(r -> refOf.put(e.id(), r));
        }
        Map<String, List<String>> byRef = new TreeMap<>();
        refOf.forEach(
                (id, ref) -> byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(id));
        Set<String> truePairs = new HashSet<>();
        for (List<String> ids : byRef.values()) {
            Collections.sort(ids);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    truePairs.add(ids.get(i) + "\t" + ids.get(j));
                }
            }
        }
        Map<String, Party> partyById = new HashMap<>();
        grouping.parties().forEach(p -> partyById.put(p.id(), p));
        int tp = 0;
        Map<String, List<String>> falsePositives = new TreeMap<>();
        Set<String> predicted = new HashSet<>();
        int unjudged = 0;
        for (Party p : grouping.parties()) {
            List<String> judged =
                    p.listingIds().stream().filter(refOf::containsKey).sorted().toList();
            int size = p.listingIds().size();
            unjudged += size * (size - 1) / 2 - judged.size() * (judged.size() - 1) / 2;
            for (int i = 0; i < judged.size(); i++) {
                for (int j = i + 1; j < judged.size(); j++) {
                    String pair = judged.get(i) + "\t" + judged.get(j);
                    predicted.add(pair);
                    if (truePairs.contains(pair)) {
                        tp++;
                    } else {
                        falsePositives
                                .computeIfAbsent(cause(p, judged.get(i), judged.get(j)), k -> new ArrayList<>())
                                .add(pair.replace('\t', ' ') + " (" + refOf.get(judged.get(i)) + " vs "
                                        + refOf.get(judged.get(j)) + ")");
                    }
                }
            }
        }
        int fp = predicted.size() - tp;
        Map<String, List<String>> falseNegatives = new TreeMap<>();
        Map<String, RefusedEdge.Guard> refusedPairs = new HashMap<>();
        for (RefusedEdge r : grouping.refused()) {
            refusedPairs.put(r.evidence().listingA() + "\t" + r.evidence().listingB(), r.guard());
            refusedPairs.put(r.evidence().listingB() + "\t" + r.evidence().listingA(), r.guard());
        }
        for (String pair : truePairs) {
            if (predicted.contains(pair)) {
                continue;
            }
            String[] ab = pair.split("\t");
            String why = grouper.whyApartByName(ab[0], ab[1]);
            if (why == null) {
                RefusedEdge.Guard guard = refusedPairs.get(pair);
                why = "refused at joining: " + (guard == null ? "a guard on a neighbouring edge" : guard);
            }
            falseNegatives.computeIfAbsent(why, k -> new ArrayList<>()).add(ab[0] + " " + ab[1]);
        }
        double precision = predicted.isEmpty() ? 1 : tp / (double) predicted.size();
        double recall = truePairs.isEmpty() ? 1 : tp / (double) truePairs.size();
        System.out.printf(
                Locale.ROOT,
                "%ntruth: %d listings carry a UN reference, %d references, %d true pairs%n",
                refOf.size(),
                byRef.size(),
                truePairs.size());
        System.out.printf(
                Locale.ROOT,
                "pair precision %.4f (%d of %d; goal >= 0.995)   pair recall %.4f (%d of %d; goal >= 0.95)%n",
                precision,
                tp,
                predicted.size(),
                recall,
                tp,
                truePairs.size());
        System.out.printf(
                Locale.ROOT, "pairs in parties not judged (a listing without a UN reference): %d%n", unjudged);
        print("false pairs by cause", falsePositives, fp);
        print("missed pairs by cause", falseNegatives, truePairs.size() - tp);
    }

    /** The evidence kinds of the party that tie the two listings, as the cause of a false pair. */
    private static String cause(Party p, String a, String b) {
        Map<String, List<Evidence>> adjacent = new HashMap<>();
        for (Evidence e : p.evidence()) {
            adjacent.computeIfAbsent(e.listingA(), k -> new ArrayList<>()).add(e);
            adjacent.computeIfAbsent(e.listingB(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Evidence> via = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of(a));
        Set<String> seen = new HashSet<>(queue);
        for (int i = 0; i < queue.size() && !seen.contains(b); i++) {
            for (Evidence e : adjacent.getOrDefault(queue.get(i), List.of())) {
                String next = e.listingA().equals(queue.get(i)) ? e.listingB() : e.listingA();
                if (seen.add(next)) {
                    via.put(next, e);
                    queue.add(next);
                }
            }
        }
        Set<EvidenceKind> kinds = new java.util.TreeSet<>();
        for (String at = b; via.containsKey(at); ) {
            Evidence e = via.get(at);
            kinds.add(e.kind());
            at = e.listingA().equals(at) ? e.listingB() : e.listingA();
        }
        return "joined by " + kinds;
    }

    private static void print(String title, Map<String, List<String>> byCause, int total) {
        System.out.printf(Locale.ROOT, "%n%s (%d):%n", title, total);
        byCause.entrySet().stream()
                .sorted((x, y) ->
                        Integer.compare(y.getValue().size(), x.getValue().size()))
                .forEach(e -> {
                    System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue().size(), e.getKey());
                    e.getValue().stream()
                            .sorted()
                            .limit(SAMPLES)
                            .forEach(s -> System.out.printf(Locale.ROOT, "          %s%n", s));
                });
    }

    private static void sizes(Grouping grouping) {
        Map<Integer, Integer> bySize = new TreeMap<>();
        grouping.parties().forEach(p -> bySize.merge(p.listingIds().size(), 1, Integer::sum));
        Map<EvidenceKind, Integer> byKind = new TreeMap<>();
        grouping.parties().forEach(p -> p.evidence().forEach(e -> byKind.merge(e.kind(), 1, Integer::sum)));
        Map<RefusedEdge.Guard, Integer> refused = new TreeMap<>();
        grouping.refused().forEach(r -> refused.merge(r.guard(), 1, Integer::sum));
        System.out.printf(
                Locale.ROOT,
                "%nparties %d (without UN references); listings per party: %s%n",
                grouping.parties().size(),
                bySize);
        System.out.printf(Locale.ROOT, "evidence edges kept by kind: %s%n", byKind);
        System.out.printf(
                Locale.ROOT,
                "edges refused by guard: %s; identifier keys left out as shared within one list: %d%n",
                refused,
                grouping.ambiguousIdentifiers().size());
    }

    /** The parties the issue names, found by a word of their names, as a check of the output. */
    private static void cases(List<Entity> listings, Grouping grouping) {
        Map<String, Entity> byId = new HashMap<>();
        listings.forEach(e -> byId.put(e.id(), e));
        for (String word : List.of("ROTENBERG", "CHON MA SAN", "KIM JONG UN")) {
            System.out.printf(Locale.ROOT, "%nparties with a name containing \"%s\":%n", word);
            for (Party p : grouping.parties()) {
                boolean named = p.listingIds().stream()
                        .flatMap(id -> byId.get(id).names().stream())
                        .anyMatch(n -> n.full()
                                .toUpperCase(Locale.ROOT)
                                .replaceAll("[^A-Z ]", " ")
                                .replaceAll("\\s+", " ")
                                .contains(word));
                if (!named) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "  %s%n", p.id());
                for (String id : p.listingIds()) {
                    Entity e = byId.get(id);
                    System.out.printf(
                            Locale.ROOT,
                            "    %-34s %s %s%n",
                            id,
                            e.primaryName().full(),
                            e.birthDates().stream().map(d -> d.iso()).toList());
                }
                p.evidence().forEach(ev -> System.out.printf(Locale.ROOT, "    evidence: %s%n", ev));
            }
        }
    }
}
