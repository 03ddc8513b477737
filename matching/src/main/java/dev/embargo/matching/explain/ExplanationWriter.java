package dev.embargo.matching.explain;

import dev.embargo.lists.model.NameQuality;
import dev.embargo.matching.Explanation;
import dev.embargo.matching.score.FactCheck;
import dev.embargo.matching.score.MatchScorer;
import dev.embargo.matching.score.NameScore;
import dev.embargo.matching.score.ScoredName;
import dev.embargo.matching.score.TokenPair;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes why a listed party got its score: the one-line summary an analyst reads first and the parts behind
 * it. Written only for the matches reported, never for the candidates passed over, and only from what
 * scoring worked out: nothing here changes a score.
 */
public final class ExplanationWriter {
    private ExplanationWriter() {}

    /** A party found by an identifier written exactly as listed ({@code shown}: its type and value). */
    public static Explanation identifier(String shown) {
        return Explanation.withSummary("1.00: identifier " + shown + " matches exactly (an identifier match decides)")
                .queryReading("identifier")
                .identifier(shown)
                .build();
    }

    /** Two names compared of which no part agrees. */
    public static Explanation nothingAgrees() {
        return Explanation.withSummary("0.00: no part of the names agrees").build();
    }

    /** A party found by its name: which words paired and how, what was left over, and the facts. */
    public static Explanation name(ScoredName scored) {
        WeightedName q = scored.query();
        WeightedName n = scored.name();
        NameScore ns = scored.nameScore();
        List<Explanation.Pair> pairs = new ArrayList<>();
        boolean[] usedQ = new boolean[q.tokens().size()];
        boolean[] usedN = new boolean[n.tokens().size()];
        for (TokenPair p : ns.pairs()) {
            pairs.add(new Explanation.Pair(
                    span(q, p.queryFrom(), p.queryTo()),
                    span(n, p.nameFrom(), p.nameTo()),
                    p.rule().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    MatchScorer.round(p.similarity())));
            for (int i = p.queryFrom(); i < p.queryTo(); i++) {
                usedQ[i] = true;
            }
            for (int j = p.nameFrom(); j < p.nameTo(); j++) {
                usedN[j] = true;
            }
        }
        List<String> unmatchedQ = new ArrayList<>();
        for (int i = 0; i < usedQ.length; i++) {
            if (!usedQ[i]) {
                unmatchedQ.add(q.tokens().get(i).text());
            }
        }
        List<String> unmatchedN = new ArrayList<>();
        for (int j = 0; j < usedN.length; j++) {
            if (!usedN[j]) {
                unmatchedN.add(n.tokens().get(j).text());
            }
        }
        double score = scored.score();
        double nameScore = scored.weightedNameScore();
        StringBuilder summary = new StringBuilder(48)
                .append(TwoDecimals.of(score))
                .append(": name ")
                .append(TwoDecimals.of(nameScore));
        summary.append(" (")
                .append(pairs.size())
                .append(pairs.size() == 1 ? " part" : " parts")
                .append(" paired");
        if (!unmatchedQ.isEmpty()) {
            summary.append(", query words unmatched: ").append(String.join(" ", unmatchedQ));
        }
        if (!unmatchedN.isEmpty()) {
            summary.append(", listed words not in query: ").append(String.join(" ", unmatchedN));
        }
        summary.append(')');
        if (scored.listed().quality() == NameQuality.WEAK) {
            summary.append(", weak alias");
        }
        if (ns.lowered() != null) {
            summary.append(", lowered: ").append(ns.lowered());
        }
        if (ns.cap() != null) {
            summary.append(", capped: ").append(ns.cap());
        }
        for (FactCheck f : scored.facts()) {
            summary.append(", ")
                    .append(f.fact())
                    .append(' ')
                    .append(f.outcome())
                    .append(" (")
                    .append(TwoDecimals.signed(f.effect()))
                    .append(')');
        }
        String reading = scored.reading().reading();
        String queryReading = reading.equals("latin")
                ? "latin"
                : reading + ": " + scored.reading().text();
        // Every part is known here, so the record is made directly: this runs for every match reported, and a
        // builder would be one more object each.
        return new Explanation(
                summary.toString(),
                queryReading,
                List.copyOf(pairs),
                List.copyOf(unmatchedQ),
                List.copyOf(unmatchedN),
                MatchScorer.round(nameScore),
                ns.cap(),
                List.copyOf(scored.facts()),
                null);
    }

    private static String span(WeightedName name, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(name.tokens().get(i).text());
        }
        return sb.toString();
    }
}
