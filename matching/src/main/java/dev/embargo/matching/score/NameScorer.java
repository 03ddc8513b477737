package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query name against one listed name: pairs their words (each word used at most once, joined
 * words allowed), then weighs what was paired against what was left over on either side.
 *
 * <p>score = queryCoverage × (λ + (1 − λ) × nameCoverage). Words of the query that found no partner count
 * fully against the match; words of the listed name that the query left out count less, by a λ per kind of
 * party: larger for people, who are often named without middle names or patronymics, than for people with
 * names of short syllables, and smallest for organisations, vessels and aircraft, whose names are rarely
 * shortened. Then caps: a match on legal forms or particles alone is no match; a one-word query against a
 * longer name ("Emma" / EMMA LLC, "Vladimir" / PUTIN, Vladimir Vladimirovich) is never a full match; numbers
 * that disagree ("Snow Storm 1" / "Snow Storm 2") hold it low. The values and their reasons:
 * {@link ScoringPolicy.NameCoverage}.
 */
public final class NameScorer {
    private static final ScoringPolicy.NameCoverage POLICY = ScoringPolicy.DEFAULT.names();
    private static final ScoringPolicy.WordSimilarity JOINED = ScoringPolicy.DEFAULT.similarity();
    private static final double LAMBDA_PERSON = POLICY.lambdaPerson();
    private static final double LAMBDA_SYLLABIC_PERSON = POLICY.lambdaSyllabicPerson();
    private static final double LAMBDA_OTHER = POLICY.lambdaOther();
    private static final double SINGLE_WORD_CAP = POLICY.singleWordCap();
    private static final double NUMBER_MISMATCH_CAP = POLICY.numberMismatchCap();
    /**
     * How much a person's listed word left out between the name's first word and a later word, both paired,
     * counts in a name of at least {@link #MIDDLE_WORDS_FROM} words, against a listed word left out anywhere
     * else, which counts fully: a left-out first word is a given name, not a middle one (Muammar Qadhafi is not
     * his daughter). Not in names of short syllables.
     */
    private static final double MIDDLE_WORD_FACTOR = POLICY.middleWordFactor();

    private static final int MIDDLE_WORDS_FROM = POLICY.middleWordsFrom();
    private static final double JOINED_VOWELLESS = JOINED.joinedVowelless();
    private static final double JOINED_SAME = JOINED.joinedSame();
    private static final double JOINED_MIN_EDIT = JOINED.joinedMinEdit();
    private static final double JOINED_EDIT_FACTOR = JOINED.joinedEditFactor();

    private NameScorer() {}

