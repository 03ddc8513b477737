package dev.embargo.server.yente;

import dev.embargo.matching.Explanation;
import dev.embargo.matching.Match;
import dev.embargo.matching.score.FactCheck;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of Embargo's explanation of a score as named numbers ("features"): the score of the names alone,
 * what each supporting fact added to it, and whether an identifier decided the match. The score is the name
 * score plus the facts' effects (or 1 on an identifier match), so every coefficient is 1.
 */
public final class Features {
    public static final String NAME_SCORE = "name_score";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String COUNTRY = "country";
    public static final String IDENTIFIER_MATCH = "identifier_match";
    public static final String NAME_CAPPED = "name_capped";

    /** What each feature means, in yente's {@code FeatureDocs} shape. */
    private static final Map<String, String> DESCRIPTIONS = docs();

    private Features() {}

    private static Map<String, String> docs() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(
                NAME_SCORE,
                "How alike the names are, 0 to 1: the query read in every script it may be written in, "
                        + "words paired with the listed name's by spelling, sound, transliteration or initials, and weighed "
                        + "by how rare they are in the lists; a weak alias counts a little less.");
        d.put(
                DATE_OF_BIRTH,
                "Added to the name score by the date of birth: positive when it agrees with a listed "
                        + "one (most for the same day), zero when close, strongly negative when far from every listed date. "
                        + "Absent when the query or the listed party has none.");
        d.put(
                COUNTRY,
                "Added to the name score by the country: a little positive when a listed country agrees, "
                        + "a little negative when the listed nationality differs. Absent when either has none.");
        d.put(
                IDENTIFIER_MATCH,
                "1 when an identifier of the query (passport, registration, IMO, BIC, wallet "
                        + "address, ...) equals a listed one; an identifier match decides, with score 1.");
        d.put(NAME_CAPPED, "1 when the name score was held down, e.g. because only a common given name agrees.");
        return d;
    }

    /** Feature name to value, as yente's {@code features}. */
    public static Map<String, Double> of(Match m) {
        Explanation e = m.explanation();
        Map<String, Double> f = new LinkedHashMap<>();
        if (e.identifier() != null) {
            f.put(IDENTIFIER_MATCH, 1.0);
            return f;
        }
        f.put(NAME_SCORE, round(e.nameScore()));
        for (FactCheck fact : e.facts()) {
            f.put(key(fact), round(fact.effect()));
        }
        if (e.cap() != null) {
            f.put(NAME_CAPPED, 1.0);
        }
        return f;
    }

    /** Feature name to {@code {detail, score}}, as newer yente versions' {@code explanations}. */
    public static Map<String, Object> explanations(Match m) {
        Explanation e = m.explanation();
        Map<String, Object> out = new LinkedHashMap<>();
        if (e.identifier() != null) {
            out.put(IDENTIFIER_MATCH, detail("identifier " + e.identifier() + " matches exactly", 1.0));
            return out;
        }
        out.put(NAME_SCORE, detail(e.summary(), round(e.nameScore())));
        for (FactCheck fact : e.facts()) {
            out.put(
                    key(fact),
                    detail(
                            fact.fact() + ": query " + fact.query() + ", listed " + fact.listed() + ": "
                                    + fact.outcome(),
                            round(fact.effect())));
        }
        if (e.cap() != null) {
            out.put(NAME_CAPPED, detail(e.cap(), 1.0));
        }
        return out;
    }

    /** Every feature with its description, coefficient and where it is documented. */
    public static Map<String, Object> docs(String url) {
        Map<String, Object> out = new LinkedHashMap<>();
        DESCRIPTIONS.forEach((name, description) -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("description", description);
            doc.put("coefficient", 1.0);
            doc.put("url", url);
            out.put(name, doc);
        });
        return out;
    }

    private static Map<String, Object> detail(String detail, double score) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detail", detail);
        m.put("score", score);
        return m;
    }

    private static String key(FactCheck fact) {
        String k = fact.fact().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return k.equals("identifier") ? IDENTIFIER_MATCH : k;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
