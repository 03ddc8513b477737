package dev.embargo.lists.un;

import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers the UN list writes only into its free-text remarks: IMO numbers of the DPRK shipping companies
 * ("IMO number: 5571322", "(IMO) Number: 1790183", "Company Number IMO 5434358"), SWIFT/BIC codes of the
 * DPRK banks ("SWIFT/BIC: KDBKKPPY") and e-mail addresses. Screening by identifier needs them as fields.
 */
final class RemarkIdentifiers {
    private static final Pattern IMO = Pattern.compile("\\bIMO\\)?(?:\\s+[Nn]umber)?\\s*:?\\s*(\\d{7})\\b");
    private static final Pattern SWIFT =
            Pattern.compile("\\bSWIFT(?:/BIC)?\\s*:?\\s*([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private RemarkIdentifiers() {}

    static List<Identifier> find(String text) {
        List<Identifier> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        if (text.contains("IMO")) {
            add(found, IMO.matcher(text), IdentifierType.IMO, "IMO number");
        }
        if (text.contains("SWIFT")) {
            add(found, SWIFT.matcher(text), IdentifierType.SWIFT_BIC, "SWIFT/BIC");
        }
        if (text.indexOf('@') >= 0) {
            Matcher m = EMAIL.matcher(text);
            while (m.find()) {
                found.add(new Identifier(IdentifierType.EMAIL, m.group(), null, null, "Email"));
            }
        }
        return found;
    }

    private static void add(List<Identifier> found, Matcher m, IdentifierType type, String label) {
        while (m.find()) {
            found.add(new Identifier(type, m.group(1), null, null, label));
        }
    }
}
