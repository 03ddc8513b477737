package dev.embargo.lists.uk;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the UK consolidated list (2022 format), by the header text OFSI prints. Readers find
 * them by that text, never by position, because OFSI has reordered and added columns before.
 */
enum UkColumn {
    NAME_6("Name 6"),
    NAME_1("Name 1"),
    NAME_2("Name 2"),
    NAME_3("Name 3"),
    NAME_4("Name 4"),
    NAME_5("Name 5"),
    TITLE("Title"),
    NON_LATIN_NAME("Name Non-Latin Script"),
    NON_LATIN_SCRIPT_TYPE("Non-Latin Script Type"),
    NON_LATIN_SCRIPT_LANGUAGE("Non-Latin Script Language"),
    DOB("DOB", true),
    TOWN_OF_BIRTH("Town of Birth"),
    COUNTRY_OF_BIRTH("Country of Birth"),
    NATIONALITY("Nationality"),
    PASSPORT_NUMBER("Passport Number"),
    PASSPORT_DETAILS("Passport Details"),
    NATIONAL_ID_NUMBER("National Identification Number"),
    NATIONAL_ID_DETAILS("National Identification Details"),
    POSITION("Position"),
    ADDRESS_1("Address 1"),
    ADDRESS_2("Address 2"),
    ADDRESS_3("Address 3"),
    ADDRESS_4("Address 4"),
    ADDRESS_5("Address 5"),
    ADDRESS_6("Address 6"),
    POST_CODE("Post/Zip Code"),
    COUNTRY("Country"),
    OTHER_INFORMATION("Other Information"),
    GROUP_TYPE("Group Type"),
    ALIAS_TYPE("Alias Type"),
    ALIAS_QUALITY("Alias Quality"),
    REGIME("Regime"),
    LISTED_ON("Listed On", true),
    DATE_DESIGNATED("UK Sanctions List Date Designated", true),
    LAST_UPDATED("Last Updated", true),
    GROUP_ID("Group ID");

    /** Given names in the order they are written, before the family name {@link #NAME_6}. */
    static final UkColumn[] GIVEN_NAMES = {NAME_1, NAME_2, NAME_3, NAME_4, NAME_5};

    static final UkColumn[] ADDRESS_LINES = {ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5, ADDRESS_6};

    private static final Map<String, UkColumn> BY_HEADER =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(c -> key(c.header), Function.identity()));

    private final String header;
    private final boolean date;

    UkColumn(String header) {
        this(header, false);
    }

    UkColumn(String header, boolean date) {
        this.header = header;
        this.date = date;
    }

    String header() {
        return header;
    }

    /** Whether the column holds dates, which a spreadsheet may store as day serial numbers. */
    boolean isDate() {
        return date;
    }

    static Optional<UkColumn> byHeader(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(key(text)));
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
