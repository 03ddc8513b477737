package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.GenderedGivenNames;
import dev.embargo.matching.name.LegalForms;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a query name against one listed name: pairs their words (each word used at most once, joined
 * words allowed), then weighs what was paired against what was left over on either side.
 *
 * <p>score = queryCoverage × (λ + (1 − λ) × queryMiddleCoverage) × (λ + (1 − λ) × nameCoverage). Words of the
 * query that found no partner count fully against the match; words of the listed name that the query left out
 * count less, by a λ per kind of party: larger for people, who are often named without middle names or
 * patronymics, than for people with names of short syllables, and smallest for organisations, vessels and
 * aircraft, whose names are rarely shortened. A person's middle names that only the query gives count as the
 * listed name's do. A listed person's first given or first family name left out while the query's other words
 * are all in the name counts against the query as well (a relative's name). Then caps: a match on legal forms or particles alone is no match; a one-word query against a
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
    private static final double GIVEN_MISSING_FACTOR = POLICY.givenMissingFactor();
    private static final double ORDER_CAP = POLICY.patronymicOrderCap();
    private static final double LEGAL_FORM_KIND_CAP = POLICY.legalFormKindCap();
    private static final double PART_FAMILY_CAP = POLICY.partFamilyCap();
    private static final double WORD_IN_PLACE_CAP = POLICY.wordInPlaceCap();
    /** Words that say "son (daughter) of": what follows is the father's name, what precedes the child's. */
    private static final java.util.Set<String> PATRONYMIC_PARTICLES =
            java.util.Set.of("bin", "ibn", "bint", "ben", "binti", "bte", "ould", "walad");

    /** Their spellings' hash codes, for the bound, which reads hash codes rather than words. */
    private static final int[] PATRONYMIC_HASHES =
            PATRONYMIC_PARTICLES.stream().mapToInt(String::hashCode).toArray();

    private static final double JOINED_VOWELLESS = JOINED.joinedVowelless();
    private static final double JOINED_SAME = JOINED.joinedSame();
    /** A word against the article and the name after it written apart (Lazhar / Al-Azhar): a vowel's spelling. */
    private static final double ELIDED_ARTICLE = JOINED.vowelVariant();

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
                if (r.rule() != null
                        && !(!person && looseCodePair(r.rule(), q[i], n[j]))
                        && !(person && otherSexGivenNames(r.rule(), query, i, name, j))) {
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
        // The listed words met by the query's initials, as bits by position.
        long metByInitials = 0;
        // What query words paired with listed initials say beyond them, counted as query words left over.
        double wordsBeyondInitials = 0;
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
                for (int j = p.nameFrom(); j < p.nameTo() && j < 64; j++) {
                    metByInitials |= 1L << j;
                }
                continue;
            }
            if (p.rule() == MatchRule.INITIAL) {
                // A listed initial met by a query's word confirms the first letter only: what the query's word
                // says beyond the initial's weight is not confirmed by the list, and counts as a query word
                // left over ("Adam Smith" is not shown to be A. SMITH).
                wordsBeyondInitials += Math.max(0, query.weights()[p.queryFrom()] - w);
            }
            matched += w * p.similarity();
            matchedWeight += w;
        }
        if (!informativeMatched) {
            return new NameScore(0, pairs, 0, 0, "only legal forms or particles agree");
        }
        double unmatchedQ = wordsBeyondInitials;
        // The query's middle names and repeated words left out, weighed as the listed name's are.
        double queryMiddle = 0;
        // The query's middle names and initials left out, by their whole weight (not repeats).
        double queryMiddleNames = 0;
        int informativeQuery = 0;
        boolean queryNumberLeft = false;
        boolean queryWordLeftOut = false;
        boolean querySyllabic = syllabic(q) || readFromSyllables(query);
        int lastUsedQ = lastSet(usedQ);
        boolean[] queryLinks = person && !querySyllabic ? leftOutLinks(q, usedQ) : null;
        boolean listedWhollyGiven =
                person && !querySyllabic && listedWhollyGiven(query, n, usedN, pairs, name.keyWords(), lastUsedQ);
        // The kinds of company the legal forms of either side say (LegalForms.kind), as bits.
        int queryFormKinds = 0;
        for (int i = 0; i < q.length; i++) {
            TokenKind k = q[i].kind();
            if (k == TokenKind.LEGAL_FORM) {
                queryFormKinds |= LegalForms.kind(q[i].text());
            }
            if (k == TokenKind.WORD || k == TokenKind.NUMBER) {
                informativeQuery++;
            }
            if (!usedQ[i]) {
                // A legal form is no part of a person's name: against a listed person, the query's "Sa" or "AG"
                // is a name word of its own (Mateo Sá) or says the query is a company, and either way it is a
                // word the list does not give.
                queryWordLeftOut |= k == TokenKind.WORD || person && k == TokenKind.LEGAL_FORM;
                if (repeatsPaired(q, usedQ, i)) {
                    queryMiddle += query.weights()[i] * middleFactor(q.length);
                } else if (queryMiddle(person && !querySyllabic, q.length, usedQ[0], lastUsedQ, i)
                        || listedWhollyGiven && i > lastUsedQ && k == TokenKind.WORD
                        || queryLinks != null && queryLinks[i]) {
                    queryMiddle += query.weights()[i] * middleFactor(q.length);
                    if (k == TokenKind.WORD || k == TokenKind.INITIAL) {
                        queryMiddleNames += query.weights()[i];
                    }
                } else {
                    unmatchedQ += query.weights()[i];
                }
                queryNumberLeft |= k == TokenKind.NUMBER;
            }
        }
        double unmatchedN = 0;
        // The listed middle names and initials left out, by their whole weight (not repeats).
        double nameMiddleNames = 0;
        boolean nameNamesLeftOut = false;
        // A listed word (not a legal form, particle or initial) that found no partner, a repeat or not.
        boolean nameAnyWordLeftOut = false;
        int informativeName = 0;
        boolean nameNumberLeft = false;
        boolean syllabic = person && syllabic(n);
        int lastUsed = lastSet(usedN);
        boolean[] nameLinks = person && !syllabic ? leftOutLinks(n, usedN) : null;
        int nameFormKinds = 0;
        for (int j = 0; j < n.length; j++) {
            TokenKind k = n[j].kind();
            if (k == TokenKind.LEGAL_FORM) {
                nameFormKinds |= LegalForms.kind(n[j].text());
            }
            if (k == TokenKind.WORD || k == TokenKind.NUMBER) {
                informativeName++;
            }
            if (!usedN[j]) {
                double factor = repeatsPaired(n, usedN, j)
                        ? middleFactor(n.length)
                        : leftOutFactor(person && !syllabic, n.length, usedN[0], lastUsed, j);
                if (nameLinks != null && nameLinks[j]) {
                    factor = Math.min(factor, middleFactor(n.length));
                }
                unmatchedN += name.weights()[j] * factor;
                if (!repeatsPaired(n, usedN, j) && (k == TokenKind.WORD || k == TokenKind.INITIAL)) {
                    nameNamesLeftOut = true;
                    if (factor < 1) {
                        nameMiddleNames += name.weights()[j];
                    }
                }
                nameNumberLeft |= k == TokenKind.NUMBER;
                nameAnyWordLeftOut |= k == TokenKind.WORD;
            }
        }
        if (queryMiddleNames > 0 && nameNamesLeftOut && !leftOutSpelledAlike(q, usedQ, n, usedN)) {
            // A middle name of the query's not found in the listed name, while the listed name has a name of its
            // own the query does not give: not a middle name the list did not record but another name in its
            // place ("Jose Mike FITCH TOVAR" / FITCH TOVAR, Jose Manuel; "Vladimir Ivanovich Putin" / Vladimir
            // Vladimirovich PUTIN). The words of either side count in full, as any word the other does not have:
            // a name that differs in one word of its four is another person far more often than the same person
            // under two middle names. Not where a word left out on one side has the consonants of one left out
            // on the other (Amor / Omar, Sergeevna / Syargeyeuna): that is one name in two romanisations.
            queryMiddle -= queryMiddleNames * middleFactor(q.length);
            unmatchedQ += queryMiddleNames;
            unmatchedN += nameMiddleNames * (1 - MIDDLE_WORD_FACTOR);
        }
        // Listed words left out whole (what initials leave of theirs is not a word left out).
        boolean nameWordLeftOut = unmatchedN > 0;
        unmatchedN += initialsLeave;
        double keyMissing =
                person && !syllabic && informativeQuery >= 2 && n.length >= 3 ? keyWordsMissing(name, usedN) : 0;
        boolean givenMissing = keyMissing > 0;
        if (givenMissing) {
            // The query's words are in the listed name, but not its first given name or first family name:
            // another member of the family ("Muammar Qadhafi" for AISHA MUAMMAR QADHAFI, "Mario Martinez" for
            // MARTINEZ CASAS, Carlos Mario, "Martin Lopez" for ROMO LOPEZ, Martin). The missing word counts
            // against the query too, as a word the query gives another in its place.
            unmatchedQ += keyMissing * GIVEN_MISSING_FACTOR;
        }
        double queryCoverage = matched / (matchedWeight + unmatchedQ);
        // By weight alone: how alike the paired words are is already in the two coverages.
        double queryMiddleCoverage = matchedWeight / (matchedWeight + queryMiddle);
        double nameCoverage = matched / (matchedWeight + unmatchedN);
        double lambda = !person ? LAMBDA_OTHER : syllabic ? LAMBDA_SYLLABIC_PERSON : LAMBDA_PERSON;
        // A middle name or patronymic only the query gives costs what the same word costs when only the list
        // gives it: "Vladimir Vladimirovich Putin" and VLADIMIR PUTIN score alike both ways.
        double score =
                queryCoverage * (lambda + (1 - lambda) * queryMiddleCoverage) * (lambda + (1 - lambda) * nameCoverage);
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
        if (score > ORDER_CAP && person && (syllabic || querySyllabic) && syllablesTurned(pairs)) {
            score = ORDER_CAP;
            cap = "the syllables are in another order";
        }
        if (score > ORDER_CAP && person && patronymicTurned(q, n, pairs)) {
            score = ORDER_CAP;
            cap = "the names on either side of bin/ibn are the other way round";
        }
        if (person && informativeName <= 1 && queryWordLeftOut && score > SINGLE_WORD_CAP) {
            score = SINGLE_WORD_CAP;
            cap = "one-word name against a longer query";
        }
        if (score > PART_FAMILY_CAP
                && person
                && !syllabic
                && (nameWordLeftOut || metByInitials != 0)
                && familyPartlyLeftOut(name, n, usedN, metByInitials)) {
            score = PART_FAMILY_CAP;
            cap = "the query gives only some of the listed family names";
        }
        if (score > WORD_IN_PLACE_CAP && !person && queryWordLeftOut && nameAnyWordLeftOut) {
            // An organisation's or vessel's name with a word where the other has another: a sister company, a
            // branch, another ministry ("Department of Research and Science" / ... of Education and Science),
            // not the listed one, however much of a long name agrees. A word only one side gives (a branch's
            // country, an added "Holdings") costs by coverage alone. A repeated word counts as any: "Industry
            // 290 - Aleppo Branch" gives another word in the place of the first of BRANCH 290 - ALEPPO BRANCH.
            score = WORD_IN_PLACE_CAP;
            cap = "a word of the name differs";
        }
        if (score > PART_FAMILY_CAP
                && person
                && nameWordLeftOut
                && readFromSyllables(query)
                && syllableLeftOut(n, usedN)) {
            // A query in Hangul or Chinese characters says its syllables one by one, and so does a listed Korean
            // or Chinese name of short words: a listed syllable the query does not give is a syllable of another
            // given name, as with a listed double family name (浩 李, Li Hao, is not RI CHANG HO; 宇 李 is not
            // PAO, Yu Yi), and the name is held where a part of a family name is.
            score = PART_FAMILY_CAP;
            cap = "the query gives only some of the listed syllables";
        }
        if (score > LEGAL_FORM_KIND_CAP && !person && (queryFormKinds != 0) != (nameFormKinds != 0)) {
            // A form written onto a word in capitals (SHIPPINGKK, TRADINGGBR) is not read as a form where the
            // name is analysed: a word ending in two or three letters that spell a form (Musa, Aziz, Tariq) is
            // most often a name word. Against the other name's word it is told: the same word with letters after
            // it that spell a form, of a company's name. Such a form says its kind as a form written apart does.
            queryFormKinds |= kindsWrittenOn(pairs, q, n, true);
            nameFormKinds |= kindsWrittenOn(pairs, q, n, false);
        }
        if (score > LEGAL_FORM_KIND_CAP
                && queryFormKinds != 0
                && nameFormKinds != 0
                && (queryFormKinds & nameFormKinds) == 0) {
            score = LEGAL_FORM_KIND_CAP;
            cap = "the legal forms say different kinds of company";
        }
        String lowered = null;
        if (givenMissing) {
            lowered = "the listed first given or family name is missing";
        } else if (wordsBeyondInitials > 0) {
            lowered = "a query word only agrees with a listed initial";
        }
        return new NameScore(
                score, java.util.Collections.unmodifiableList(pairs), queryCoverage, nameCoverage, cap, lowered);
    }

    /**
     * Query word {@code i} and listed word {@code j}, paired only loosely (by sound or spelling), are a man's and a
     * woman's given name of one stem ({@link GenderedGivenNames}: Victoria / Victor, Paula / Paul, Yevgenia /
     * Yevgeny): two people's names, which are not paired, as Mary and Mark are not. Not where either side's form
     * says the word is a family name ("Given FAMILY", "FAMILY, Given"): a family name's feminine form is the same
     * family's (Ivanova / IVANOV, Lukashenka / LUKASHENKO), and lists write women's family names either way.
     */
    private static boolean otherSexGivenNames(MatchRule rule, WeightedName query, int i, WeightedName name, int j) {
        if (rule != MatchRule.EDIT_DISTANCE && rule != MatchRule.PHONETIC) {
            return false;
        }
        Token a = query.words()[i];
        Token b = name.words()[j];
        if (a.kind() != TokenKind.WORD || b.kind() != TokenKind.WORD || !GenderedGivenNames.otherSex(a, b)) {
            return false;
        }
        return !toldFamily(query, i) && !toldFamily(name, j);
    }

    /** Word {@code i} of a Latin name whose form tells its family names is one of them. */
    private static boolean toldFamily(WeightedName name, int i) {
        if (!name.name().reading().equals("latin")) {
            return false;
        }
        boolean[] family = WeightedName.familyWords(name.name().original(), name.words().length);
        return family != null && family[i];
    }

    /** The fewest letters of a word left before a legal form written onto it: a name word, not a prefix. */
    private static final int MIN_STEM_BEFORE_FORM = 3;

    /**
     * The kinds of company ({@link LegalForms#kind}) said by forms written onto words of one side (the query's
     * when {@code querySide}) whose partner on the other side begins with the word without them: "shippingkk"
     * paired with "shipping" says a kabushiki kaisha, and so does "tradingtbk" paired with "trading llc" as
     * words written together (whose LLC the other side's forms already say). An exact pair carries no form.
     */
    static int kindsWrittenOn(List<TokenPair> pairs, Token[] q, Token[] n, boolean querySide) {
        int kinds = 0;
        for (int c = 0; c < pairs.size(); c++) {
            TokenPair p = pairs.get(c);
            if (p.rule() == MatchRule.EXACT
                    || (querySide ? p.queryTo() - p.queryFrom() : p.nameTo() - p.nameFrom()) != 1) {
                continue;
            }
            String longer = querySide ? q[p.queryFrom()].text() : n[p.nameFrom()].text();
            String stem = querySide ? n[p.nameFrom()].text() : q[p.queryFrom()].text();
            if (stem.length() >= MIN_STEM_BEFORE_FORM && longer.length() > stem.length() && longer.startsWith(stem)) {
                kinds |= LegalForms.kind(longer.substring(stem.length()));
            }
        }
        return kinds;
    }

    /**
     * Whether two words of an organisation's, vessel's or aircraft's name pair only loosely (by sound or edit
     * distance) while both are codes of one length: three or four letters without a vowel (registration marks
     * "EP-MNQ" / "EP-MNC", initials "VMK" / "VMC", "CCGG" / "CCCG"). A spelling variant of a name changes a
     * vowel or doubles a letter; a code with another letter in a place is another code, another aircraft or
     * company. Codes of different lengths still pair loosely: initials gain or lose a letter with how a
     * name's words are split ("D.D.C.B." for Dae-Dong Credit Bank, DCB).
     */
    static boolean looseCodePair(MatchRule rule, Token a, Token b) {
        return (rule == MatchRule.EDIT_DISTANCE || rule == MatchRule.PHONETIC)
                && a.text().length() == b.text().length()
                && isCode(a)
                && isCode(b);
    }

    private static boolean isCode(Token t) {
        String s = t.text();
        // A word of a script written without vowels (Arabic, Hebrew) is read as consonants alone: a word, not a code.
        if (t.kind() != TokenKind.WORD || t.vowelless() || s.length() < 3 || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bound that {@link #score} never exceeds, from which words can pair at all, told from the words' kinds,
     * hash codes, lengths and letter sets without working out a similarity. A query word that can pair with
     * nothing of the name counts fully against the query's coverage, a listed word that nothing can pair
     * with against the name's: the score stays under the same
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
        double unpairedQueryMiddle = 0;
        // The score's query middle words lie between the query's first word and a later one, both paired, so
        // pairable: the same rule over the pairable words counts every word the score may count as a middle
        // word as one (a middle word costs less than another word left out).
        boolean middles = person && !syllabic(query.words()) && !readFromSyllables(query);
        boolean firstQueryPairable = (queryPairable & 1) != 0;
        int lastPairableQuery = 63 - Long.numberOfLeadingZeros(queryPairable);
        // Where the score may read the listed name as wholly at the start of the query (listedWhollyGiven), the
        // query's words after its paired ones are middle words too.
        boolean trailingMiddles = middles
                && firstQueryPairable
                && queryWords > nameWords
                && onlyParticlesUnpairable(dn, nameWords, namePairable);
        for (int i = 0; i < queryWords; i++) {
            if ((queryPairable & (1L << i)) == 0) {
                if (queryMiddle(middles, queryWords, firstQueryPairable, lastPairableQuery, i)
                        || trailingMiddles && i > lastPairableQuery
                        || repeatsPairable(dq, queryWords, queryPairable, i)
                        || middles && mayBeInLink(dq, i)) {
                    unpairedQueryMiddle += TokenDigest.weight(dq, i) * middleFactor(queryWords);
                } else {
                    unpairedQuery += TokenDigest.weight(dq, i);
                }
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
                double factor = leftOutFactor(person, nameWords, firstPairable, lastPairable, j);
                if (repeatsPairable(dn, nameWords, namePairable, j) || person && mayBeInLink(dn, j)) {
                    factor = Math.min(factor, middleFactor(nameWords));
                }
                unpairedName += w * factor;
            }
        }
        if (pairable <= 0 || !(unpairedQuery > 0 || unpairedName > 0 || unpairedQueryMiddle > 0)) {
            return 1;
        }
        double queryCoverage = pairable / (pairable + unpairedQuery);
        double queryMiddleCoverage = pairable / (pairable + unpairedQueryMiddle);
        double nameCoverage = pairable / (pairable + unpairedName);
        double lambda = person ? Math.max(LAMBDA_PERSON, LAMBDA_SYLLABIC_PERSON) : LAMBDA_OTHER;
        // A hair above: the score sums the same weights in another order.
        return queryCoverage
                * (lambda + (1 - lambda) * queryMiddleCoverage)
                * (lambda + (1 - lambda) * nameCoverage)
                * (1 + 1e-9);
    }

    /**
     * Word {@code i} of {@code d} (of {@code words} words), which cannot pair, may repeat one that can: the score
     * weighs a repeat of a paired word as a middle word ({@link #repeatsPaired}), and its twin may pair where it
     * cannot (by joined words: "Kim Jong Un Kim" against "Kimjongun").
     */
    private static boolean repeatsPairable(int[] d, int words, long pairable, int i) {
        int at = i * TokenDigest.SIZE;
        for (int k = 0; k < words; k++) {
            if ((pairable & (1L << k)) != 0 && TokenDigest.maySpellAlike(d, at, k * TokenDigest.SIZE)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of the listed name that cannot pair is a particle or a legal form. */
    private static boolean onlyParticlesUnpairable(int[] dn, int nameWords, long namePairable) {
        for (int j = 0; j < nameWords; j++) {
            int kind = TokenDigest.kind(dn, j * TokenDigest.SIZE);
            if ((namePairable & (1L << j)) == 0
                    && kind != TokenKind.PARTICLE.ordinal()
                    && kind != TokenKind.LEGAL_FORM.ordinal()) {
                return false;
            }
        }
        return true;
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

    /**
     * Query word {@code i}, left out, is a middle name: it lies between the query's first word and a later word,
     * both paired, in a person's name of three or more words that is not of short syllables. A middle name or
     * patronymic the list does not give ("Vladimir Vladimirovich Putin" for a list's VLADIMIR PUTIN) says as
     * little against the match as one the query does not give, and is weighed the same way.
     */
    private static boolean queryMiddle(
            boolean middleNames, int queryWords, boolean firstPaired, int lastPaired, int i) {
        return middleNames && queryWords >= 3 && firstPaired && i < lastPaired;
    }

    /**
     * The listed person's name is wholly at the start of the query, in its order, and says which words are its
     * given and which its family names ("FAMILY, Given", "Given FAMILY"): every listed word is paired, the
     * listed first word with the query's first, the others in the listed order, both listed key words (the
     * first given name, the first family name) among them and not by an initial; and where the query says which are its own key
     * words, they are paired too (else the query's own family name is a word the list lacks: TOULAI, Mohammad
     * Hassan is not Mohamed HASSAN). The query's words after its last paired word are then more of the same
     * name than the list recorded (a father's and grandfather's names, a tribal or place name: "Dawood Ibrahim
     * Kaskar" for IBRAHIM, Dawood; "Oumar Younous Abdoulay" for YOUNOUS, Oumar), unless the query's form says
     * they are its family name ({@link #familyAfter}), and are weighed as the listed words a query leaves out are: two lists writing one person, one longer than
     * the other, score alike whichever is the query. Not where a listed word is left out (the query may name a
     * relative), nor in names of short syllables.
     */
    private static boolean listedWhollyGiven(
            WeightedName query, Token[] n, boolean[] usedN, List<TokenPair> pairs, long nameKeys, int lastPaired) {
        long queryKeys = query.keyWords();
        if (Long.bitCount(nameKeys) != 2 || query.words().length <= n.length || pairs.isEmpty()) {
            return false;
        }
        for (int j = 0; j < n.length; j++) {
            if (!usedN[j] && n[j].kind() != TokenKind.PARTICLE && n[j].kind() != TokenKind.LEGAL_FORM) {
                return false;
            }
        }
        // The pairs are sorted by query position.
        if (pairs.getFirst().queryFrom() != 0 || pairs.getFirst().nameFrom() != 0) {
            return false;
        }
        long pairedNames = 0;
        long pairedQuery = 0;
        int lastName = -1;
        for (TokenPair p : pairs) {
            if (p.nameFrom() <= lastName) {
                return false;
            }
            lastName = p.nameTo() - 1;
            // An initial says a first letter, not a name: "Karl L. Vargas" has not given Karl LEE's family name.
            for (int j = p.nameFrom(); j < p.nameTo() && p.rule() != MatchRule.INITIAL; j++) {
                pairedNames |= 1L << j;
            }
            for (int i = p.queryFrom(); i < p.queryTo(); i++) {
                pairedQuery |= 1L << i;
            }
        }
        return (nameKeys & ~pairedNames) == 0 && (queryKeys & ~pairedQuery) == 0 && !familyAfter(query, lastPaired);
    }

    /**
     * The query's words after {@code lastPaired} are part of its family name, as its form says (the words before
     * the comma of "FAMILY, Given", in capitals in "Given FAMILY", or joined by a hyphen at its end: "Joseph
     * Wilson-Rhodes"): the list gives one family name of a double one, which every cousin and namesake shares.
     * Held as {@link #familyPartlyLeftOut} holds the same case the other way round.
     */
    private static boolean familyAfter(WeightedName query, int lastPaired) {
        String original = query.name().original().strip();
        int space = original.lastIndexOf(' ');
        if (original.indexOf('-', space + 1) > 0) {
            return true;
        }
        boolean[] family = WeightedName.familyWords(original, query.words().length);
        if (family == null) {
            return false;
        }
        for (int i = lastPaired + 1; i < family.length; i++) {
            if (family[i]) {
                return true;
            }
        }
        return false;
    }

    /** How much a middle word counts in a name of {@code words} words ({@link #leftOutFactor}'s middle words). */
    private static double middleFactor(int words) {
        return words >= MIDDLE_WORDS_FROM ? MIDDLE_WORD_FACTOR : 1;
    }

    /**
     * Word {@code i}, left out, is a repeat of a paired word of the same name ("Kim Kim Jong Un", MOHAMMED,
     * Mohammed Ali against "Mohammed Ali"): a word typed or listed twice says nothing the pair has not said, and
     * counts as little as a middle name. The bound weighs a repeat of a pairable word so ({@link #repeatsPairable}).
     */
    private static boolean repeatsPaired(Token[] t, boolean[] used, int i) {
        if (t[i].kind() != TokenKind.WORD) {
            return false;
        }
        for (int k = 0; k < t.length; k++) {
            if (k != i && used[k] && t[k].sameText(t[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A listed person's family name of two words or more (told by the list's comma or capitals: "SANCHEZ
     * MEDRANO, Pedro", "Alexis Jose RODRIGUEZ CABELLO") of which the query gives some words and leaves out
     * others, a word met only by the query's initial ({@code metByInitials}, bits by position) left out. Read only for the few names whose score is still above the cap, so the family words are worked
     * out here rather than kept with every listed name.
     */
    private static boolean familyPartlyLeftOut(WeightedName name, Token[] n, boolean[] usedN, long metByInitials) {
        if (n.length < 3 || !name.name().reading().equals("latin")) {
            return false;
        }
        boolean[] family = WeightedName.familyWords(name.name().original(), n.length);
        if (family == null) {
            return false;
        }
        boolean paired = false;
        boolean leftOut = false;
        for (int j = 0; j < n.length; j++) {
            // A repeat of a paired word (HERNANDEZ DE HERNANDEZ) is not left out.
            if (family[j] && n[j].kind() == TokenKind.WORD && (usedN[j] || !repeatsPaired(n, usedN, j))) {
                // A family name met by the query's initial is not given: a letter is not the name that tells the
                // listed person from a cousin ("Sandra L. Martinez" / LUCERO DE MARTINEZ, Sandra, as "Sandra
                // Martinez" is), and a middle initial in that place is most often a given name's.
                boolean given = usedN[j] && (j >= 64 || (metByInitials & (1L << j)) == 0);
                paired |= given;
                leftOut |= !given;
            }
        }
        return paired && leftOut;
    }

    /** Some word left out of the query has the consonant skeleton of some word left out of the listed name. */
    private static boolean leftOutSpelledAlike(Token[] q, boolean[] usedQ, Token[] n, boolean[] usedN) {
        for (int i = 0; i < q.length; i++) {
            if (usedQ[i] || q[i].skeleton().isEmpty()) {
                continue;
            }
            for (int j = 0; j < n.length; j++) {
                if (!usedN[j] && q[i].sameSkeleton(n[j])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The weight of the listed name's key words ({@link WeightedName#keyWords}) left out. */
    private static double keyWordsMissing(WeightedName name, boolean[] usedN) {
        long keys = name.keyWords();
        double missing = 0;
        while (keys != 0) {
            int j = Long.numberOfTrailingZeros(keys);
            keys &= keys - 1;
            if (j < usedN.length && !usedN[j]) {
                missing += name.weights()[j];
            }
        }
        return missing;
    }

    /**
     * Both names read "X bin Y" (a word, a patronymic particle, a word) and the query's X is paired with a word
     * after the listed particle while its Y is paired with a word before it: Y bin X, the father's or the son's
     * name, another man.
     */
    private static boolean patronymicTurned(Token[] q, Token[] n, List<TokenPair> pairs) {
        int pq = patronymicAt(q);
        int pn = patronymicAt(n);
        if (pq < 0 || pn < 0) {
            return false;
        }
        int after = wordAfter(q, pq);
        int beforeGoesTo = -1;
        int afterGoesTo = -1;
        for (int c = 0; c < pairs.size(); c++) {
            TokenPair p = pairs.get(c);
            if (p.queryTo() == pq) {
                beforeGoesTo = p.nameFrom();
            } else if (p.queryFrom() == after) {
                afterGoesTo = p.nameFrom();
            }
        }
        return beforeGoesTo > pn && afterGoesTo >= 0 && afterGoesTo < pn;
    }

    /**
     * The paired words of a name of short syllables (Korean, Chinese) are not in the same order on both sides,
     * up to the family name moved from the front to the back: the syllables of a given name make it only in
     * their order (Jong Un is not Un Jong), while the family name is written first or last. The pairs come in
     * the query's order; the listed positions must rise, with at most one fall back to the start.
     */
    private static boolean syllablesTurned(List<TokenPair> pairs) {
        int falls = 0;
        int first = -1;
        int previous = -1;
        for (int c = 0; c < pairs.size(); c++) {
            TokenPair p = pairs.get(c);
            if (p.queryTo() - p.queryFrom() != 1 || p.nameTo() - p.nameFrom() != 1) {
                continue;
            }
            int at = p.nameFrom();
            if (first < 0) {
                first = at;
            } else if (at < previous) {
                falls++;
            }
            previous = at;
        }
        return falls > 1 || falls == 1 && previous > first;
    }

    /**
     * The words of {@code t} in links of a chain of descent that the other name does not give: a patronymic
     * particle (ben, bin, ibn, ould), the articles after it and the one name after them ("ben al akhdar"), none of
     * them paired, right after a paired word or another such link. Lists write an Arabic or Berber name's chain of
     * fathers as far back as their source gave it ("ZARKAOUI, Imed Ben Mekki Ben Al-Akhdar" / Imed Ben Mekki
     * Zarkaoui): a grandfather's link left out says no more against the match than a middle name left out, and is
     * weighed as one wherever it stands, also at the end of the name, where a word left out is else taken for
     * a family name. Null when no word is in such a link.
     */
    static boolean[] leftOutLinks(Token[] t, boolean[] used) {
        boolean[] links = null;
        for (int k = 1; k + 1 < t.length; k++) {
            if (used[k] || t[k].kind() != TokenKind.PARTICLE || !PATRONYMIC_PARTICLES.contains(t[k].text())) {
                continue;
            }
            boolean before = used[k - 1] && t[k - 1].kind() == TokenKind.WORD || links != null && links[k - 1];
            int name = wordAfter(t, k);
            if (!before || name < 0 || anyUsed(used, k, name + 1)) {
                continue;
            }
            if (links == null) {
                links = new boolean[t.length];
            }
            mark(links, k, name + 1);
        }
        return links;
    }

    /**
     * Word {@code i} of {@code d} may be in a left-out link of a chain of descent ({@link #leftOutLinks}): a
     * patronymic particle is at or before it, past the first word. Told by hash codes, as a bound may.
     */
    private static boolean mayBeInLink(int[] d, int i) {
        for (int k = 1; k <= i; k++) {
            int at = k * TokenDigest.SIZE;
            if (TokenDigest.kind(d, at) == TokenKind.PARTICLE.ordinal()
                    && isPatronymicHash(TokenDigest.textHash(d, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPatronymicHash(int hash) {
        for (int h : PATRONYMIC_HASHES) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    /** The first patronymic particle with a plain word before it and one after it (past an article), or -1. */
    private static int patronymicAt(Token[] t) {
        for (int i = 1; i + 1 < t.length; i++) {
            if (PATRONYMIC_PARTICLES.contains(t[i].text())
                    && t[i - 1].kind() == TokenKind.WORD
                    && wordAfter(t, i) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first plain word after {@code i}, past particles (al-, el-), or -1. */
    private static int wordAfter(Token[] t, int i) {
        for (int k = i + 1; k < t.length; k++) {
            if (t[k].kind() == TokenKind.WORD) {
                return k;
            }
            if (t[k].kind() != TokenKind.PARTICLE || PATRONYMIC_PARTICLES.contains(t[k].text())) {
                return -1;
            }
        }
        return -1;
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

    /**
     * The name was read from Hangul, Chinese characters or kana: a Korean, Chinese or Japanese name, which has no
     * middle names whatever the length of its romanised syllables (Byeongcheol).
     */
    private static boolean readFromSyllables(WeightedName name) {
        String how = name.name().reading();
        return how.startsWith("hangul")
                || how.contains("hanja")
                || how.startsWith("pinyin")
                || how.startsWith("japanese");
    }

    /**
     * A listed name of three or more words, each the length of a romanised Korean or Chinese syllable (six
     * letters at most: zhuang, myong), of which a word is left unpaired (other than a repeat of a paired one).
     */
    private static boolean syllableLeftOut(Token[] n, boolean[] usedN) {
        int words = 0;
        boolean leftOut = false;
        for (int j = 0; j < n.length; j++) {
            Token t = n[j];
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            if (t.text().length() > 6) {
                return false;
            }
            words++;
            leftOut |= !usedN[j] && !repeatsPaired(n, usedN, j);
        }
        return words >= 3 && leftOut;
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
            } else if (span == 2
                    && (ArabicVowels.elidedArticle(single.text(), j.text())
                            || ArabicVowels.assimilatedArticleApart(single.text(), j.text()))) {
                sim = ELIDED_ARTICLE;
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
