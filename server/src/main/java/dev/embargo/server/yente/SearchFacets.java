package dev.embargo.server.yente;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Counts over every hit of a search (not only the page shown), in yente's facet shape: per facet a label and
 * its most frequent values with {@code name}, {@code label} and {@code count}.
 */
final class SearchFacets {
    private SearchFacets() {}

    static Map<String, Object> of(List<Entity> hits, List<String> facets) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : facets) {
            out.put(
                    f,
                    switch (f) {
                        case "countries" ->
                            facet("Countries", hits, SearchFacets::countries, SearchFacets::countryLabel);
                        case "topics" -> facet("Topics", hits, e -> Set.of(FtmEntity.TOPIC), v -> "Sanctioned entity");
                        case "datasets" ->
                            facet(
                                    "Data sources",
                                    hits,
                                    e -> Set.of(Datasets.nameOf(e.source())),
                                    SearchFacets::datasetLabel);
                        case "schema" ->
                            facet(
                                    "Entity types",
                                    hits,
                                    e -> Set.of(FtmSchema.of(e).ftmName()),
                                    v -> FtmSchema.byName(v)
                                            .map(FtmSchema::plural)
                                            .orElse(v));
                        case "genders" ->
                            facet(
                                    "Genders",
                                    hits,
                                    e -> e.gender() == null ? Set.of() : Set.of(e.gender()),
                                    v -> v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1));
                        case "names" ->
                            facet(
                                    "Names",
                                    hits,
                                    e -> new LinkedHashSet<>(
                                            e.names().stream().map(Name::full).toList()),
                                    v -> v);
                        case "identifiers" ->
                            facet(
                                    "Identifiers",
                                    hits,
                                    e -> new LinkedHashSet<>(e.identifiers().stream()
                                            .map(Identifier::value)
                                            .toList()),
                                    v -> v);
                        default -> throw new IllegalArgumentException("unknown facet " + f);
                    });
        }
        return out;
    }

    /** Every country a party is tied to, as lower-case ISO codes. */
    static Set<String> countries(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        e.nationalities().forEach(c -> out.add(FtmEntity.country(c)));
        e.citizenships().forEach(c -> out.add(FtmEntity.country(c)));
        e.countries().forEach(c -> out.add(FtmEntity.country(c)));
        for (Address a : e.addresses()) {
            if (a.country() != null) {
                out.add(FtmEntity.country(a.country()));
            }
        }
        return out;
    }

    private static String countryLabel(String iso) {
        String name = Locale.of("", iso.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? iso : name;
    }

    private static String datasetLabel(String name) {
        for (Source s : Source.values()) {
            if (Datasets.nameOf(s).equals(name)) {
                return s.title();
            }
        }
        return name;
    }

    /**
     * The same counts over hits that are FtM entities in yente's shape rather than listed parties (the entities
     * nested in them), read from their properties as yente's index reads them.
     */
    static Map<String, Object> ofEntities(List<Map<String, Object>> hits, List<String> facets) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : facets) {
            out.put(
                    f,
                    switch (f) {
                        case "countries" ->
                            facet(
                                    "Countries",
                                    hits,
                                    m -> values(m, "country", "nationality", "citizenship", "jurisdiction"),
                                    SearchFacets::countryLabel);
                        case "topics" -> facet("Topics", hits, m -> values(m, "topics"), v -> v);
                        case "datasets" ->
                            facet("Data sources", hits, m -> strings(m.get("datasets")), SearchFacets::datasetLabel);
                        case "schema" ->
                            facet(
                                    "Entity types",
                                    hits,
                                    m -> Set.of(String.valueOf(m.get("schema"))),
                                    v -> FtmSchema.byName(v)
                                            .map(FtmSchema::plural)
                                            .orElse(v));
                        case "genders" -> facet("Genders", hits, m -> values(m, "gender"), v -> v);
                        case "names" -> facet("Names", hits, m -> values(m, "name", "alias"), v -> v);
                        case "identifiers" ->
                            facet(
                                    "Identifiers",
                                    hits,
                                    m -> values(m, "publicKey", "registrationNumber", "idNumber"),
                                    v -> v);
                        default -> throw new IllegalArgumentException("unknown facet " + f);
                    });
        }
        return out;
    }

    private static Set<String> values(Map<String, Object> entity, String... properties) {
        Set<String> out = new LinkedHashSet<>();
        if (entity.get("properties") instanceof Map<?, ?> props) {
            for (String p : properties) {
                out.addAll(strings(props.get(p)));
            }
        }
        return out;
    }

    private static Set<String> strings(Object values) {
        Set<String> out = new LinkedHashSet<>();
        if (values instanceof List<?> list) {
            for (Object v : list) {
                if (v instanceof String text) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static <T> Map<String, Object> facet(
            String label, List<T> hits, Function<T, Set<String>> values, Function<String, String> valueLabel) {
        Map<String, Integer> counts = new HashMap<>();
        for (T e : hits) {
            for (String v : values.apply(e)) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Object> items = new ArrayList<>();
        for (Map.Entry<String, Integer> c : sorted.subList(0, Math.min(YenteApi.FACET_VALUES, sorted.size()))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c.getKey());
            item.put("label", valueLabel.apply(c.getKey()));
            item.put("count", c.getValue());
            items.add(item);
        }
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("label", label);
        facet.put("values", items);
        return facet;
    }
}
