package dev.embargo.server.yente;

import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Source;
import dev.embargo.server.ApiException;
import dev.embargo.server.lists.ServedLists;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The datasets yente clients may name: {@code default} and {@code sanctions} (every list in service) and one
 * per list in service, named by its source code with underscores ({@code us_ofac_sdn}). A list that is not
 * loaded is no dataset: screening "against" it must fail loudly rather than find nothing.
 */
public final class Datasets {
    public static final String DEFAULT = "default";
    public static final String SANCTIONS = "sanctions";
    private static final DateTimeFormatter VERSION =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    /**
     * @param name     as clients spell it
     * @param sources  the lists it covers
     * @param children the datasets it is made of (empty for one list)
     * @param version  yente's version stamp: the list's publication date, else when the lists were loaded
     */
    public record Dataset(
            String name, String title, String summary, Set<Source> sources, List<String> children, String version) {}

    private Datasets() {}

    /**
     * OpenSanctions' names for the lists Embargo reads, so that a yente client's dataset names work unchanged:
     * each stands for the one list of that publisher Embargo serves.
     */
    public static final Map<String, Source> OPENSANCTIONS_NAMES = Map.of(
            "un_sc_sanctions", Source.UN,
            "us_ofac_sdn", Source.US_OFAC_SDN,
            "us_ofac_cons", Source.US_OFAC_CONS,
            "eu_fsf", Source.EU_FSF,
            "gb_fcdo_sanctions", Source.UK_OFSI,
            "ca_dfatd_sema_sanctions", Source.CA_SEMA,
            "au_dfat_sanctions", Source.AU_DFAT);

    public static String nameOf(Source source) {
        return source.code().replace('-', '_');
    }

    /** Every dataset of the lists in service, the two collections first. */
    public static List<Dataset> of(ServedLists served) {
        Map<Source, LocalDate> loaded = new LinkedHashMap<>();
        for (Source s : Source.values()) {
            for (LoadedList l : served.report().lists()) {
                if (l.source() == s) {
                    LocalDate p = l.published();
                    LocalDate known = loaded.get(s);
                    loaded.put(s, known == null || (p != null && p.isAfter(known)) ? p : known);
                }
            }
        }
        String loadedVersion = VERSION.format(served.loadedAt());
        List<String> children = loaded.keySet().stream().map(Datasets::nameOf).toList();
        Set<Source> all = loaded.isEmpty() ? EnumSet.noneOf(Source.class) : EnumSet.copyOf(loaded.keySet());
        List<Dataset> out = new ArrayList<>();
        out.add(new Dataset(
                DEFAULT,
                "All lists in service",
                "Every sanctions list this Embargo server has loaded",
                all,
                children,
                loadedVersion));
        out.add(new Dataset(
                SANCTIONS,
                "Sanctions lists",
                "Every sanctions list this Embargo server has loaded (the same as default)",
                all,
                children,
                loadedVersion));
        loaded.forEach((s, published) -> out.add(new Dataset(
                nameOf(s),
                s.title(),
                s.title() + ", as published",
                EnumSet.of(s),
                List.of(),
                published == null ? loadedVersion : published.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000")));
        return out;
    }

    /** The dataset named {@code name} (Embargo's name or OpenSanctions'), if it is in service. */
    public static Optional<Dataset> named(ServedLists served, String name) {
        List<Dataset> all = of(served);
        Source alias = OPENSANCTIONS_NAMES.get(name);
        for (Dataset d : all) {
            if (d.name().equals(name) || (alias != null && d.name().equals(nameOf(alias)))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The dataset named {@code name}, or yente's 404 (naming the datasets there are). */
    public static Dataset find(ServedLists served, String name) {
        return named(served, name)
                .orElseThrow(() -> ApiException.notFound("No such dataset: \"" + name
                        + "\"; the datasets in service are "
                        + String.join(
                                ", ", of(served).stream().map(Dataset::name).toList())));
    }

    /**
     * The lists named in a filter parameter ({@code include_dataset=us_ofac_sdn}). As in yente, a name that is
     * no dataset in service names no list: it narrows an {@code include_dataset} to nothing and leaves an
     * {@code exclude_dataset} without effect.
     */
    public static Set<Source> sourcesOf(ServedLists served, List<String> names) {
        Set<Source> out = EnumSet.noneOf(Source.class);
        for (String n : names) {
            named(served, n).ifPresent(d -> out.addAll(d.sources()));
        }
        return out;
    }
}