    /**
     * @param query         the query's tokens with their weights (and joined forms)
     * @param name          the listed name's tokens with their weights
     * @param person        the listed party is a person
     * @param transliterated the query was read from another script
     */
    public static NameScore score(WeightedName query, WeightedName name, boolean person, boolean transliterated) {
        Token[] q = query.words();
        Token[] n = name.words();
        if (q.length == 0 || n.length == 0) {
            return NameScore.ZERO;
        }
        List<TokenPair> candidates = new ArrayList<>();
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < n.length; j++) {
                TokenSimilarity.Result r = TokenSimilarity.compare(q[i], n[j], transliterated);
                if (r.rule() != null) {
                    candidates.add(new TokenPair(i, i + 1, j, j + 1, r.similarity(), r.rule()));
                }
            }
            addJoined(candidates, q[i], i, query.digest(), name.joined2(), 2, name.digest(), n.length, false);
            addJoined(candidates, q[i], i, query.digest(), name.joined3(), 3, name.digest(), n.length, false);
        }
        for (int j = 0; j < n.length; j++) {
            addJoined(candidates, n[j], j, name.digest(), query.joined2(), 2, query.digest(), q.length, true);
            addJoined(candidates, n[j], j, name.digest(), query.joined3(), 3, query.digest(), q.length, true);
        }
        if (candidates.isEmpty()) {
            return NameScore.ZERO;
        }
        // Greedy assignment, most alike first (an exact pair is never given up for a looser one that covers
        // more words), then the pair covering more listed weight.
        int[] order = greedyOrder(candidates, name);
        boolean[] usedQ = new boolean[q.length];
        boolean[] usedN = new boolean[n.length];
        List<TokenPair> pairs = new ArrayList<>(Math.min(q.length, n.length));
        for (int c = 0; c < order.length; c++) {
            TokenPair p = candidates.get(order[c]);
            if (anyUsed(usedQ, p.queryFrom(), p.queryTo()) || anyUsed(usedN, p.nameFrom(), p.nameTo())) {
                continue;
            }
            mark(usedQ, p.queryFrom(), p.queryTo());
            mark(usedN, p.nameFrom(), p.nameTo());
            pairs.add(p);
        }
        pairs.sort((a, b) -> Integer.compare(a.queryFrom(), b.queryFrom()));

        double matched = 0;
        double matchedWeight = 0;
        // What initials leave of the listed words they pair with, counted as left out (below).
        double initialsLeave = 0;
        boolean informativeMatched = false;
        for (int c = 0; c < pairs.size(); c++) {
            TokenPair p = pairs.get(c);
            double w = 0;
            for (int j = p.nameFrom(); j < p.nameTo(); j++) {
                w += name.weights()[j];
                TokenKind k = n[j].kind();
                informativeMatched |=
                        k == TokenKind.WORD || k == TokenKind.NUMBER || k == TokenKind.INITIAL && p.similarity() >= 1;
            }
            if (p.rule() == MatchRule.INITIAL && q[p.queryFrom()].kind() == TokenKind.INITIAL) {
                // A query's initial agrees with its listed word's first letter and tells nothing of the rest: it
                // counts, fully, as much as the lighter of the two weighs, and the rest of a heavier listed word
                // counts as left out. Counted as a partly wrong word instead, every initial would lower the
                // score: "S. V. Lavrov" would score under "S. Lavrov" for Sergei Viktorovich LAVROV. A listed
                // initial met by a query's word stays a partly wrong word: the query's word says more than the
                // initial confirms ("Tanker" is not confirmed by a listed T).
                double agreed = Math.min(w, query.weights()[p.queryFrom()]);
                matched += agreed;
                matchedWeight += agreed;
                initialsLeave += w - agreed;
                continue;
            }
            matched += w * p.similarity();
            matchedWeight += w;
        }
        if (!informativeMatched) {
            return new NameScore(0, pairs, 0, 0, "only legal forms or particles agree");
        }
        double unmatchedQ = 0;
        int informativeQuery = 0;
        boolean queryNumberLeft = false;
        for (int i = 0; i < q.length; i++) {
            TokenKind k = q[i].kind();
            if (k == TokenKind.WORD || k == TokenKind.NUMBER) {
                informativeQuery++;
            }
            if (!usedQ[i]) {
                unmatchedQ += query.weights()[i];
                queryNumberLeft |= k == TokenKind.NUMBER;
            }
        }
        double unmatchedN = 0;
        int informativeName = 0;
        boolean nameNumberLeft = false;
        boolean syllabic = person && syllabic(n);
        int lastUsed = lastSet(usedN);
        for (int j = 0; j < n.length; j++) {
            TokenKind k = n[j].kind();
            if (k == TokenKind.WORD || k == TokenKind.NUMBER) {
                informativeName++;
            }
            if (!usedN[j]) {
                unmatchedN += name.weights()[j] * leftOutFactor(person && !syllabic, n.length, usedN[0], lastUsed, j);
                nameNumberLeft |= k == TokenKind.NUMBER;
            }
        }
        // Listed words left out whole (what initials leave of theirs is not a word left out).
        boolean nameWordLeftOut = unmatchedN > 0;
        unmatchedN += initialsLeave;
        double queryCoverage = matched / (matchedWeight + unmatchedQ);
        double nameCoverage = matched / (matchedWeight + unmatchedN);
        double lambda = !person ? LAMBDA_OTHER : syllabic ? LAMBDA_SYLLABIC_PERSON : LAMBDA_PERSON;
        double score = queryCoverage * (lambda + (1 - lambda) * nameCoverage);
        String cap = null;
        if ((queryNumberLeft || nameNumberLeft)
                && score > NUMBER_MISMATCH_CAP
                && (queryNumberLeft && nameNumberLeft || hasNumber(q) && hasNumber(n))) {
            score = NUMBER_MISMATCH_CAP;
            cap = "numbers differ";
        }
        if (informativeQuery <= 1 && nameWordLeftOut && score > SINGLE_WORD_CAP) {
            score = SINGLE_WORD_CAP;
            cap = "one-word query against a longer name";
        }
        return new NameScore(score, java.util.Collections.unmodifiableList(pairs), queryCoverage, nameCoverage, cap);
    }

    /**
     * A bound that {@link #score} never exceeds, from which words can pair at all, told from the words' kinds,
     * hash codes, lengths and letter sets without working out a similarity. A query word that can pair with
     * nothing of the name counts fully against the query's coverage, a listed word that nothing can pair
     * with against the name's: score = queryCoverage × (λ + (1 − λ) × nameCoverage) stays under the same
     * formula with every pairable listed word fully matched and the largest λ. Screening passes over names
     * this holds below its threshold: in documents most candidates share one common word with a span
     * ("Olga" in "Olga Okafor") and nothing else, and telling them apart this way spares their edit distances
     * and pairings ({@code NameScorerBoundTest} checks the bound against the score).
     */
    public static double bound(WeightedName query, WeightedName name, boolean person) {
        return bound(query, name.digest(), name.words().length, person);
    }

    /**
     * {@link #bound(WeightedName, WeightedName, boolean)} for the listed name of {@code nameWords} words whose
     * {@link WeightedName#digest} is {@code dn}, passed apart so that screening reads it without the name.
     */
    public static double bound(WeightedName query, int[] dn, int nameWords, boolean person) {
        int queryWords = query.words().length;
        if (queryWords == 0 || nameWords == 0) {
            return 0;
        }
        if (queryWords > 63 || nameWords > 63) {
            return 1;
        }
        int[] dq = query.digest();
        long allQuery = -1L >>> (64 - queryWords);
        long allName = -1L >>> (64 - nameWords);
        long queryPairable = 0;
        long namePairable = 0;
        // A test whose two words are both known to pair already can tell nothing more, and is skipped.
        for (int i = 0; i < queryWords; i++) {
            int qi = i * TokenDigest.SIZE;
            long queryBit = 1L << i;
            for (int j = 0; j < nameWords; j++) {
                long nameBit = 1L << j;
                if (((queryPairable & queryBit) == 0 || (namePairable & nameBit) == 0)
                        && TokenDigest.mayPair(dq, qi, dn, j * TokenDigest.SIZE)) {
                    queryPairable |= queryBit;
                    namePairable |= nameBit;
                }
            }
            if ((queryPairable & queryBit) == 0 || namePairable != allName) {
                long byNameJoined = joinedPairable(dq, qi, dn, nameWords);
                if (byNameJoined != 0) {
                    queryPairable |= queryBit;
                    namePairable |= byNameJoined;
                }
            }
        }
        for (int j = 0; j < nameWords; j++) {
            if ((namePairable & (1L << j)) != 0 && queryPairable == allQuery) {
                continue;
            }
            long byQueryJoined = joinedPairable(dn, j * TokenDigest.SIZE, dq, queryWords);
            if (byQueryJoined != 0) {
                namePairable |= 1L << j;
                queryPairable |= byQueryJoined;
            }
        }
        if (queryPairable == allQuery && namePairable == allName) {
            return 1;
        }
        double unpairedQuery = 0;
        for (int i = 0; i < queryWords; i++) {
            if ((queryPairable & (1L << i)) == 0) {
                unpairedQuery += TokenDigest.weight(dq, i);
            }
        }
        double pairable = 0;
        double unpairedName = 0;
        // The score's middle words lie between the name's first word and a later word, both paired, so
        // pairable: the same rule over the pairable words (and without the score's test of short syllables)
        // counts every word the score may count as a middle word as one.
        boolean firstPairable = (namePairable & 1) != 0;
        int lastPairable = 63 - Long.numberOfLeadingZeros(namePairable);
        for (int j = 0; j < nameWords; j++) {
            float w = TokenDigest.weight(dn, j);
            if ((namePairable & (1L << j)) != 0) {
                pairable += w;
            } else {
                unpairedName += w * leftOutFactor(person, nameWords, firstPairable, lastPairable, j);
            }
        }
        if (pairable <= 0 || !(unpairedQuery > 0 || unpairedName > 0)) {
            return 1;
        }
        double queryCoverage = pairable / (pairable + unpairedQuery);
        double nameCoverage = pairable / (pairable + unpairedName);
        double lambda = person ? Math.max(LAMBDA_PERSON, LAMBDA_SYLLABIC_PERSON) : LAMBDA_OTHER;
        // A hair above: the score sums the same weights in another order.
        return queryCoverage * (lambda + (1 - lambda) * nameCoverage) * (1 + 1e-9);
    }

    /**
     * The bits of the words that make up the joined words of {@code other} (of {@code otherWords} words; its
     * digest, {@code dOther}) able to pair with the word at {@code single} of {@code dSingle}
     * ({@link TokenDigest#mayPairJoined}, the first test of {@link #addJoined}); 0 when none can.
     */
    private static long joinedPairable(int[] dSingle, int single, int[] dOther, int otherWords) {
        long bits = 0;
        for (int span = 2; span <= 3; span++) {
            int at = TokenDigest.joinedAt(otherWords, span) * TokenDigest.SIZE;
            for (int k = 0; k + span <= otherWords; k++, at += TokenDigest.SIZE) {
                if (TokenDigest.kind(dOther, at) != TokenDigest.ABSENT
                        && TokenDigest.mayPairJoined(dSingle, single, dOther, at)) {
                    bits |= ((1L << span) - 1) << k;
                }
            }
        }
        return bits;
    }

    /**
     * The candidate pairs' indices by similarity, highest first, then by {@link #pairValue}, highest first;
     * equal ones keep their order (a stable sort). Each value is worked out once, not at every comparison.
     */
    private static int[] greedyOrder(List<TokenPair> candidates, WeightedName name) {
        int k = candidates.size();
        double[] similarity = new double[k];
        double[] value = new double[k];
        for (int c = 0; c < k; c++) {
            TokenPair p = candidates.get(c);
            similarity[c] = p.similarity();
            value[c] = pairValue(p, name);
        }
        int[] order = new int[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        if (k <= 48) {
            // Insertion sort: stable, and quickest for the few pairs a name has.
            for (int i = 1; i < k; i++) {
                int x = order[i];
                int j = i - 1;
                while (j >= 0 && before(x, order[j], similarity, value)) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
            return order;
        }
        Integer[] boxed = new Integer[k];
        for (int c = 0; c < k; c++) {
            boxed[c] = c;
        }
        java.util.Arrays.sort(
                boxed, (a, b) -> before(a, b, similarity, value) ? -1 : before(b, a, similarity, value) ? 1 : 0);
        for (int c = 0; c < k; c++) {
            order[c] = boxed[c];
        }
        return order;
    }

    /** Whether candidate {@code a} strictly goes before {@code b}. */
    private static boolean before(int a, int b, double[] similarity, double[] value) {
        int c = Double.compare(similarity[a], similarity[b]);
        return c != 0 ? c > 0 : Double.compare(value[a], value[b]) > 0;
    }

    /**
     * The most {@link #score} can give, known from word counts alone: a query of {@code queryWords} words, at
     * most one of them a name word or number, against a listed name of more than three times as many words
     * (each query word pairs with at most three listed words written together, so some listed word is left
     * over) is held at the one-word cap. Lets screening pass over names that cannot reach its threshold.
     */
    public static double ceiling(int queryWords, int informativeQueryWords, int nameWords) {
        return informativeQueryWords <= 1 && nameWords > 3 * queryWords ? SINGLE_WORD_CAP : 1;
    }

    /**
     * {@link #ceiling(int, int, int)}, and for a query of a single word against a name of two or three: that
     * word makes at most one pair, so it leaves a listed word unmatched (and the score at the one-word cap)
     * unless it pairs with all of the name's words written together, which {@link #score} only tries when
     * they begin alike ("Kimjongun" / Kim Jong Un). Documents are full of single capitalised words
     * ("Reuters", "Jansen") whose candidates are mostly such names. {@code nameWords} is the name's word
     * count, passed apart so that most candidates are ruled in or out without reading the name itself, and the
     * name's {@link WeightedName#digest} is read rather than its joined words.
     */
    public static double ceiling(WeightedName query, int informativeQueryWords, int nameWords, int[] nameDigest) {
        int queryWords = query.tokens().size();
        double byCounts = ceiling(queryWords, informativeQueryWords, nameWords);
        if (byCounts < 1 || informativeQueryWords > 1 || queryWords != 1 || nameWords < 2 || nameWords > 3) {
            return byCounts;
        }
        // The name's words all written together: its first joined pair (two words) or triple (three).
        int whole = TokenDigest.joinedAt(nameWords, nameWords) * TokenDigest.SIZE;
        return TokenDigest.kind(nameDigest, whole) != TokenDigest.ABSENT
                        && TokenDigest.mayPairJoined(query.digest(), 0, nameDigest, whole)
                ? 1
                : SINGLE_WORD_CAP;
    }

    /**
     * How much listed word {@code j}, left out, counts against a name of {@code nameWords} words whose first word
     * is paired or not and whose last paired word is {@code lastPaired}: {@link #MIDDLE_WORD_FACTOR} for a middle
     * word when {@code middleNames} (a person, and for the score not a name of short syllables), else fully.
     */
    private static double leftOutFactor(
            boolean middleNames, int nameWords, boolean firstPaired, int lastPaired, int j) {
        boolean middle = middleNames && nameWords >= MIDDLE_WORDS_FROM && firstPaired && j < lastPaired;
        return middle ? MIDDLE_WORD_FACTOR : 1;
    }

    /** The last true index, or -1 when none is. */
    private static int lastSet(boolean[] used) {
        for (int i = used.length - 1; i >= 0; i--) {
            if (used[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Three or more name words, none longer than four letters: the shape of Korean and Chinese names. */
    private static boolean syllabic(Token[] tokens) {
        int words = 0;
        for (int i = 0; i < tokens.length; i++) {
            Token t = tokens[i];
            if (t.kind() == TokenKind.WORD) {
                if (t.text().length() > 4) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    private static boolean hasNumber(Token[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].kind() == TokenKind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    private static double pairValue(TokenPair p, WeightedName name) {
        double w = 0;
        for (int j = p.nameFrom(); j < p.nameTo(); j++) {
            w += name.weights()[j];
        }
        return p.similarity() * (0.5 + w);
    }

    /**
     * The pairs of {@code single} (word {@code index}; its name's digest {@code singleDigest}) with the other
     * name's words written together, {@code span} at a time ({@code joined}; that name has {@code otherWords}
     * words and the digest {@code joinedDigest}).
     */
    private static void addJoined(
            List<TokenPair> out,
            Token single,
            int index,
            int[] singleDigest,
            Token[] joined,
            int span,
            int[] joinedDigest,
            int otherWords,
            boolean singleIsName) {
        int joinedFrom = TokenDigest.joinedAt(otherWords, span);
        for (int k = 0; k < joined.length; k++) {
            Token j = joined[k];
            if (j == null) {
                continue;
            }
            boolean vowelless = single.vowelless() || j.vowelless();
            // Words written together start with the same letter (consonant, where vowels are not written) and
            // are about as long.
            if (!TokenDigest.mayPairJoined(
                    singleDigest, index * TokenDigest.SIZE, joinedDigest, (joinedFrom + k) * TokenDigest.SIZE)) {
                continue;
            }
            double sim;
            if (vowelless) {
                TokenSimilarity.Result r = TokenSimilarity.compare(single, j, true);
                sim = r.rule() == null ? 0 : r.similarity() * JOINED_VOWELLESS;
            } else if (single.sameText(j) || single.sameVariant(j)) {
                sim = JOINED_SAME;
            } else {
                double e = 0;
                if (single.textLength() >= 6
                        && TokenSimilarity.mayBeClose(
                                single.textLetters(), j.textLetters(), single.textLength(), j.textLength())) {
                    e = TokenSimilarity.editSimilarity(single.text(), j.text());
                    // Words that are their own variant keys have the same similarity as keys.
                    if (!single.variantIsText() || !j.variantIsText()) {
                        e = Math.max(e, TokenSimilarity.editSimilarity(single.variant(), j.variant()));
                    }
                }
                sim = e >= JOINED_MIN_EDIT ? e * JOINED_EDIT_FACTOR : 0;
            }
            if (sim >= TokenSimilarity.MIN_PAIR) {
                out.add(
                        singleIsName
                                ? new TokenPair(k, k + span, index, index + 1, sim, MatchRule.JOINED)
                                : new TokenPair(index, index + 1, k, k + span, sim, MatchRule.JOINED));
            }
        }
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
