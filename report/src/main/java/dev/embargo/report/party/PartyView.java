package dev.embargo.report.party;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.parties.Evidence;
import dev.embargo.parties.Party;
import dev.embargo.report.json.OutputJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One party with its listings side by side, fact by fact: what {@code embargo show}, {@code /v1/entities} and
 * the {@code /entity/} page show. A fact is marked as differing when two listings give it and say different
 * things (a name is never marked: each list spells it its own way, which is why every name is shown).
 *
 * @param partyId  the party's id
 * @param listings its listings, anchor first
 * @param evidence why they are one party
 * @param facts    one row per fact any listing gives, in a fixed order
 */
public record PartyView(String partyId, List<Entity> listings, List<Evidence> evidence, List<Fact> facts) {
    public PartyView {
        listings = List.copyOf(listings);
        evidence = List.copyOf(evidence);
        facts = List.copyOf(facts);
    }

    /**
     * One fact across the listings.
     *
     * @param label   what the fact is ("born", "nationality", ...)
     * @param values  per listing (in the order of {@link #listings}) what it says, as shown; empty when it says
     *                nothing
     * @param differs whether two listings that give the fact say different things
     */
    public record Fact(String label, List<List<String>> values, boolean differs) {
        public Fact {
            values = values.stream().map(List::copyOf).toList();
        }
    }

    /** The view of {@code party}, whose listings as loaded are {@code listings} (anchor first). */
    public static PartyView of(Party party, List<Entity> listings) {
        List<Fact> facts = new ArrayList<>();
        add(facts, listings, "kind", e -> List.of(e.kind().code()), v -> v, true);
        add(facts, listings, "names", Entity::names, PartyView::name, false);
        add(facts, listings, "born", Entity::birthDates, PartyView::date, true, ListedDate::iso);
        add(facts, listings, "birth place", Entity::birthPlaces, s -> s, false);
        add(facts, listings, "nationality", Entity::nationalities, s -> s, true);
        add(facts, listings, "citizenship", Entity::citizenships, s -> s, true);
        add(facts, listings, "countries", Entity::countries, s -> s, false);
        add(facts, listings, "gender", e -> e.gender() == null ? List.of() : List.of(e.gender()), s -> s, true);
        add(facts, listings, "titles", Entity::titles, s -> s, false);
        add(facts, listings, "identifiers", Entity::identifiers, PartyView::identifier, false);
        facts.replaceAll(f ->
                f.label().equals("identifiers") ? new Fact(f.label(), f.values(), identifiersDiffer(listings)) : f);
        add(facts, listings, "addresses", Entity::addresses, PartyView::address, false);
        add(facts, listings, "programs", Entity::programs, s -> s, false);
        add(
                facts,
                listings,
                "listed on",
                e -> e.listedOn() == null ? List.of() : List.of(e.listedOn().toString()),
                s -> s,
                false);
        return new PartyView(party.id(), listings, party.evidence(), facts);
    }

    private static <T> void add(
            List<Fact> facts,
            List<Entity> listings,
            String label,
            Function<Entity, List<T>> get,
            Function<T, String> show,
            boolean compared) {
        add(facts, listings, label, get, show, compared, show);
    }

    /**
     * Adds the fact if any listing gives it; {@code key} is what is compared (a date's ISO form, an identifier's
     * type and number without spaces or punctuation), so a list's way of writing it is not a difference.
     */
    private static <T> void add(
            List<Fact> facts,
            List<Entity> listings,
            String label,
            Function<Entity, List<T>> get,
            Function<T, String> show,
            boolean compared,
            Function<T, String> key) {
        List<List<String>> values = new ArrayList<>();
        Set<Set<String>> given = new HashSet<>();
        boolean any = false;
        for (Entity e : listings) {
            List<T> v = get.apply(e);
            values.add(v.stream().map(show).toList());
            if (!v.isEmpty()) {
                any = true;
                Set<String> keys = new TreeSet<>();
                v.forEach(x -> keys.add(key.apply(x)));
                given.add(keys);
            }
        }
        if (any) {
            facts.add(new Fact(label, values, compared && given.size() > 1));
        }
    }

