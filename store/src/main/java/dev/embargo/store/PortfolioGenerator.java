package dev.embargo.store;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a portfolio to import, for tests and the benchmark: people made of the first and last names of
 * the evaluation set's 50,000 unlisted people (recombined, with their dates of birth and nationalities),
 * companies made of words of listed organisations' names with a legal form, and a share of listed parties under
 * one of their listed names with their listed date of birth and nationality. Deterministic for a seed.
 */
public final class PortfolioGenerator {
    /** One unlisted person of the evaluation set. */
    private record Person(String first, String last, String dob, String nationality) {}

    private static final List<String> LEGAL_FORMS = List.of("LLC", "Ltd", "GmbH", "SA", "Trading Co", "Holdings");

    private final List<Person> people;
    private final List<Entity> listed;
    private final List<String> orgWords;

    private final java.util.Map<String, List<Person>> byNationality = new java.util.HashMap<>();

    private PortfolioGenerator(List<Person> people, List<Entity> listed, List<String> orgWords) {
        this.people = people;
        for (Person p : people) {
            byNationality
                    .computeIfAbsent(p.nationality(), k -> new ArrayList<>())
                    .add(p);
        }
        this.listed = listed;
        this.orgWords = orgWords;
    }

    /** From ../shared/eval/negatives_global.csv and the listed parties given. */
    public static PortfolioGenerator of(Path negativesCsv, List<Entity> listedParties) throws IOException {
        List<Person> people = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(negativesCsv)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                if (r.getFieldCount() >= 8
                        && !r.getField(1).isBlank()
                        && !r.getField(3).isBlank()) {
                    people.add(new Person(r.getField(1), r.getField(3), r.getField(5), r.getField(7)));
                }
            }
        }
        List<Entity> usable = listedParties.stream()
                .filter(e -> e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION)
                .toList();
        List<String> words = new ArrayList<>();
        for (Entity e : usable) {
            if (e.kind() == EntityKind.ORGANIZATION) {
                for (String w : e.primaryName().full().split("\\s+")) {
                    if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                        words.add(w);
                    }
                }
            }
        }
        if (people.isEmpty() || usable.isEmpty() || words.isEmpty()) {
            throw new IOException(negativesCsv + ": expected people with first and last names, and listed parties");
        }
        return new PortfolioGenerator(people, usable, words);
    }

    /**
     * Writes {@code count} records as CSV (id, name, kind, dates_of_birth, countries, identifiers and two free
     * fields), a share {@code listedShare} of them listed parties; returns how many are listed.
     */
    public int writeCsv(Path file, int count, double listedShare, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int listedCount = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("id", "name", "kind", "dates_of_birth", "countries", "identifiers", "segment", "opened");
            for (int i = 0; i < count; i++) {
                String id = String.format(Locale.ROOT, "C%08d", i);
                String opened =
                        (2000 + random.nextInt(26)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
                double roll = random.nextDouble();
                if (roll < listedShare) {
                    Entity e = listed.get(random.nextInt(listed.size()));
                    List<Name> names = e.names();
                    String name = names.get(random.nextInt(names.size())).full();
                    String dob = e.birthDates().isEmpty()
                            ? ""
                            : e.birthDates().getFirst().iso();
                    String country =
                            e.nationalities().isEmpty() ? "" : e.nationalities().getFirst();
                    csv.writeRecord(id, name, e.kind().code(), dob, country, "", "listed-sample", opened);
                    listedCount++;
                } else if (roll < listedShare + 0.1) {
                    String name = orgWords.get(random.nextInt(orgWords.size())) + " "
                            + orgWords.get(random.nextInt(orgWords.size())) + " "
                            + LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
                    csv.writeRecord(id, name, "organization", "", "", "", "corporate", opened);
                } else {
                    Person a = people.get(random.nextInt(people.size()));
                    // Names of one script together: a's first name and the last name of someone of a's country.
                    List<Person> compatriots = byNationality.get(a.nationality());
                    Person last = compatriots.get(random.nextInt(compatriots.size()));
                    csv.writeRecord(
                            id,
                            a.first() + " " + last.last(),
                            "person",
                            a.dob(),
                            a.nationality(),
                            "",
                            "retail",
                            opened);
                }
            }
        }
        return listedCount;
    }
}
