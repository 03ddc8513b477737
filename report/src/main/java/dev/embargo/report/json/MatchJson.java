package dev.embargo.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Explanation;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.score.FactCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of screening results, shared by the screen and compare commands and the server. */
public final class MatchJson {
    private MatchJson() {}

    public static Map<String, Object> query(Query q, double threshold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("type", q.kind() == null ? "any" : q.kind().code());
        m.put("dob", q.dateOfBirth() == null ? null : q.dateOfBirth().iso());
        m.put("country", q.country());
        if (!q.identifiers().isEmpty()) {
            m.put("identifiers", q.identifiers());
        }
        m.put("threshold", threshold);
        return m;
    }

    public static Map<String, Object> result(Query q, double threshold, List<Match> matches) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", query(q, threshold));
        List<Object> list = new ArrayList<>();
        for (Match match : matches) {
            list.add(match(match));
        }
        m.put("matches", list);
        return m;
    }

    /**
     * Writes what {@link OutputJson#writeTree} writes for {@link #result}, with an {@code "id"} field first when
     * {@code id} is not null, straight to {@code gen}: a batch writes one such object per name, and most have
     * no match, so their maps would be most of the work.
     */
    public static void writeResult(
            JsonGenerator gen, String id, Query q, double threshold, List<Match> matches, ObjectMapper mapper)
            throws IOException {
        gen.writeStartObject();
        if (id != null) {
            gen.writeFieldName("id");
            gen.writeString(id);
        }
        gen.writeFieldName("query");
        gen.writeStartObject();
        gen.writeFieldName("name");
        gen.writeString(q.name());
        gen.writeFieldName("type");
        gen.writeString(q.kind() == null ? "any" : q.kind().code());
        gen.writeFieldName("dob");
        writeNullable(gen, q.dateOfBirth() == null ? null : q.dateOfBirth().iso());
        gen.writeFieldName("country");
        writeNullable(gen, q.country());
        if (!q.identifiers().isEmpty()) {
            gen.writeFieldName("identifiers");
            OutputJson.writeTree(gen, q.identifiers(), mapper);
        }
        gen.writeFieldName("threshold");
        gen.writeNumber(threshold);
        gen.writeEndObject();
        gen.writeFieldName("matches");
        gen.writeStartArray();
        for (Match m : matches) {
            OutputJson.writeTree(gen, match(m), mapper);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeNullable(JsonGenerator gen, String value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    public static Map<String, Object> match(Match match) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entity_id", match.entity().id());
        m.put("source", match.entity().source().code());
        m.put("kind", match.entity().kind().code());
        m.put("name", match.entity().primaryName().full());
        m.put("matched_name", match.matchedName());
        m.put("score", match.score());
        m.put("explanation", explanation(match.explanation()));
        if (match.partyId() != null) {
            m.put("party", party(match));
        }
        return m;
    }

    /**
     * The party a match is one of: its id, the lists that carry it, and each listing's id, kind, name, programs
     * and dates (the listing that matched among them).
     */
    public static Map<String, Object> party(Match match) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", match.partyId());
        m.put(
                "lists",
                match.listings().stream().map(e -> e.source().code()).distinct().toList());
        List<Object> listings = new ArrayList<>();
        for (Entity e : match.listings()) {
            Map<String, Object> l = listing(e);
            l.put("matched", e.id().equals(match.entity().id()));
            listings.add(l);
        }
        m.put("listings", listings);
        return m;
    }

    /** One listing of a party as the party object and the scan's {@code also_listed_as} show it. */
    public static Map<String, Object> listing(Entity e) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("entity_id", e.id());
        l.put("source", e.source().code());
        l.put("kind", e.kind().code());
        l.put("name", e.primaryName().full());
        l.put("programs", e.programs());
        l.put("listed_on", e.listedOn() == null ? null : e.listedOn().toString());
        l.put("published", e.published() == null ? null : e.published().toString());
        return l;
    }

    public static Map<String, Object> comparison(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", c.score());
        m.put("match", c.match());
        m.put("explanation", explanation(c.explanation()));
        return m;
    }

    public static Map<String, Object> explanation(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", e.summary());
        m.put("query_reading", e.queryReading());
        List<Object> pairs = new ArrayList<>();
        for (Explanation.Pair p : e.pairs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("query", p.query());
            pm.put("name", p.name());
            pm.put("rule", p.rule());
            pm.put("similarity", p.similarity());
            pairs.add(pm);
        }
        m.put("pairs", pairs);
        m.put("unmatched_query", e.unmatchedQuery());
        m.put("unmatched_name", e.unmatchedName());
        m.put("name_score", e.nameScore());
        if (e.cap() != null) {
            m.put("cap", e.cap());
        }
        List<Object> facts = new ArrayList<>();
        for (FactCheck f : e.facts()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("fact", f.fact());
            fm.put("query", f.query());
            fm.put("listed", f.listed());
            fm.put("outcome", f.outcome());
            fm.put("effect", f.effect());
            facts.add(fm);
        }
        m.put("facts", facts);
        if (e.identifier() != null) {
            m.put("identifier", e.identifier());
        }
        return m;
    }
}
