package dev.embargo.lists.ofac;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the entries of one OFAC file and finishes them once the whole file is read: only then is it known
 * whether the file is the SDN or the consolidated list ({@link OfacSourceRule}), which fixes every id, and
 * which primary names "Linked To:" and owner links point at. Entries are built under
 * {@link #PROVISIONAL_SOURCE} and given their final source and id here. One instance per read.
 */
final class OfacListAssembler {
    static final Source PROVISIONAL_SOURCE = Source.US_OFAC_SDN;

    private final OfacSourceRule sourceRule = new OfacSourceRule();
    private final List<Entity> entities = new ArrayList<>();
    private final List<LoadWarning> warnings = new ArrayList<>();

    void add(EntityBuilder entry, List<String> programs, boolean carriesSectoralDirective) {
        entities.add(entry.build());
        sourceRule.count(programs, carriesSectoralDirective);
    }

    void warn(LoadWarning warning) {
        warnings.add(warning);
    }

    LoadedList finish(ListFormat format, String file, LocalDate published) {
        Source source = sourceRule.decide();
        Map<String, String> idByPrimaryName = new HashMap<>();
        for (Entity e : entities) {
            // A name two entries share cannot tell which one a link means: leave such links unresolved.
            idByPrimaryName.merge(e.primaryName().full(), e.idInSource(), (a, b) -> "");
        }
        List<Entity> finished = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Link> links = e.links().isEmpty() ? e.links() : resolve(e.links(), idByPrimaryName, source);
            // The XML may name its publication date after the first entries; give it to all of them.
            LocalDate entityPublished = e.published() != null ? e.published() : published;
            if (source == PROVISIONAL_SOURCE && links == e.links() && entityPublished == e.published()) {
                finished.add(e);
            } else {
                finished.add(new Entity(
                        source.entityId(e.idInSource()),
                        source,
                        e.kind(),
                        e.names(),
                        e.birthDates(),
                        e.birthPlaces(),
                        e.nationalities(),
                        e.citizenships(),
                        e.countries(),
                        e.gender(),
                        e.titles(),
                        e.addresses(),
                        e.identifiers(),
                        e.programs(),
                        e.listedOn(),
                        e.remarks(),
                        links,
                        e.sourceFile(),
                        entityPublished));
            }
        }
        return new LoadedList(source, format, file, published, finished, warnings);
    }

    private static List<Link> resolve(List<Link> links, Map<String, String> idByPrimaryName, Source source) {
        List<Link> resolved = new ArrayList<>(links.size());
        boolean changed = false;
        for (Link link : links) {
            String name = link.targetName();
            String id = idByPrimaryName.get(name);
            if (id == null) {
                // A remark's final "." swallows the dot of a name ending in one: "Linked To: R D I S.A."
                id = idByPrimaryName.get(name + ".");
                if (id != null && !id.isEmpty()) {
                    name = name + ".";
                }
            }
            if (id == null || id.isEmpty()) {
                resolved.add(link);
            } else {
                resolved.add(new Link(name, source.entityId(id), link.relation()));
                changed = true;
            }
        }
        return changed ? resolved : links;
    }
}