    private static String name(Name n) {
        return n.full() + "  [" + OutputJson.code(n.type()) + ", " + n.script() + "]";
    }

    private static String date(ListedDate d) {
        return d.iso() + (d.circa() ? " (circa)" : "");
    }

    private static String identifier(Identifier i) {
        return OutputJson.code(i.type()) + " " + i.value() + (i.country() == null ? "" : " [" + i.country() + "]");
    }

    /**
     * Whether two listings give the same kind of identifier (a passport, an IMO number) with different numbers.
     * A kind only one list gives is not a difference, nor is a list's own reference number (type other).
     */
    private static boolean identifiersDiffer(List<Entity> listings) {
        Map<IdentifierType, Set<Set<String>>> byType = new java.util.EnumMap<>(IdentifierType.class);
        for (Entity e : listings) {
            Map<IdentifierType, Set<String>> mine = new java.util.EnumMap<>(IdentifierType.class);
            for (Identifier i : e.identifiers()) {
                if (i.type() != IdentifierType.OTHER) {
                    mine.computeIfAbsent(i.type(), t -> new TreeSet<>())
                            .add(i.value().replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT));
                }
            }
            mine.forEach(
                    (t, v) -> byType.computeIfAbsent(t, k -> new HashSet<>()).add(v));
        }
        return byType.values().stream().anyMatch(sets -> sets.size() > 1);
    }

    private static String address(Address a) {
        return a.full() + (a.country() == null ? "" : "  [" + a.country() + "]");
    }

    /** The view as JSON: the party's id, lists, listings, evidence and facts side by side. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", partyId);
        m.put("lists", listings.stream().map(e -> e.source().code()).distinct().toList());
        m.put("listings", listings.stream().map(Entity::id).toList());
        List<Object> ev = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", OutputJson.code(e.kind()));
            x.put("value", e.value());
            x.put("listings", List.of(e.listingA(), e.listingB()));
            ev.add(x);
        }
        m.put("evidence", ev);
        List<Object> fs = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fact", f.label());
            x.put("differs", f.differs());
            Map<String, Object> byListing = new LinkedHashMap<>();
            for (int i = 0; i < listings.size(); i++) {
                byListing.put(listings.get(i).id(), f.values().get(i));
            }
            x.put("values", byListing);
            fs.add(x);
        }
        m.put("facts", fs);
        return m;
    }

    /**
     * The view as text: a header with the party's id and lists, the evidence, then each fact with one line per
     * value and listing; a fact whose listings disagree is marked {@code ≠}.
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "party %s: %d listing%s (%s)%n",
                partyId,
                listings.size(),
                listings.size() == 1 ? "" : "s",
                String.join(", ", listings.stream().map(Entity::id).toList())));
        for (Evidence e : evidence) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  joined by %s %s: %s = %s%n",
                    OutputJson.code(e.kind()),
                    e.value(),
                    e.listingA(),
                    e.listingB()));
        }
        if (listings.size() == 1) {
            // One listing: its facts are shown above; side by side with nothing they say nothing more.
            return sb.toString();
        }
        int idWidth = listings.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (Fact f : facts) {
            boolean first = true;
            for (int i = 0; i < listings.size(); i++) {
                List<String> v = f.values().get(i);
                for (int j = 0; j < Math.max(1, v.size()); j++) {
                    sb.append(String.format(
                            Locale.ROOT,
                            "  %-12s %s %-" + idWidth + "s  %s%n",
                            first ? f.label() : "",
                            first && f.differs() ? "≠" : " ",
                            j == 0 ? listings.get(i).id() : "",
                            v.isEmpty() ? "—" : v.get(j)));
                    first = false;
                }
            }
        }
        return sb.toString();
    }
}
