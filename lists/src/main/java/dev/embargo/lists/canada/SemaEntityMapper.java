package dev.embargo.lists.canada;

import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one SEMA record into an entity builder: id, kind, names, dates, regime. */
final class SemaEntityMapper {
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    private static final Pattern SCHEDULE_NON_KEY = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern DATE_ALTERNATIVES = Pattern.compile("\\s+or\\s+", Pattern.CASE_INSENSITIVE);
    /** "1963-1964": a span of years, which ISO reading would take for a year and a month. */
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    private SemaEntityMapper() {}

    /**
     * The id inside the source: regime, schedule and item, which together are the record's legal
     * reference ("russia/1-part-1/1113"); the schedule is left out where the regulations have none.
     */
    static String idInSource(SemaRegime regime, String schedule, String item) {
        StringBuilder id = new StringBuilder(regime.slug()).append('/');
        if (schedule != null) {
            String key =
                    SCHEDULE_NON_KEY.matcher(schedule.toLowerCase(Locale.ROOT)).replaceAll("-");
            key = key.replaceAll("^-+|-+$", "");
            if (!key.isEmpty()) {
                id.append(key).append('/');
            }
        }
        return id.append(SemaRegime.slugOf(item)).toString();
    }

    static EntityBuilder map(SemaRecord r, SemaRegime regime, String idInSource) {
        EntityBuilder b = Entity.builder(Source.CA_SEMA, idInSource);
        boolean person = r.isPerson() && r.entityOrShip() == null;
        b.kind(r.isShip() ? EntityKind.VESSEL : person ? EntityKind.PERSON : EntityKind.ORGANIZATION);

        Name primary = Name.primary(person ? personName(r) : clean(r.entityOrShip()));
        b.name(primary);
        boolean primaryLatin = "Latn".equals(primary.script());
        for (SemaAliasSplitter.Piece piece : SemaAliasSplitter.split(r.aliases(), person)) {
            if (piece.name().equals(primary.full())) {
                continue;
            }
            Name alias = Name.of(piece.name(), NameType.ALIAS, piece.weak() ? NameQuality.WEAK : NameQuality.STRONG);
            if (primaryLatin && !"Latn".equals(alias.script()) && !"Zyyy".equals(alias.script())) {
                alias = new Name(alias.full(), NameType.ORIGINAL_SCRIPT, alias.quality(), alias.script());
            }
            b.name(alias);
        }

        if (r.titleOrShip() != null) {
            if (r.isShip()) {
                b.remark("Vessel type: " + clean(r.titleOrShip()) + ".");
            } else {
                b.title(clean(r.titleOrShip()));
            }
        }
        if (r.shipImoNumber() != null) {
            b.identifier(new Identifier(IdentifierType.IMO, clean(r.shipImoNumber()), null, null, "Ship IMO Number"));
        }
        if (r.birthOrBuild() != null) {
            List<ListedDate> dates = birthDates(clean(r.birthOrBuild()));
            dates.forEach(b::birthDate);
            if (dates.isEmpty()) {
                // Kept as written rather than guessed at ("born in the early 1970s", "Sep-99").
                b.remark(
                        (r.isShip() ? "Build date" : "Date of birth") + " as listed: " + clean(r.birthOrBuild()) + ".");
            }
        }
        b.program(regime.name());
        b.country(regime.country());
        listingDate(r.dateOfListing()).ifPresent(b::listedOn);
        b.remark((r.schedule() != null ? "Schedule " + clean(r.schedule()) + ", item " : "Item ") + clean(r.item())
                + ".");
        return b;
    }

    static Optional<LocalDate> listingDate(String text) {
        return text == null ? Optional.empty() : ListedDates.parseDay(clean(text), NumericOrder.DAY_FIRST);
    }

    /** All dates the field gives ("1972-08-10 or 1972-08-11" is two); empty when any part is unreadable. */
    static List<ListedDate> birthDates(String text) {
        List<ListedDate> dates = new ArrayList<>();
        for (String part : DATE_ALTERNATIVES.split(text)) {
            String p = part.strip();
            Matcher span = YEAR_SPAN.matcher(p);
            Optional<ListedDate> date = span.matches()
                            && Integer.parseInt(span.group(1)) <= Integer.parseInt(span.group(2))
                            && Integer.parseInt(span.group(1)) >= 1800
                    ? Optional.of(
                            ListedDate.yearRange(p, Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2))))
                    : ListedDates.parse(p, NumericOrder.DAY_FIRST);
            if (date.isEmpty()) {
                return List.of();
            }
            dates.add(date.get());
        }
        return dates;
    }

    private static String personName(SemaRecord r) {
        String given = r.givenName() == null ? "" : clean(r.givenName());
        String last = r.lastName() == null ? "" : clean(r.lastName());
        return (given + " " + last).strip();
    }

    static String clean(String s) {
        return SPACE_LIKE.matcher(s).replaceAll(" ").strip();
    }
}
