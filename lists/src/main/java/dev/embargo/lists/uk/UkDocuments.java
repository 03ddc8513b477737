package dev.embargo.lists.uk;

import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a number cell and its details cell (Passport Number + Passport Details, National Identification
 * Number + Details) into identifiers. Numbered cells pair item by item; otherwise every number gets the
 * whole details text. The details become the identifier's label, and the issuing country is read from
 * them where they say it plainly: "Libya, issued on…", "India number, issued…", "(Afghan). Issued…",
 * "Issued by the Democratic People's Republic of Korea", "issued in Bombay, India".
 */
final class UkDocuments {
    private static final Pattern LEADING_COUNTRY =
            Pattern.compile("^\\(?([\\p{L}' -]+?)\\)?(?=\\s+(?i:number|national|passport|id)\\b|\\s*[.,;(]|$)");
    private static final Pattern ISSUED_BY_OR_IN =
            Pattern.compile("(?i)\\bissued\\s+(?:by|in)\\s+(?:the\\s+)?([^.;()]+)");

    private UkDocuments() {}

    static List<Identifier> identifiers(
            IdentifierType type, String numbers, String details, String columnLabel, UkCountryWording countries) {
        List<String> numberItems = NumberedItems.split(numbers);
        List<String> detailItems = NumberedItems.split(details);
        boolean paired = numberItems.size() > 1 && detailItems.size() == numberItems.size();
        List<Identifier> out = new ArrayList<>();
        for (int i = 0; i < numberItems.size(); i++) {
            String number = stripEnd(numberItems.get(i));
            if (number.isEmpty()) {
                continue;
            }
            String detail = paired ? detailItems.get(i) : details;
            String label = detail == null || detail.isBlank() ? columnLabel : detail.strip();
            out.add(new Identifier(
                    type, number, issuingCountry(detail, countries).orElse(null), null, label));
        }
        return out;
    }

    static Optional<String> issuingCountry(String details, UkCountryWording countries) {
        if (details == null || details.isBlank()) {
            return Optional.empty();
        }
        String d = details.strip();
        Matcher lead = LEADING_COUNTRY.matcher(d);
        if (lead.find()) {
            Optional<String> iso = countries.toIso(lead.group(1));
            if (iso.isPresent()) {
                return iso;
            }
        }
        Matcher issued = ISSUED_BY_OR_IN.matcher(d);
        while (issued.find()) {
            // "issued in Bombay, India": the country is the last part of the place.
            String[] parts = issued.group(1).split(",");
            for (int i = parts.length - 1; i >= 0; i--) {
                Optional<String> iso = countries.toIso(parts[i]);
                if (iso.isPresent()) {
                    return iso;
                }
            }
        }
        return Optional.empty();
    }

    private static String stripEnd(String value) {
        String v = value.strip();
        while (v.endsWith(".") || v.endsWith(",") || v.endsWith(";")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v.equals("-") ? "" : v;
    }
}
