package dev.embargo.report.json;

import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.place.Jurisdictions;
import dev.embargo.scanning.read.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a scan report, shared by {@code embargo scan --format json} and {@code POST /v1/scan}. */
public final class ScanJson {
    private ScanJson() {}

    public static Map<String, Object> report(Scanner.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("characters", r.characters());
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("code", r.language().language().code());
        language.put("clear", r.language().clear());
        m.put("language", language);
        List<Object> mentions = new ArrayList<>();
        for (Scanner.MentionHit h : r.mentions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", h.mention().start());
            x.put("end", h.mention().end());
            x.put("text", h.mention().written());
            x.put("screened_as", h.mention().query());
            x.put("exonym", h.mention().exonym());
            r.fieldAt(h.mention().start()).ifPresent(f -> x.put("field", field(f)));
            x.putAll(MatchJson.match(h.match()));
            // The same party's other listings; other parties the mention may be are in other_parties.
            x.put(
                    "also_listed_as",
                    h.match().listings().stream()
                            .filter(e -> !e.id().equals(h.match().entity().id()))
                            .map(MatchJson::listing)
                            .toList());
            x.put(
                    "other_parties",
                    h.matches().stream().skip(1).map(MatchJson::match).toList());
            mentions.add(x);
        }
        m.put("mentions", mentions);
        List<Object> jurisdictions = new ArrayList<>();
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("country", j.iso());
            x.put("name", j.name());
            List<Object> spans = new ArrayList<>();
            for (Jurisdictions.Found f : j.mentions()) {
                spans.add(ordered("start", f.start(), "end", f.end(), "text", f.written()));
            }
            x.put("mentions", spans);
            List<Object> programs = new ArrayList<>();
            for (Scanner.ProgramCount p : j.programs()) {
                programs.add(ordered("source", p.source(), "program", p.program(), "entities", p.entities()));
            }
            x.put("programs", programs);
            jurisdictions.add(x);
        }
        m.put("jurisdictions", jurisdictions);
        List<Object> identifiers = new ArrayList<>();
        for (Scanner.IdentifierHit i : r.identifiers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", i.found().start());
            x.put("end", i.found().end());
            x.put("kind", i.found().kind());
            x.put("value", i.found().value());
            r.fieldAt(i.found().start()).ifPresent(f -> x.put("field", field(f)));
            x.put("matches", i.matches().stream().map(MatchJson::match).toList());
            identifiers.add(x);
        }
        m.put("identifiers", identifiers);
        List<Object> claims = new ArrayList<>();
        for (ClaimGroup g : r.claimGroups()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("topic", g.topic());
            x.put("sources_differ", g.contested());
            x.put("claims", g.claims().stream().map(ScanJson::claim).toList());
            claims.add(x);
        }
        m.put("claim_groups", claims);
        m.put("claims", r.claims().stream().map(ScanJson::claim).toList());
        return m;
    }

    /** Where in a payment message a hit stands: message (or transaction), field, and line of the input. */
    private static Map<String, Object> field(Field f) {
        return ordered("message", f.message(), "name", f.name(), "line", f.line());
    }

    private static Map<String, Object> claim(Claim c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("source", c.source());
        x.put("source_start", c.sourceStart());
        x.put("source_end", c.sourceEnd());
        x.put("sentence", c.sentence());
        x.put("sentence_start", c.sentenceStart());
        x.put("sentence_end", c.sentenceEnd());
        x.put(
                "quantities",
                c.quantities().stream()
                        .map(q -> {
                            Map<String, Object> y = new LinkedHashMap<>();
                            y.put("value", q.value());
                            y.put("unit", q.unit());
                            y.put("text", q.written());
                            y.put("start", q.start());
                            y.put("end", q.end());
                            return y;
                        })
                        .toList());
        return x;
    }

    /** Keys in the order given: Map.of iterates in an order that changes from one JVM run to the next. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }
}
