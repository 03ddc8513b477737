package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.AcronymHolders;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Builds a {@link CandidateIndex}: analyses every listed name into its readings, counts how many parties use
 * each word, weighs the words by it and files every name under its words' keys.
 */
final class CandidateIndexBuilder {
    private CandidateIndexBuilder() {}

    static CandidateIndex build(EntityTable entities) {
        NameAnalyzer analyzer = new NameAnalyzer();
        List<Entity> all = entities.all();
        // Normalise every name of every entity (in parallel: the lists hold ~100k names).
        List<Integer> ownerOf = new ArrayList<>();
        List<Name> sourceOf = new ArrayList<>();
        // Names are numbered in an order of the lists' own (listing id, then the name as written), not the order
        // the entities and names came in: the ranking keeps a party's best names and breaks ties by this number,
        // so the same lists in another order must rank, and report, alike.
        Integer[] canonical = IntStream.range(0, all.size())
                .boxed()
                .sorted(java.util.Comparator.comparing(e -> all.get(e).id()))
                .toArray(Integer[]::new);
        for (int e : canonical) {
            List<Name> names = new ArrayList<>(all.get(e).names());
            names.sort(java.util.Comparator.comparing(Name::full).thenComparing(Name::type));
            for (Name n : names) {
                ownerOf.add(e);
                sourceOf.add(n);
            }
        }
        // Each distinct spelling is analysed once (analysis is a pure function of it): a party on several lists,
        // and aliases shared between parties, make many names repeats.
        Map<String, Integer> spellingIndex = new HashMap<>();
        List<String> spellings = new ArrayList<>();
        int[] spellingOf = new int[sourceOf.size()];
        for (int i = 0; i < sourceOf.size(); i++) {
            String full = sourceOf.get(i).full();
            Integer known = spellingIndex.putIfAbsent(full, spellings.size());
            if (known == null) {
                spellingOf[i] = spellings.size();
                spellings.add(full);
            } else {
                spellingOf[i] = known;
            }
        }
        // With their joined words (their variant keys are most of the work after the readings), weighed below.
        float[] unweighted = new float[0];
        List<List<WeightedName>> analysedSpellings = IntStream.range(0, spellings.size())
                .parallel()
                .mapToObj(i -> {
                    List<AnalyzedName> readings = analyzer.analyzeListed(spellings.get(i));
                    List<WeightedName> out = new ArrayList<>(readings.size());
                    for (AnalyzedName a : readings) {
                        out.add(WeightedName.of(a, unweighted));
                    }
                    return out;
                })
                .toList();
        List<WeightedName> flat = new ArrayList<>();
        List<Integer> flatOwner = new ArrayList<>();
        List<Name> flatSource = new ArrayList<>();
        for (int i = 0; i < sourceOf.size(); i++) {
            for (WeightedName a : analysedSpellings.get(spellingOf[i])) {
                flat.add(a);
                flatOwner.add(ownerOf.get(i));
                flatSource.add(sourceOf.get(i));
            }
        }
        // Organisations are read by their acronyms too: filed after every other name, so that those keep their
        // numbers, and left out of the word counts below (an acronym is no word any listed name is written with).
        int ownNames = flat.size();
        AcronymHolders acronyms = AcronymReadings.append(
                entities,
                ownerOf,
                sourceOf,
                spellingOf,
                spellings,
                analysedSpellings,
                analyzer,
                flat,
                flatOwner,
                flatSource);

        // The common pool files every name under its words' variant keys, and under their consonant skeletons,
        // while this thread counts document frequencies and weighs the names: the two do not depend on each
        // other, and the second core would otherwise be idle.
        CompletableFuture<Postings.Builder> variantKeys = CompletableFuture.supplyAsync(() -> variantKeys(flat));
        CompletableFuture<Postings> skeletons = CompletableFuture.supplyAsync(() -> skeletons(flat));

        // Document frequency of each word's romanisation key, counted once per entity.
        Map<String, Integer> df = new HashMap<>();
        int lastEntity = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ownNames; i++) {
            if (flatOwner.get(i) != lastEntity) {
                seen.clear();
                lastEntity = flatOwner.get(i);
            }
            for (Token t : flat.get(i).tokens()) {
                if (seen.add(t.variant())) {
                    df.merge(t.variant(), 1, Integer::sum);
                }
            }
        }
        double logN = Math.log(all.size() + 1.0);
        WeightedName[] weighted = new WeightedName[flat.size()];
        int[] owner = new int[flat.size()];
        Name[] source = new Name[flat.size()];
        // A repeated spelling's analysis weighs the same wherever it stands (weights depend on its words alone):
        // weighed once, and shared.
        Map<WeightedName, WeightedName> weighedOnce = new IdentityHashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            WeightedName a = flat.get(i);
            weighted[i] = weighedOnce.computeIfAbsent(a, unweighed -> {
                float[] w = new float[unweighed.tokens().size()];
                for (int t = 0; t < w.length; t++) {
                    Token token = unweighed.tokens().get(t);
                    w[t] = WordWeight.of(
                            token, token.kind() == TokenKind.WORD ? df.getOrDefault(token.variant(), 0) : 0, logN);
                }
                return unweighed.withWeights(w);
            });
            owner[i] = flatOwner.get(i);
            source[i] = flatSource.get(i);
        }
        return new CandidateIndex(
                entities,
                owner,
                source,
                weighted,
                variantKeys.join().build(df),
                skeletons.join(),
                Collections.unmodifiableMap(df),
                analyzer,
                acronyms);
    }

    /** Each name under the variant keys of its words (not legal forms or particles) and of its joined words. */
    private static Postings.Builder variantKeys(List<WeightedName> names) {
        Postings.Builder variant = new Postings.Builder();
        for (int i = 0; i < names.size(); i++) {
            WeightedName a = names.get(i);
            for (Token t : a.tokens()) {
                if (t.kind() == TokenKind.LEGAL_FORM || t.kind() == TokenKind.PARTICLE) {
                    continue;
                }
                variant.add(t.variant(), i);
            }
            for (Token[] joined : new Token[][] {a.joined2(), a.joined3()}) {
                for (Token j : joined) {
                    if (j != null) {
                        variant.add(j.variant(), i);
                    }
                }
            }
        }
        return variant;
    }

    /** Each name under the consonant skeletons of its words of two consonants or more. */
    private static Postings skeletons(List<WeightedName> names) {
        Postings.Builder skeleton = new Postings.Builder();
        for (int i = 0; i < names.size(); i++) {
            for (Token t : names.get(i).tokens()) {
                if (t.kind() == TokenKind.WORD && t.skeleton().length() >= 2) {
                    skeleton.add(t.skeleton(), i);
                }
            }
        }
        return skeleton.build();
    }
}
