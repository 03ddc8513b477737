package dev.embargo.lists.ofac;

import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts OFAC packs into an entry's remarks — "DOB 08 Jan 1984; POB Pyongyang, Korea, North;
 * nationality Korea, North; Passport 123 (Korea, North) expires 01 Jan 2030; a.k.a. 'X'; Linked To: Y." —
 * and puts them on the entity. Items are separated by "; " and the remark ends with ".". An item whose
 * wording is not known, or whose facts could only be read in part (a country we cannot map, a passport's
 * expiry date), is kept as written in {@link Outcome#unparsed()} so nothing the list says is lost.
 *
 * <p>Names in remarks are OFAC's weak aliases: the legacy CSV publishes strong aliases in alt.csv and the
 * weak ones, quoted, in the remarks (OFAC FAQ 123), so "a.k.a. 'X'" here becomes a WEAK alias.
 *
 * <p>One instance per read: it remembers country lookups and is not thread-safe.
 */
public final class OfacRemarksParser {
    private static final String ITEM_SEPARATOR = "; ";
    private static final String ALT_PREFIX = "alt. ";
    private static final Pattern YEAR_SPAN =
            Pattern.compile("(?:circa\\s+)?(\\d{4})\\s*-\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSUE_OR_EXPIRY = Pattern.compile("(?:^|\\s)(?:issued|expires)\\b");

    private final OfacCountries countries;

    /**
     * What parsing a remark gave besides the facts put on the entity.
     *
     * @param unparsed    items kept as written, in order
     * @param droppedItem the incomplete last item of a remark cut short, dropped rather than half-read
     */
    public record Outcome(List<String> unparsed, Optional<String> droppedItem) {
        public Outcome {
            unparsed = List.copyOf(unparsed);
        }

        /** The unparsed items as one remark, or null when there are none. */
        public String unparsedText() {
            return unparsed.isEmpty() ? null : String.join(ITEM_SEPARATOR, unparsed);
        }
    }

    public OfacRemarksParser() {
        this(new OfacCountries());
    }

    OfacRemarksParser(OfacCountries countries) {
        this.countries = countries;
    }

    /**
     * Puts the facts of {@code remarks} on {@code into}.
     *
     * @param cutShort the remark is known or suspected to be cut off (the legacy CSV stops remarks at 1,000
     *                 characters): its last item, after the last ";", is then incomplete and is dropped
     */
    public Outcome parse(String remarks, boolean cutShort, EntityBuilder into) {
        if (remarks == null || remarks.isBlank()) {
            return new Outcome(List.of(), Optional.empty());
        }
        String text = remarks.strip();
        Optional<String> dropped = Optional.empty();
        if (cutShort) {
            int lastSemicolon = text.lastIndexOf(';');
            String tail = text.substring(lastSemicolon + 1).strip();
            if (!tail.isEmpty()) {
                dropped = Optional.of(tail);
            }
            text = lastSemicolon < 0 ? "" : text.substring(0, lastSemicolon);
        } else if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> unparsed = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int sep = text.indexOf(ITEM_SEPARATOR, start);
            int end = sep < 0 ? text.length() : sep;
            String item = text.substring(start, end).strip();
            if (!item.isEmpty() && !parseItem(item, into)) {
                unparsed.add(item);
            }
            if (sep < 0) {
                break;
            }
            start = sep + ITEM_SEPARATOR.length();
        }
        return new Outcome(unparsed, dropped);
    }

    /** Reads one item; false when (part of) it could not be read and it should stay in the remarks. */
    private boolean parseItem(String item, EntityBuilder into) {
        String text = item;
        // The XML's remarks wrap links in parentheses: "(Linked To: SURGUTNEFTEGAS)".
        if (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.regionMatches(true, 0, ALT_PREFIX, 0, ALT_PREFIX.length())) {
            text = text.substring(ALT_PREFIX.length()).strip();
        }
        Optional<Boolean> name = parseName(text, into);
        if (name.isPresent()) {
            return name.get();
        }
        Optional<OfacFeatures.Match> match = OfacFeatures.atStartOf(text);
        if (match.isEmpty()) {
            return false;
        }
        OfacFeature feature = match.get().feature();
        String value = text.substring(match.get().valueStart());
        if (feature.kind() == OfacFeature.Kind.IDENTIFIER || feature.kind() == OfacFeature.Kind.DIGITAL_CURRENCY) {
            return parseIdentifier(feature, value, into);
        }
        return apply(feature, value, null, null, into);
    }

    /** "a.k.a. 'NAME'", "f.k.a. 'NAME'", "n.k.a. 'NAME'", optionally preceded by "weak". */
    private static Optional<Boolean> parseName(String text, EntityBuilder into) {
        String t = text;
        if (t.regionMatches(true, 0, "weak ", 0, 5)) {
            t = t.substring(5);
        }
        if (t.length() < 6 || t.charAt(1) != '.' || t.charAt(3) != '.' || t.charAt(5) != '.') {
            return Optional.empty();
        }
        String marker = t.substring(0, 6).toLowerCase(Locale.ROOT);
        NameType type = switch (marker) {
            case "a.k.a.", "n.k.a." -> NameType.ALIAS;
            case "f.k.a." -> NameType.FORMER;
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        String name = unquote(t.substring(6).strip());
        if (name.isEmpty()) {
            return Optional.of(false);
        }
        into.name(name, type, NameQuality.WEAK);
        return Optional.of(true);
    }

    private static String unquote(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            if ((first == '\'' || first == '"') && s.charAt(s.length() - 1) == first) {
                return s.substring(1, s.length() - 1).strip();
            }
        }
        return s;
    }

    /** "A123 (Iran) issued 01 Jan 2010 expires 01 Jan 2020": number, issuing country, dates. */
    private boolean parseIdentifier(OfacFeature feature, String value, EntityBuilder into) {
        String head = value;
        String detail = null;
        Matcher m = ISSUE_OR_EXPIRY.matcher(value);
        if (m.find()) {
            head = value.substring(0, m.start()).strip();
            detail = value.substring(m.start()).strip();
        }
        String countryText = null;
        if (head.endsWith(")")) {
            int open = head.lastIndexOf(" (");
            if (open > 0) {
                countryText = head.substring(open + 2, head.length() - 1).strip();
                head = head.substring(0, open).strip();
            }
        }
        return apply(feature, head, countryText, detail, into);
    }

    /**
     * Puts one fact on the entity: from a remark item, or from an XML idList entry (idType, idNumber,
     * idCountry). Returns false when part of it could not be captured by the model — an unknown country
     * wording, issue or expiry dates, an unreadable date — so that the caller keeps the item's text.
     */
    boolean apply(OfacFeature feature, String value, String countryText, String detail, EntityBuilder into) {
        String v = value == null ? "" : value.strip();
        boolean complete = detail == null || detail.isBlank();
        return switch (feature.kind()) {
            case IDENTIFIER -> identifier(feature, v, countryText, into) && complete;
            case DIGITAL_CURRENCY -> digitalCurrency(feature, v, null, into) && complete;
            case BIRTH_DATE -> {
                Optional<ListedDate> date = birthDate(v);
                date.ifPresent(into::birthDate);
                yield date.isPresent();
            }
            case BIRTH_PLACE -> {
                into.birthPlace(v);
                yield !v.isEmpty();
            }
            case NATIONALITY -> {
                String iso = countries.iso(v);
                into.nationality(iso);
                yield iso != null;
            }
            case CITIZENSHIP -> {
                String iso = countries.iso(v);
                into.citizenship(iso);
                yield iso != null;
            }
            case COUNTRY -> {
                String iso = countries.iso(v);
                into.country(iso);
                yield iso != null;
            }
            case GENDER -> {
                String g = v.toLowerCase(Locale.ROOT);
                boolean known = g.equals("male") || g.equals("female");
                if (known) {
                    into.gender(g);
                }
                yield known;
            }
            case TITLE -> {
                into.title(v);
                yield !v.isEmpty();
            }
            case LINK -> {
                into.link(new Link(v, null, feature.label()));
                yield !v.isEmpty();
            }
        };
    }

    /** "08 Jan 1984", "circa 1960", "1960 to 1962", and the span "circa 1979-1982" that OFAC also writes. */
    static Optional<ListedDate> birthDate(String text) {
        Optional<ListedDate> date = ListedDates.parse(text, ListedDates.NumericOrder.DAY_FIRST);
        if (date.isEmpty()) {
            Matcher span = YEAR_SPAN.matcher(text);
            if (span.matches()) {
                date = ListedDates.parse(span.group(1) + " to " + span.group(2), ListedDates.NumericOrder.DAY_FIRST)
                        .map(d -> new ListedDate(
                                text,
                                d.earliest(),
                                d.latest(),
                                d.precision(),
                                text.regionMatches(true, 0, "circa", 0, 5)));
            }
        }
        return date;
    }

    /** An XML idList entry "Digital Currency Address - XBT" / "1abc...". */
    boolean applyDigitalCurrency(String idType, String address, EntityBuilder into) {
        String currency = idType.strip()
                .substring(OfacFeatures.DIGITAL_CURRENCY_LABEL.length())
                .strip();
        OfacFeature feature =
                OfacFeatures.byLabel(OfacFeatures.DIGITAL_CURRENCY_LABEL).orElseThrow();
        return digitalCurrency(feature, address == null ? "" : address.strip(), currency, into);
    }

    private boolean identifier(OfacFeature feature, String value, String countryText, EntityBuilder into) {
        String v = value;
        // "NIT # 123", "C.U.R.P. # ABC": the number sign belongs to the wording, not the number.
        while (!v.isEmpty() && (v.charAt(0) == '#' || v.charAt(0) == ':')) {
            v = v.substring(1).strip();
        }
        IdentifierType type = feature.identifierType();
        // "Vessel Registration Identification IMO 9282443", "Company Number IMO 5571322": an IMO number.
        if (v.regionMatches(true, 0, "IMO ", 0, 4)) {
            type = IdentifierType.IMO;
            v = v.substring(4).strip();
        }
        if (v.isEmpty()) {
            return false;
        }
        String iso = countries.iso(countryText);
        into.identifier(new Identifier(type, v, iso, null, feature.label()));
        return countryText == null || countryText.isBlank() || iso != null;
    }

    /** "XBT 1abc..." (remarks) or the address alone with the currency from the XML's idType. */
    private static boolean digitalCurrency(OfacFeature feature, String value, String currency, EntityBuilder into) {
        String code = currency;
        String address = value;
        if (code == null) {
            int space = value.indexOf(' ');
            if (space < 0) {
                return false;
            }
            code = value.substring(0, space);
            address = value.substring(space + 1).strip();
        }
        // An address is one token; anything more means the item is not what it seems.
        if (code.isEmpty() || address.isEmpty() || address.indexOf(' ') >= 0) {
            return false;
        }
        into.identifier(
                new Identifier(IdentifierType.DIGITAL_CURRENCY, address, null, code, feature.label() + " " + code));
        return true;
    }
}
