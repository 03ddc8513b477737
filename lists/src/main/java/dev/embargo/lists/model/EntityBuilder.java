package dev.embargo.lists.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the facts of one entity while a parser streams through its record. Drops blank values and
 * exact duplicates, so parsers need not.
 */
public final class EntityBuilder {
    private final Source source;
    private final String idInSource;
    private EntityKind kind = EntityKind.OTHER;
    private final Set<Name> names = new LinkedHashSet<>();
    private final Set<ListedDate> birthDates = new LinkedHashSet<>();
    private final Set<String> birthPlaces = new LinkedHashSet<>();
    private final Set<String> nationalities = new LinkedHashSet<>();
    private final Set<String> citizenships = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private String gender;
    private final Set<String> titles = new LinkedHashSet<>();
    private final Set<Address> addresses = new LinkedHashSet<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> programs = new LinkedHashSet<>();
    private LocalDate listedOn;
    private final List<String> remarks = new ArrayList<>();
    private final Set<Link> links = new LinkedHashSet<>();
    private String sourceFile;
    private LocalDate published;

    EntityBuilder(Source source, String idInSource) {
        this.source = source;
        this.idInSource = idInSource.strip();
    }

    public String id() {
        return source.entityId(idInSource);
    }

    public EntityBuilder kind(EntityKind kind) {
        this.kind = kind;
        return this;
    }

    public EntityKind kind() {
        return kind;
    }

    /** Adds a name; the first PRIMARY name added is moved to the front when the entity is built. */
    public EntityBuilder name(Name name) {
        if (name != null && !name.full().isBlank()) {
            names.add(name);
        }
        return this;
    }

    public EntityBuilder name(String full, NameType type, NameQuality quality) {
        if (full != null && !full.isBlank()) {
            names.add(Name.of(full.strip(), type, quality));
        }
        return this;
    }

    public boolean hasNames() {
        return !names.isEmpty();
    }

    public EntityBuilder birthDate(ListedDate date) {
        if (date != null) {
            birthDates.add(date);
        }
        return this;
    }

    public EntityBuilder birthPlace(String place) {
        addText(birthPlaces, place);
        return this;
    }

    public EntityBuilder nationality(String iso2) {
        addText(nationalities, iso2);
        return this;
    }

    public EntityBuilder citizenship(String iso2) {
        addText(citizenships, iso2);
        return this;
    }

    public EntityBuilder country(String iso2) {
        addText(countries, iso2);
        return this;
    }

    public EntityBuilder gender(String gender) {
        if (gender != null && !gender.isBlank()) {
            this.gender = gender.strip().toLowerCase(java.util.Locale.ROOT);
        }
        return this;
    }

    public EntityBuilder title(String title) {
        addText(titles, title);
        return this;
    }

    public EntityBuilder address(Address address) {
        if (address != null && address.full() != null && !address.full().isBlank()) {
            addresses.add(address);
        }
        return this;
    }

    public EntityBuilder identifier(Identifier identifier) {
        if (identifier != null && !identifier.value().isBlank()) {
            identifiers.add(identifier);
        }
        return this;
    }

    public EntityBuilder program(String program) {
        addText(programs, program);
        return this;
    }

    public EntityBuilder listedOn(LocalDate date) {
        if (date != null) {
            this.listedOn = date;
        }
        return this;
    }

    public EntityBuilder remark(String remark) {
        if (remark != null && !remark.isBlank()) {
            remarks.add(remark.strip());
        }
        return this;
    }

    public EntityBuilder link(Link link) {
        if (link != null && link.targetName() != null && !link.targetName().isBlank()) {
            links.add(link);
        }
        return this;
    }

    public EntityBuilder sourceFile(String sourceFile, LocalDate published) {
        this.sourceFile = sourceFile;
        this.published = published;
        return this;
    }

    public Entity build() {
        // Every list's name cells are read alike: a bracket that says something of the name is read off it.
        Set<Name> read = new LinkedHashSet<>();
        List<String> allRemarks = new ArrayList<>(remarks);
        for (Name name : names) {
            java.util.Optional<NameCell.Reading> cell = NameCell.read(name, kind);
            if (cell.isPresent()) {
                read.addAll(cell.get().names());
                allRemarks.add(cell.get().remark());
            } else {
                read.add(name);
            }
        }
        List<Name> ordered = new ArrayList<>(read);
        ordered.stream().filter(n -> n.type() == NameType.PRIMARY).findFirst().ifPresent(p -> {
            ordered.remove(p);
            ordered.addFirst(p);
        });
        return new Entity(
                id(),
                source,
                kind,
                ordered,
                List.copyOf(birthDates),
                List.copyOf(birthPlaces),
                List.copyOf(nationalities),
                List.copyOf(citizenships),
                List.copyOf(countries),
                gender,
                List.copyOf(titles),
                List.copyOf(addresses),
                List.copyOf(identifiers),
                List.copyOf(programs),
                listedOn,
                allRemarks.isEmpty() ? null : String.join(" ", allRemarks),
                List.copyOf(links),
                sourceFile,
                published);
    }

    private static void addText(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.strip());
        }
    }
}
