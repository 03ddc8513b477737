package dev.embargo.lists;

import dev.embargo.lists.australia.AustraliaDfatXlsxReader;
import dev.embargo.lists.canada.CanadaSemaXmlReader;
import dev.embargo.lists.eu.EuFsfXmlReader;
import dev.embargo.lists.ofac.OfacCsvReader;
import dev.embargo.lists.ofac.OfacXmlReader;
import dev.embargo.lists.sync.FileEnding;
import dev.embargo.lists.uk.UkCsvReader;
import dev.embargo.lists.uk.UkXlsxReader;
import dev.embargo.lists.un.UnXmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads every list file in a folder tree: recognises each file's format from its content, groups the
 * OFAC legacy CSV companions with their main file, and reads the lists in parallel. A file that cannot be
 * read becomes an error in the report; the other files still load.
 */
public final class ListLoader {

    /** What loading a folder gave: the lists read, and one error per file that could not be read. */
    public record Report(List<LoadedList> lists, List<ListFormatException> errors, List<Path> ignored) {
        public Report {
            lists = List.copyOf(lists);
            errors = List.copyOf(errors);
            ignored = List.copyOf(ignored);
        }

        public List<dev.embargo.lists.model.Entity> entities() {
            return lists.stream().flatMap(l -> l.entities().stream()).toList();
        }
    }

    private ListLoader() {}

    public static ListReader readerFor(ListFormat format) {
        return switch (format) {
            case UN_XML -> new UnXmlReader();
            case OFAC_XML -> new OfacXmlReader();
            case OFAC_CSV -> new OfacCsvReader();
            case UK_CSV -> new UkCsvReader();
            case UK_XLSX -> new UkXlsxReader();
            case EU_FSF_XML -> new EuFsfXmlReader();
            case CANADA_SEMA_XML -> new CanadaSemaXmlReader();
            case AUSTRALIA_DFAT_XLSX -> new AustraliaDfatXlsxReader();
            case OFAC_CSV_ADDRESSES, OFAC_CSV_ALIASES, OFAC_CSV_COMMENTS ->
                throw new IllegalArgumentException(format + " is read together with its main file");
        };
    }

    /** Reads one file (with the companions beside it when it is an OFAC CSV main file). */
    public static LoadedList loadFile(Path file) throws ListFormatException {
        Optional<ListFormat> format;
        try {
            format = ListFormatDetector.detect(file);
        } catch (IOException e) {
            throw new ListFormatException(file, null, "a readable file", e);
        }
        if (format.isEmpty()) {
            throw new ListFormatException(
                    file,
                    "start of file",
                    "a known sanctions list format "
                            + "(UN XML, OFAC CSV/XML, UK CSV/XLSX, EU FSF XML, Canada SEMA XML, Australia DFAT XLSX)",
                    null);
        }
        if (format.get().isCompanion()) {
            throw new ListFormatException(
                    file,
                    null,
                    "a main list file; this is an OFAC companion file (" + format.get()
                            + ") that is read with the sdn.csv or cons_prim.csv beside it",
                    null);
        }
        Map<ListFormat, Path> companions =
                format.get() == ListFormat.OFAC_CSV ? companionsIn(file.getParent(), file) : Map.of();
        Map<Path, ListFormat> all = new LinkedHashMap<>();
        all.put(file, format.get());
        companions.forEach((f, p) -> all.put(p, f));
        for (Map.Entry<Path, ListFormat> e : all.entrySet()) {
            String why;
            try {
                why = FileEnding.cutOff(e.getKey(), e.getValue());
            } catch (IOException ex) {
                throw new ListFormatException(e.getKey(), null, "a readable file", ex);
            }
            if (why != null) {
                // Some readers recover what they can from a cut file and only warn: right for a look at a
                // damaged copy, wrong for comparing or screening against it as if it were the list.
                throw new ListFormatException(e.getKey(), "end of file", "a whole file, but " + why, null);
            }
        }
        return readerFor(format.get())
                .read(new ListFiles(format.get(), file, companions))
                .withFile(file.toString());
    }

    /**
     * Loads every list found below {@code dir}, each checked as {@link ListIntake} checks it: a file that is
     * unreadable, cut off, unparseable or empty becomes an error in the report; the other files still load.
     */
    public static Report loadDirectory(Path dir) throws IOException {
        return ListIntake.read(dir, Map.of(), ListCheck.DEFAULT, java.time.Instant.now())
                .report();
    }

    private static Map<ListFormat, Path> companionsIn(Path folder, Path main) {
        Map<ListFormat, Path> found = new LinkedHashMap<>();
        if (folder == null) {
            return found;
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            for (Path p : siblings.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(main))
                    .toList()) {
                ListFormatDetector.detect(p).filter(ListFormat::isCompanion).ifPresent(f -> found.putIfAbsent(f, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
