package dev.embargo.parties;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Source;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The UN Security Council reference number of a listing: the UN list's own id ("KPi.033"), or the one another
 * list cites for the listing (the UK's "UN Ref", the EU's {@code unitedNationId}).
 */
public final class UnReferences {
    /** Two-letter regime code, i(ndividual) or e(ntity), a dot, digits: "KPi.033", "QDe.004". */
    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2}[ie]\\.\\d{1,4}");

    private UnReferences() {}

    public static Optional<String> of(Entity listing) {
        if (listing.source() == Source.UN) {
            String own = listing.idInSource();
            return REFERENCE.matcher(own).matches() ? Optional.of(own) : Optional.empty();
        }
        for (Identifier id : listing.identifiers()) {
            if (id.type() == IdentifierType.OTHER && citesUn(id.label())) {
                String value = id.value().strip();
                if (REFERENCE.matcher(value).matches()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean citesUn(String label) {
        if (label == null) {
            return false;
        }
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("un ref") || l.startsWith("un reference") || l.contains("united nations reference");
    }
}
