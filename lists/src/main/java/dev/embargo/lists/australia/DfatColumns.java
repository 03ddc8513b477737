package dev.embargo.lists.australia;

import java.util.List;
import java.util.Locale;

/** Where each column of the DFAT sheet is, found by its header so a reordering does not break reading. */
record DfatColumns(
        int reference,
        int name,
        int type,
        int nameType,
        int dateOfBirth,
        int placeOfBirth,
        int citizenship,
        int address,
        int additionalInformation,
        int listingInformation,
        int committees,
        int controlDate) {

    static final List<String> REQUIRED = List.of("Reference", "Name of Individual or Entity", "Type", "Name Type");

    /** The columns of a header row, or null when the row is not the header (a required column is missing). */
    static DfatColumns of(List<String> header) {
        int reference = find(header, "reference");
        int name = find(header, "name of individual or entity");
        int type = find(header, "type");
        int nameType = find(header, "name type");
        if (reference < 0 || name < 0 || type < 0 || nameType < 0) {
            return null;
        }
        return new DfatColumns(
                reference,
                name,
                type,
                nameType,
                find(header, "date of birth"),
                find(header, "place of birth"),
                find(header, "citizenship"),
                find(header, "address"),
                find(header, "additional information"),
                find(header, "listing information"),
                find(header, "committees"),
                find(header, "control date"));
    }

    private static int find(List<String> header, String wanted) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h != null
                    && h.strip()
                            .replaceAll("\\s+", " ")
                            .toLowerCase(Locale.ROOT)
                            .equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
