package dev.embargo.server.reconcile;

import java.util.Map;

/** Human names and help for the property ids a reconciliation query may use (FtM property names). */
final class PropertyLabels {
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("name", new String[] {"Name", "Another name to screen, as well as the query"}),
            Map.entry("alias", new String[] {"Alias", "Another name the party goes by"}),
            Map.entry("weakAlias", new String[] {"Weak alias", "A nickname or partial name"}),
            Map.entry("previousName", new String[] {"Previous name", "A former name"}),
            Map.entry("abbreviation", new String[] {"Abbreviation", "An abbreviated name"}),
            Map.entry("firstName", new String[] {"First name", "Combined with the other name parts into a name"}),
            Map.entry("secondName", new String[] {"Second name", "Combined with the other name parts into a name"}),
            Map.entry("middleName", new String[] {"Middle name", "Combined with the other name parts into a name"}),
            Map.entry("fatherName", new String[] {"Patronymic", "Combined with the other name parts into a name"}),
            Map.entry("lastName", new String[] {"Last name", "Combined with the other name parts into a name"}),
            Map.entry("birthDate", new String[] {
                "Date of birth",
                "1984-01-08, 1984-01 or 1984: raises the score of "
                        + "listed parties born then and lowers it a lot for those born far from it"
            }),
            Map.entry("incorporationDate", new String[] {"Date of incorporation", "Compared like a date of birth"}),
            Map.entry("buildDate", new String[] {"Build date", "Compared like a date of birth"}),
            Map.entry("nationality", new String[] {
                "Nationality",
                "A country code or name: raises the score when a "
                        + "listed country agrees, lowers it when the listed nationality differs"
            }),
            Map.entry("citizenship", new String[] {"Citizenship", "Compared like a nationality"}),
            Map.entry("country", new String[] {
                "Country",
                "A country code or name (KP, Russia): raises the score when a "
                        + "listed country agrees, lowers it when the listed nationality differs"
            }),
            Map.entry("jurisdiction", new String[] {"Jurisdiction", "Compared like a country"}),
            Map.entry("mainCountry", new String[] {"Main country", "Compared like a country"}),
            Map.entry("flag", new String[] {"Flag", "A vessel's flag state, compared like a country"}));

    private PropertyLabels() {}

    static String label(String property) {
        String[] l = LABELS.get(property);
        if (l != null) {
            return l[0];
        }
        // Identifiers: "passportNumber" reads "Passport number".
        String spaced = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String description(String property) {
        String[] l = LABELS.get(property);
        return l != null ? l[1] : "An identifier: an exact match decides the match";
    }
}
