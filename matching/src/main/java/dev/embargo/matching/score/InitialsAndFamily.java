package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.AcronymHolders;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A person written as initials and one family name ("S. Y. Naryshkin", "Naryshkin S.Y.", "P. D. Rojas"), as
 * forms, letters and payment messages write people: a few letters and one word, weaker evidence than any name
 * read in full, and like an acronym only as telling as the number of listed people it fits. The key of such a
 * query is its initials in order and its family name; a listed person's name holds the keys its given names'
 * initials (each leading run of them: a query may leave out a patronymic) make with its family name, told by
 * the list's comma or capitals, else its last word or its first (family-first names). Scored only through the
 * key: the query's initials must be the listed given names' (an initial that pairs with a listed family name, "P.
 * D. Rojas" / PEREZ ROJAS, Daniel, is no given name) and its word the whole family name. One listed person alone
 * holding the key: {@link ScoringPolicy.Initials#unique}; several ({@link AcronymHolders} counts them, one
 * person on several lists once): {@link ScoringPolicy.Initials#weak}, shown with every holder below the
 * threshold, since the key cannot tell them apart; the key not the listed name's: held at the weak score too.
 * Queries with two or more name words are scored by {@link NameScorer} alone.
 */
public final class InitialsAndFamily {
    private static final ScoringPolicy.Initials POLICY = ScoringPolicy.INITIALS;

    private InitialsAndFamily() {}

    /**
     * The key of a query read as initials and one family name: its initials in order, a bar, its other words
     * (the family name, with any particle of it: "Y. Al Sibaei") by their romanisation keys (Antypov, ANTIPOV);
     * null when the query is not of that shape (no
     * initial, no name word or more than one, a number or legal form).
     */
    public static String queryKey(Token[] q) {
        // Asked for every listed name a person query is scored against: most queries have no initial.
        if (!hasInitial(q)) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder family = new StringBuilder();
        int nameWords = 0;
        for (Token t : q) {
            switch (t.kind()) {
                case INITIAL -> initials.append(t.text());
                case WORD, PARTICLE -> {
                    nameWords += t.kind() == TokenKind.WORD ? 1 : 0;
                    family.append(family.isEmpty() ? "" : " ").append(t.variant());
                }
                default -> {
                    return null;
                }
            }
        }
        return initials.isEmpty() || nameWords != 1 ? null : initials + "|" + family;
    }

    private static boolean hasInitial(Token[] q) {
        for (Token t : q) {
            if (t.kind() == TokenKind.INITIAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys a listed person's name (Latin reading) holds: for each way its family name can be told, each
     * leading run of its given names' initials with the family name. Empty for a name without given names.
     */
    public static List<String> listedKeys(WeightedName name) {
        return keys(name, null);
    }

    /**
     * {@link #listedKeys}; with {@code persons}, beside each key who holds it: the first given name's
     * romanisation key with the family name. Two listings of one person that no party joins (Yuri
     * Khadzhimuratovich Karaev, Yuri Khadzimuratovich KARAEV) write the first given name alike, while namesakes
     * of one family share initials but not their first names (Artem and Maksim Dmitrievich BALABA).
     */
    private static List<String> keys(WeightedName name, List<String> persons) {
        Token[] n = name.words();
        List<String> out = new ArrayList<>(4);
        if (n.length < 2 || n.length > 63 || !name.name().reading().equals("latin")) {
            return out;
        }
        boolean[] family = WeightedName.familyWords(name.name().original(), n.length);
        if (family != null) {
            addKeys(n, family, out, persons);
            return out;
        }
        // Parts not told: the last word the family name (Given Family), or the first (Family Given).
        boolean[] last = new boolean[n.length];
        last[n.length - 1] = true;
        addKeys(n, last, out, persons);
        boolean[] first = new boolean[n.length];
        first[0] = true;
        addKeys(n, first, out, persons);
        return out;
    }

    private static void addKeys(Token[] n, boolean[] family, List<String> out, List<String> persons) {
        StringBuilder initials = new StringBuilder();
        StringBuilder fam = new StringBuilder();
        String firstGiven = null;
        for (int j = 0; j < n.length; j++) {
            Token t = n[j];
            if (family[j]) {
                if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.PARTICLE) {
                    fam.append(fam.isEmpty() ? "" : " ").append(t.variant());
                }
            } else if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.INITIAL) {
                initials.append(t.text().charAt(0));
                firstGiven = firstGiven == null ? t.variant() : firstGiven;
            }
        }
        if (fam.isEmpty()) {
            return;
        }
        for (int k = 1; k <= initials.length(); k++) {
            String key = initials.substring(0, k) + "|" + fam;
            if (!out.contains(key)) {
                out.add(key);
                if (persons != null) {
                    persons.add(firstGiven + "|" + fam);
                }
            }
        }
    }

    /**
     * Who holds each key among {@code names} (persons' names where {@code person[i]}), one holder per party
     * ({@code party[i]}) and per person as {@link #keys} tells them.
     */
    public static AcronymHolders holders(WeightedName[] names, boolean[] person, int[] party) {
        AcronymHolders.Builder b = new AcronymHolders.Builder();
        List<String> persons = new ArrayList<>(4);
        for (int i = 0; i < names.length; i++) {
            if (!person[i]) {
                continue;
            }
            persons.clear();
            List<String> keys = keys(names[i], persons);
            for (int k = 0; k < keys.size(); k++) {
                b.add(keys.get(k), party[i], persons.get(k));
            }
        }
        return b.build();
    }

    /**
     * {@code ns}, the score of the listed person's name {@code name} for the query {@code q}, as initials and a
     * family name are worth; unchanged for a query of another shape. {@code holders} is the number of listed
     * people holding the query's key (0 or less where it is not known: the listed name alone).
     */
    public static NameScore hold(NameScore ns, WeightedName q, WeightedName name, int holders) {
        if (ns.score() <= 0 || ns.score() >= 1) {
            return ns;
        }
        String key = queryKey(q.words());
        if (key == null) {
            return ns;
        }
        if (!listedKeys(name).contains(key)) {
            return ns.score() <= POLICY.weak()
                    ? ns
                    : new NameScore(
                            POLICY.weak(),
                            ns.pairs(),
                            ns.queryCoverage(),
                            ns.nameCoverage(),
                            "initials and family name that are not the listed person's",
                            ns.lowered());
        }
        if (holders <= 1) {
            return ns.score() >= POLICY.unique()
                    ? ns
                    : new NameScore(
                            POLICY.unique(),
                            ns.pairs(),
                            ns.queryCoverage(),
                            ns.nameCoverage(),
                            "initials and family name one listed person alone holds",
                            ns.lowered());
        }
        // Every holder at the one score, as with a shared acronym: shown together at lower thresholds, whichever
        // has the more given names.
        return new NameScore(
                POLICY.weak(),
                ns.pairs(),
                ns.queryCoverage(),
                ns.nameCoverage(),
                "initials and family name " + holders + " listed people hold",
                ns.lowered());
    }
}
