package dev.embargo.server.yente;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Name;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * yente's term filters, sorts and {@code changed_since} over Embargo's parties. yente filters on the fields of
 * its index; these are the same fields, read from a party: {@code countries}, {@code topics}, {@code datasets}
 * (Embargo's names and OpenSanctions'), {@code schema}, {@code target}, {@code entity_id}, {@code referents},
 * {@code caption}, {@code first_seen}, {@code last_seen}, {@code last_change} and {@code properties.<name>}
 * (or just the property name). As a term filter on a field the index lacks, a filter on any other field matches
 * nothing. Values are compared exactly, as terms are.
 */
final class YenteFilters {
    /** yente's two ways to combine several values of one field. */
    static final List<String> OPERATORS = List.of("AND", "OR");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private YenteFilters() {}

    /** A party's values of one index field. */
    static List<String> values(Entity e, String field, Generation g) {
        return switch (field) {
            case "countries" -> new ArrayList<>(SearchFacets.countries(e));
            case "topics" -> List.of(FtmEntity.TOPIC);
            case "datasets" -> datasetNames(e);
            case "schema" -> List.of(FtmSchema.of(e).ftmName());
            case "target" -> List.of("true");
            case "entity_id", "id" -> List.of(FtmEntity.idOf(e));
            case "referents" -> g.referents(e.id());
            case "caption" -> List.of(e.primaryName().full());
            case "first_seen", "last_seen", "last_change" -> seen(e, field, g);
            default -> {
                String prop = field.startsWith("properties.") ? field.substring("properties.".length()) : field;
                yield FtmEntity.properties(e).getOrDefault(prop, List.of());
            }
        };
    }

    /**
     * An entity nested in a listed party's values of one index field (a wallet, a sanction: not a target), read
     * from its FtM form; its datasets are its holder's, as in yente, where a nested entity comes from the same
     * source data.
     */
    static List<String> values(Map<String, Object> nested, Entity holder, String field) {
        return switch (field) {
            case "datasets" -> datasetNames(holder);
            case "schema", "caption", "first_seen", "last_seen", "last_change" ->
                nested.get(field) instanceof String v ? List.of(v) : List.of();
            case "target" -> List.of(String.valueOf(nested.get("target")));
            case "entity_id", "id" -> List.of(String.valueOf(nested.get("id")));
            case "referents" -> List.of();
            default -> {
                String prop = field.startsWith("properties.") ? field.substring("properties.".length()) : field;
                List<String> out = new ArrayList<>();
                if (nested.get("properties") instanceof Map<?, ?> props && props.get(prop) instanceof List<?> list) {
                    list.forEach(v -> out.add(String.valueOf(v)));
                }
                yield out;
            }
        };
    }

    /** {@link #passes} for an entity nested in {@code holder}. */
    static boolean passes(Map<String, Object> nested, Entity holder, Map<String, List<String>> filters, boolean and) {
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            Set<String> has = new HashSet<>(values(nested, holder, f.getKey()));
            boolean ok =
                    and ? has.containsAll(f.getValue()) : f.getValue().stream().anyMatch(has::contains);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static List<String> datasetNames(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(Datasets.nameOf(e.source()));
        Datasets.OPENSANCTIONS_NAMES.forEach((name, source) -> {
            if (source == e.source() && !out.contains(name)) {
                out.add(name);
            }
        });
        return out;
    }

    private static List<String> seen(Entity e, String field, Generation g) {
        return g.history()
                .of(e.id())
                .map(s -> switch (field) {
                    case "first_seen" -> s.firstSeen();
                    case "last_seen" -> s.lastSeen();
                    default -> s.lastChange();
                })
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * Whether a party passes the filters: per field, any of the values (OR) or all of them (AND); every field
     * must pass.
     */
    static boolean passes(Entity e, Map<String, List<String>> filters, boolean and, Generation g) {
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            Set<String> has = new HashSet<>(values(e, f.getKey(), g));
            boolean ok =
                    and ? has.containsAll(f.getValue()) : f.getValue().stream().anyMatch(has::contains);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code changed_since} as yente reads it (a date, optionally with hours, minutes and seconds), in the form
     * of the entities' times so that the two compare as text.
     */
    static String changedSince(String value) {
        String full = "0000-00-00T00:00:00";
        return value.length() >= full.length() ? value : value + full.substring(value.length());
    }

    static boolean changedAfter(Entity e, String since, Generation g) {
        return g.history()
                .of(e.id())
                .map(s -> s.lastChange() != null && s.lastChange().compareTo(since) > 0)
                .orElse(false);
    }

    /** One {@code sort} value: {@code field} or {@code field:asc|desc}. */
    record Sort(String field, boolean descending) {}

    static Sort sort(String text) {
        int colon = text.lastIndexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String order = colon < 0 ? "asc" : text.substring(colon + 1).toLowerCase(Locale.ROOT);
        if (field.isBlank() || !(order.equals("asc") || order.equals("desc"))) {
            throw YenteInvalid.query(
                    "sort", "value_error", "Value error, expected field or field:asc or field:desc, got " + text, text);
        }
        return new Sort(field.strip(), order.equals("desc"));
    }

    /**
     * Orders hits by the sorts, keeping the given order (by score) between equals; a party without a value for
     * a field sorts last, as yente's {@code missing: _last}. {@code _score} keeps the score order.
     */
    static List<Entity> sorted(List<Entity> hits, List<Sort> sorts, Generation g) {
        if (sorts.isEmpty()) {
            return hits;
        }
        Map<Entity, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            rank.putIfAbsent(hits.get(i), i);
        }
        Comparator<Entity> order = (a, b) -> 0;
        for (Sort s : sorts) {
            if (s.field().equals("_score")) {
                Comparator<Entity> byScore = Comparator.comparingInt(rank::get);
                order = order.thenComparing(s.descending() ? byScore : byScore.reversed());
                continue;
            }
            Function<Entity, String> key = e -> {
                List<String> v = values(e, s.field(), g);
                return v.isEmpty()
                        ? null
                        : s.descending()
                                ? v.stream().max(String::compareTo).orElseThrow()
                                : v.stream().min(String::compareTo).orElseThrow();
            };
            Comparator<String> values = s.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            order = order.thenComparing(key, Comparator.nullsLast(values));
        }
        List<Entity> out = new ArrayList<>(hits);
        out.sort(order.thenComparing(rank::get));
        return out;
    }

    /** The words of a text as an analyzer would index them: accents off, lower case. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : WORD_SPLIT.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether every word of the query is a word of one of the party's names or identifiers: yente's search
     * without {@code fuzzy} (all terms must match, none by edit distance).
     */
    static boolean hasEveryWord(Entity e, List<String> queryWords) {
        Set<String> words = new HashSet<>();
        for (Name n : e.names()) {
            words.addAll(words(n.full()));
        }
        for (Identifier id : e.identifiers()) {
            words.addAll(words(id.value()));
        }
        return words.containsAll(queryWords);
    }
}
