package dev.embargo.server.ui;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.server.params.BadParameter;
import dev.embargo.server.params.NumberRange;
import dev.embargo.server.params.Numbers;
import dev.embargo.server.params.QueryFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The search form as the analyst filled it in, every field as text (blank when not given), so the page can
 * show it back exactly. {@link #check} reads it into a query and filters, or says which fields are wrong.
 *
 * @param q       the name (or an identifier) to look for
 * @param source  the code of the one list to keep hits from ("us-ofac-sdn"), or blank for all
 * @param kind    person, organization, vessel, aircraft, or blank for any
 * @param country a country (code or name): hits must be tied to it, and it counts as evidence in the score
 * @param program a sanctions program; hits must carry one whose name contains it
 * @param dob     a date of birth, evidence for the score
 * @param min     the lowest score shown, blank for the default threshold
 */
record SearchForm(String q, String source, String kind, String country, String program, String dob, String min) {
    /** The minimum scores the form offers; any number from 0 to 1 is accepted. */
    static final List<String> MIN_SCORES = List.of("0.95", "0.90", "0.85", "0.80", "0.70");

    SearchForm {
        q = clean(q);
        source = clean(source);
        kind = clean(kind);
        country = clean(country);
        program = clean(program);
        dob = clean(dob);
        min = clean(min);
    }

    /** The form from request parameters by name (absent parameters read as blank). */
    static SearchForm from(Function<String, String> param) {
        return new SearchForm(
                param.apply("q"),
                param.apply("list"),
                param.apply("kind"),
                param.apply("country"),
                param.apply("program"),
                param.apply("dob"),
                param.apply("min"));
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    boolean blank() {
        return q.isEmpty();
    }

    boolean filtered() {
        return !source.isEmpty() || !country.isEmpty() || !program.isEmpty();
    }

    /** The parameters that reproduce this form, for links back to the search and to explanations. */
    Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("list", source);
        p.put("kind", kind);
        p.put("country", country);
        p.put("program", program);
        p.put("dob", dob);
        p.put("min", min);
        return p;
    }

    /**
     * Every parameter but the name: an explanation needs the evidence (kind, country, date of birth) to give the
     * same score, and keeps the filters for the way back to the search.
     */
    Map<String, String> withoutName() {
        Map<String, String> p = params();
        p.remove("q");
        return p;
    }

    /**
     * The form read and checked.
     *
     * @param query     the query to screen, or null when a field was wrong or no name was given
     * @param source    the one list to keep, or empty for all
     * @param threshold the lowest score shown
     * @param errors    one line per wrong field, naming it and saying what was expected
     */
    record Checked(Query query, Optional<Source> source, String program, double threshold, List<String> errors) {
        boolean ok() {
            return errors.isEmpty() && query != null;
        }

        /** Whether a listed party passes the list, country and program filters. */
        boolean accepts(Entity e) {
            if (source.isPresent() && e.source() != source.get()) {
                return false;
            }
            if (query.country() != null && !tiedTo(e, query.country())) {
                return false;
            }
            if (!program.isEmpty()) {
                String p = program.toLowerCase(Locale.ROOT);
                return e.programs().stream()
                        .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(p));
            }
            return true;
        }
    }

    /** The countries the evidence scorer also compares: nationality, citizenship, listed countries, addresses. */
    static boolean tiedTo(Entity e, String iso) {
        if (e.nationalities().contains(iso)
                || e.citizenships().contains(iso)
                || e.countries().contains(iso)) {
            return true;
        }
        for (Address a : e.addresses()) {
            if (iso.equals(a.country())) {
                return true;
            }
        }
        return false;
    }

    Checked check(int maxNameChars) {
        List<String> errors = new ArrayList<>();
        Optional<Source> src = Optional.empty();
        if (!source.isEmpty()) {
            src = Source.fromCode(source);
            if (src.isEmpty()) {
                errors.add("List: expected one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Source.values())
                                        .map(Source::code)
                                        .toList()) + ", got \u201c" + source + "\u201d");
            }
        }
        double threshold = Screener.DEFAULT_THRESHOLD;
        try {
            threshold = Numbers.decimal("min", min, Screener.DEFAULT_THRESHOLD, NumberRange.whole(0, 1));
        } catch (BadParameter e) {
            errors.add(label(e.problem().field()) + ": expected " + e.problem().expected() + ", got \u201c"
                    + e.problem().value() + "\u201d");
        }
        if (q.length() > maxNameChars) {
            errors.add("Name: at most " + maxNameChars + " characters, got " + q.length());
        }
        Query query = null;
        try {
            query = QueryFields.read(q, kind, dob, country);
        } catch (BadParameter e) {
            // The query's own wording, after the form's label for the field.
            errors.add(label(e.problem().field()) + ": " + e.problem().detail());
        }
        return new Checked(
                q.isEmpty() || !errors.isEmpty() ? null : query, src, program, threshold, List.copyOf(errors));
    }

    /** The form's label of a field the query and the parameter parser name by its parameter. */
    private static String label(String field) {
        return switch (field) {
            case QueryFields.KIND -> "Kind";
            case QueryFields.DOB -> "Date of birth";
            case QueryFields.COUNTRY -> "Country";
            case "min" -> "Minimum score";
            default -> field;
        };
    }
}
