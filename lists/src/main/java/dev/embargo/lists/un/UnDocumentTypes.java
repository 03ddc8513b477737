package dev.embargo.lists.un;

import dev.embargo.lists.model.IdentifierType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Classifies the UN list's document wordings. TYPE_OF_DOCUMENT is one of a few fixed values ("Passport",
 * "National Identification Number", and French or Spanish forms of passport); TYPE_OF_DOCUMENT2 refines it in
 * free text ("Ration card no.", "Italian Fiscal Code:", "national passport"), so it is asked first.
 */
final class UnDocumentTypes {
    /** Checked in order: the first entry whose any word occurs in the wording decides. */
    private static final List<Map.Entry<IdentifierType, List<String>>> WORDS = List.of(
            Map.entry(IdentifierType.PASSPORT, List.of("passport", "passeport", "pasaporte")),
            Map.entry(IdentifierType.TAX_ID, List.of("fiscal code", "tax ")),
            Map.entry(
                    IdentifierType.OTHER,
                    List.of(
                            "birth certificate",
                            "ration card",
                            "driver",
                            "voter",
                            "student",
                            "other id",
                            "military",
                            "residential card",
                            "serviceman",
                            "certificate of",
                            "fardc")),
            Map.entry(
                    IdentifierType.NATIONAL_ID,
                    List.of(
                            "national identif",
                            "national identity",
                            "identity card",
                            "identification card",
                            "identification number",
                            "identity number",
                            "civil identification",
                            "personal identification",
                            "tazkira",
                            "identity document",
                            "national number",
                            "social security",
                            "national id")));

    private UnDocumentTypes() {}

    static IdentifierType classify(String typeOfDocument, String typeOfDocument2) {
        IdentifierType refined = classify(typeOfDocument2);
        if (refined != null) {
            return refined;
        }
        IdentifierType basic = classify(typeOfDocument);
        return basic != null ? basic : IdentifierType.OTHER;
    }

    private static IdentifierType classify(String wording) {
        if (wording == null) {
            return null;
        }
        String w = wording.toLowerCase(Locale.ROOT) + " ";
        for (Map.Entry<IdentifierType, List<String>> e : WORDS) {
            for (String word : e.getValue()) {
                if (w.contains(word)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }
}
