package dev.embargo.scanning.mention;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How newspapers write the surnames of the most-named sanctioned people in Dutch, German and French
 * (Poetin, Poutine, Loekasjenko, Chamenei), mapped to the name the lists use. News prose names these people
 * by surname alone, which the matcher never takes as a full match on its own; for these few, the surname is
 * unambiguous in the news and is screened as the full name, and the report says so.
 */
final class Exonyms {
    private static final Map<String, String> BY_SURNAME = Map.ofEntries(
            Map.entry("poetin", "Vladimir Putin"),
            Map.entry("putin", "Vladimir Putin"),
            Map.entry("poutine", "Vladimir Putin"),
            Map.entry("putyin", "Vladimir Putin"),
            Map.entry("loekasjenko", "Alexander Lukashenko"),
            Map.entry("lukaschenko", "Alexander Lukashenko"),
            Map.entry("loukachenko", "Alexander Lukashenko"),
            Map.entry("lukashenko", "Alexander Lukashenko"),
            Map.entry("chamenei", "Ali Khamenei"),
            Map.entry("khamenei", "Ali Khamenei"),
            Map.entry("khamenei's", "Ali Khamenei"),
            Map.entry("medvedev", "Dmitry Medvedev"),
            Map.entry("medwedew", "Dmitry Medvedev"),
            Map.entry("medvedjev", "Dmitry Medvedev"),
            Map.entry("lavrov", "Sergey Lavrov"),
            Map.entry("lawrow", "Sergey Lavrov"),
            Map.entry("kadyrov", "Ramzan Kadyrov"),
            Map.entry("kadyrow", "Ramzan Kadyrov"),
            Map.entry("kadirov", "Ramzan Kadyrov"));

    private Exonyms() {}

    static Optional<String> fullName(String surname) {
        return Optional.ofNullable(BY_SURNAME.get(surname.toLowerCase(Locale.ROOT)));
    }
}
