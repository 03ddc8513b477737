package dev.embargo.lists;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities read from one list file (with its companions), the file's publication date, and what the
 * parser had to skip.
 */
public record LoadedList(
        Source source,
        ListFormat format,
        String file,
        LocalDate published,
        List<Entity> entities,
        List<LoadWarning> warnings) {
    public LoadedList {
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }

    /** The same list, reported under {@code file} (the path it was loaded from). */
    public LoadedList withFile(String file) {
        return new LoadedList(source, format, file, published, entities, warnings);
    }

    /** The first warning that the file's bytes were damaged on the way, if any ({@link LoadWarning#damage()}). */
    public Optional<LoadWarning> damage() {
        return warnings.stream().filter(LoadWarning::damage).findFirst();
    }

    public Map<EntityKind, Integer> countByKind() {
        Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
        for (Entity e : entities) {
            counts.merge(e.kind(), 1, Integer::sum);
        }
        return counts;
    }

    public int nameCount() {
        return entities.stream().mapToInt(e -> e.names().size()).sum();
    }

    public int identifierCount() {
        return entities.stream().mapToInt(e -> e.identifiers().size()).sum();
    }
}
