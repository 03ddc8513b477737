package dev.embargo.matching.score;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.matching.ScoringPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates of birth and countries as evidence. They move a name's score up or down but never make a hit on
 * their own: the largest boost is small next to the threshold, and a query without them is not penalised.
 * A date of birth far from every listed one lowers the score a lot (a different person of the same name);
 * a different country lowers it a little (people move, lists are incomplete). The effects and their reasons:
 * {@link ScoringPolicy.Evidence}.
 */
public final class EvidenceScorer {
    private static final ScoringPolicy.Evidence POLICY = ScoringPolicy.DEFAULT.evidence();
    static final double DOB_EXACT = POLICY.dobExact();
    static final double DOB_SWAPPED = POLICY.dobSwapped();
    static final double DOB_SAME_YEAR = POLICY.dobSameYear();
    static final double DOB_FAR = POLICY.dobFar();
    static final double DOB_FULL_DIFFERS = POLICY.dobFullDiffers();
    static final double COUNTRY_AGREES = POLICY.countryAgrees();
    static final double COUNTRY_DIFFERS = POLICY.countryDiffers();

    private EvidenceScorer() {}

    /** {@link #check(Optional, Optional, Entity, boolean)} for a name that is not the same as the listed one. */
    public static List<FactCheck> check(Optional<ListedDate> dob, Optional<String> country, Entity entity) {
        return check(dob, country, entity, false);
    }

    /**
     * What the query's date of birth and country say about {@code entity}. {@code exactName}: the query's name is
     * the listed one, word for word, which makes a full date of birth that disagrees count less (the list's or the
     * query's date may be wrong, but the name leaves little doubt).
     */
    public static List<FactCheck> check(
            Optional<ListedDate> dob, Optional<String> country, Entity entity, boolean exactName) {
        List<FactCheck> out = new ArrayList<>(2);
        if (dob.isPresent()) {
            checkDob(dob.get(), entity, exactName).ifPresent(out::add);
        }
        if (country.isPresent()) {
            checkCountry(country.get(), entity).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The highest {@code nameScore} plus the effects of {@link #check} can reach for a query with or without
     * a date of birth and a country, added in the same order as a screening adds them (so that the bound
     * holds to the last bit).
     */
    public static double mostRaised(double nameScore, boolean dob, boolean country) {
        double raw = nameScore;
        if (dob) {
            raw += DOB_EXACT;
        }
        if (country) {
            raw += COUNTRY_AGREES;
        }
        return raw;
    }

    /** Whether {@code facts} hold a date of birth that disagrees, whose effect depends on the name being exact. */
    static boolean dependsOnName(List<FactCheck> facts) {
        for (int i = 0; i < facts.size(); i++) {
            FactCheck f = facts.get(i);
            if (f.effect() == DOB_FAR || f.effect() == DOB_FULL_DIFFERS) {
                return true;
            }
        }
        return false;
    }

    static Optional<FactCheck> checkDob(ListedDate query, Entity entity) {
        return checkDob(query, entity, false);
    }

    static Optional<FactCheck> checkDob(ListedDate query, Entity entity, boolean exactName) {
        if (entity.birthDates().isEmpty()) {
            return Optional.empty();
        }
        FactCheck best = null;
        for (ListedDate listed : entity.birthDates()) {
            FactCheck c = compare(query, listed, exactName);
            if (best == null || c.effect() > best.effect()) {
                best = c;
            }
        }
        return Optional.of(best);
    }

    private static FactCheck compare(ListedDate q, ListedDate l, boolean exactName) {
        String qs = q.iso();
        String ls = l.iso();
        boolean overlap = !q.latest().isBefore(l.earliest()) && !l.latest().isBefore(q.earliest());
        boolean bothDays = q.earliest().equals(q.latest()) && l.earliest().equals(l.latest());
        if (bothDays && q.earliest().equals(l.earliest())) {
            return new FactCheck("date of birth", qs, ls, "agrees", DOB_EXACT);
        }
        if (bothDays
                && q.earliest().getYear() == l.earliest().getYear()
                && q.earliest().getDayOfMonth() == l.earliest().getMonthValue()
                && q.earliest().getMonthValue() == l.earliest().getDayOfMonth()) {
            return new FactCheck("date of birth", qs, ls, "agrees with day and month swapped", DOB_SWAPPED);
        }
        if (overlap) {
            return new FactCheck(
                    "date of birth",
                    qs,
                    ls,
                    bothDays ? "close" : "agrees (same year or range)",
                    bothDays ? 0 : DOB_SAME_YEAR);
        }
        int qy1 = q.earliest().getYear();
        int qy2 = q.latest().getYear();
        int ly1 = l.earliest().getYear() - (l.circa() ? 2 : 0);
        int ly2 = l.latest().getYear() + (l.circa() ? 2 : 0);
        int gap = Math.max(0, Math.max(ly1 - qy2, qy1 - ly2));
        if (gap <= 1) {
            return new FactCheck("date of birth", qs, ls, "close", 0);
        }
        if (bothDays && !exactName) {
            return new FactCheck(
                    "date of birth", qs, ls, "disagrees (two full dates, the name not exact)", DOB_FULL_DIFFERS);
        }
        return new FactCheck("date of birth", qs, ls, "disagrees", DOB_FAR);
    }

    static Optional<FactCheck> checkCountry(String iso, Entity entity) {
        String q = iso.toUpperCase(java.util.Locale.ROOT);
        // The common outcome first, without building the sets the other outcomes show.
        if (entity.nationalities().contains(q)
                || entity.citizenships().contains(q)
                || entity.countries().contains(q)) {
            return Optional.of(new FactCheck("country", q, q, "agrees", COUNTRY_AGREES));
        }
        Set<String> nationalities = new LinkedHashSet<>();
        nationalities.addAll(entity.nationalities());
        nationalities.addAll(entity.citizenships());
        Set<String> all = new LinkedHashSet<>(nationalities);
        all.addAll(entity.countries());
        for (Address a : entity.addresses()) {
            if (a.country() != null) {
                all.add(a.country());
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (all.contains(q)) {
            return Optional.of(new FactCheck("country", q, q, "agrees", COUNTRY_AGREES));
        }
        if (nationalities.isEmpty()) {
            return Optional.of(
                    new FactCheck("country", q, String.join(", ", all), "not among the listed countries", 0));
        }
        return Optional.of(new FactCheck("country", q, String.join(", ", all), "disagrees", COUNTRY_DIFFERS));
    }
}
