package dev.embargo.lists.ofac;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads OFAC's legacy CSV set: the main file (sdn.csv, or cons_prim.csv for the consolidated non-SDN list)
 * with, when they lie beside it, add.csv (addresses), alt.csv (strong aliases) and sdn_comments.csv (the
 * rest of remarks longer than the main file's 1,000 characters). Whether the file is the SDN or the
 * consolidated list is decided from its content by {@link OfacSourceRule}.
 *
 * <p>Main file columns: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 * Vess_flag, Vess_owner, Remarks. The remarks are read by {@link OfacRemarksParser}.
 */
public final class OfacCsvReader implements ListReader {
    static final int REMARKS_LIMIT = 1000;

    private static final String MAIN_COLUMNS = "ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,"
            + " Tonnage, GRT, Vess_flag, Vess_owner, Remarks";
    private static final String ADDRESS_COLUMNS =
            "ent_num, add_num, address, city/state/postal, country," + " add_remarks";
    private static final String ALIAS_COLUMNS = "ent_num, alt_num, alt_type, alt_name, alt_remarks";
    private static final String COMMENT_COLUMNS = "ent_num, remarks continued";

    private static final Pattern PROGRAM_SEPARATOR = Pattern.compile("\\]\\s*\\[");

    private static final int ENT_NUM = 0;
    private static final int NAME = 1;
    private static final int TYPE = 2;
    private static final int PROGRAM = 3;
    private static final int TITLE = 4;
    private static final int CALL_SIGN = 5;
    private static final int VESSEL_TYPE = 6;
    private static final int TONNAGE = 7;
    private static final int GRT = 8;
    private static final int VESSEL_FLAG = 9;
    private static final int VESSEL_OWNER = 10;
    private static final int REMARKS = 11;

    /** A companion row waiting for its main entry, with the line it came from for warnings. */
    private record Pending<T>(long line, T value) {}

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        try {
            return read(files, OfacCsvFile.PRIMARY);
        } catch (OfacCsvFile.NotUtf8 notUtf8) {
            try {
                LoadedList list = read(files, OfacCsvFile.FALLBACK);
                List<LoadWarning> warnings = new ArrayList<>(list.warnings());
                warnings.addFirst(new LoadWarning(
                        files.main().toString(),
                        null,
                        "expected ASCII or UTF-8 text; read the files as Windows-1252 instead"));
                return new LoadedList(
                        list.source(), list.format(), list.file(), list.published(), list.entities(), warnings);
            } catch (OfacCsvFile.NotUtf8 impossible) {
                throw new ListFormatException(files.main(), null, "text in Windows-1252", impossible);
            }
        }
    }

    private LoadedList read(ListFiles files, Charset charset) throws ListFormatException, OfacCsvFile.NotUtf8 {
        List<LoadWarning> warnings = new ArrayList<>();
        OfacCountries countries = new OfacCountries();
        OfacRemarksParser remarksParser = new OfacRemarksParser(countries);

        Map<String, StringBuilder> continuations = new HashMap<>();
        Optional<Path> commentsFile = files.companion(ListFormat.OFAC_CSV_COMMENTS);
        if (commentsFile.isPresent()) {
            new OfacCsvFile(commentsFile.get(), 2, COMMENT_COLUMNS).read(charset, warnings, row -> {
                if (row.value(1) != null) {
                    continuations
                            .computeIfAbsent(row.value(ENT_NUM), k -> new StringBuilder())
                            .append(row.raw(1));
                }
            });
        }
        Map<String, List<Pending<Name>>> aliases = new LinkedHashMap<>();
        Optional<Path> aliasFile = files.companion(ListFormat.OFAC_CSV_ALIASES);
        if (aliasFile.isPresent()) {
            new OfacCsvFile(aliasFile.get(), 5, ALIAS_COLUMNS)
                    .read(
                            charset,
                            warnings,
                            row -> alias(row, aliasFile.get(), warnings)
                                    .ifPresent(n -> aliases.computeIfAbsent(row.value(ENT_NUM), k -> new ArrayList<>())
                                            .add(new Pending<>(row.line(), n))));
        }
        Map<String, List<Pending<Address>>> addresses = new LinkedHashMap<>();
        Optional<Path> addressFile = files.companion(ListFormat.OFAC_CSV_ADDRESSES);
        if (addressFile.isPresent()) {
            new OfacCsvFile(addressFile.get(), 6, ADDRESS_COLUMNS)
                    .read(
                            charset,
                            warnings,
                            row -> address(row, countries)
                                    .ifPresent(a -> addresses
                                            .computeIfAbsent(row.value(ENT_NUM), k -> new ArrayList<>())
                                            .add(new Pending<>(row.line(), a))));
        }

        Path main = files.main();
        String fileName = main.getFileName().toString();
        OfacListAssembler assembler = new OfacListAssembler();
        Set<String> seen = new HashSet<>();
        new OfacCsvFile(main, 12, MAIN_COLUMNS).read(charset, warnings, row -> {
            String entNum = row.value(ENT_NUM);
            String place = "line " + row.line();
            if (!seen.add(entNum)) {
                warnings.add(new LoadWarning(
                        main.toString(),
                        place,
                        "expected each ent_num once, but " + entNum + " is listed again; record skipped"));
                return;
            }
            String name = row.value(NAME);
            if (name == null) {
                warnings.add(new LoadWarning(
                        main.toString(),
                        place,
                        "expected a name (SDN_Name) for ent_num " + entNum + "; record skipped"));
                return;
            }
            EntityBuilder entry = Entity.builder(OfacListAssembler.PROVISIONAL_SOURCE, entNum)
                    .kind(kind(row.value(TYPE)))
                    .name(Name.primary(name))
                    .sourceFile(fileName, null);
            if (entry.kind() == EntityKind.OTHER) {
                warnings.add(new LoadWarning(
                        main.toString(),
                        place,
                        "expected SDN_Type individual, vessel,"
                                + " aircraft or -0- (entity) for ent_num " + entNum + ", but found '" + row.value(TYPE)
                                + "'; kept as kind other"));
            }
            List<String> programs = programs(row.value(PROGRAM));
            programs.forEach(entry::program);
            entry.title(row.value(TITLE));
            List<String> remarks = new ArrayList<>(vessel(row, entry, countries));

            StringBuilder continuation = continuations.remove(entNum);
            // The continuation carries on mid-word where the main file stopped: join without a gap.
            String remark = continuation == null
                    ? row.value(REMARKS)
                    : (row.raw(REMARKS) == null ? "" : row.raw(REMARKS)) + continuation;
            boolean atLimit = row.raw(REMARKS) != null && row.raw(REMARKS).length() >= REMARKS_LIMIT;
            boolean cutShort = remark != null && (!remark.endsWith(".") || (continuation == null && atLimit));
            OfacRemarksParser.Outcome outcome = remarksParser.parse(remark, cutShort, entry);
            for (String item : outcome.unparsed()) {
                // Many remarks repeat the Title column as a free-text item.
                if (!item.equals(row.value(TITLE))) {
                    remarks.add(item);
                }
            }
            if (cutShort) {
                warnings.add(new LoadWarning(
                        main.toString(),
                        place,
                        "expected the remarks of ent_num " + entNum
                                + " to end with \".\", but they stop"
                                + (atLimit ? " at the " + REMARKS_LIMIT + "-character limit" : "")
                                + (commentsFile.isPresent()
                                        ? " and sdn_comments.csv does not continue them"
                                        : " and no sdn_comments.csv continues them")
                                + outcome.droppedItem()
                                        .map(d -> "; dropped the incomplete last item \"" + d + "\"")
                                        .orElse("; what followed is missing")));
            }
            if (!remarks.isEmpty()) {
                entry.remark(String.join("; ", remarks));
            }
            for (Pending<Name> alias : aliases.getOrDefault(entNum, List.of())) {
                entry.name(alias.value());
            }
            aliases.remove(entNum);
            for (Pending<Address> address : addresses.getOrDefault(entNum, List.of())) {
                entry.address(address.value());
            }
            addresses.remove(entNum);
            assembler.add(entry, programs, OfacSourceRule.namesSectoralDirective(remark));
        });

        orphans(aliases, aliasFile, "alias", main, warnings);
        orphans(addresses, addressFile, "address", main, warnings);
        for (String entNum : continuations.keySet()) {
            warnings.add(new LoadWarning(
                    commentsFile.map(Path::toString).orElse(""),
                    "ent_num " + entNum,
                    "expected a remark continuation for an entry of " + main.getFileName()
                            + ", but it lists no ent_num " + entNum + "; continuation ignored"));
        }
        warnings.forEach(assembler::warn);
        return assembler.finish(ListFormat.OFAC_CSV, main.toString(), null);
    }

    private static EntityKind kind(String sdnType) {
        if (sdnType == null) {
            return EntityKind.ORGANIZATION;
        }
        if (sdnType.equalsIgnoreCase("individual")) {
            return EntityKind.PERSON;
        }
        if (sdnType.equalsIgnoreCase("vessel")) {
            return EntityKind.VESSEL;
        }
        if (sdnType.equalsIgnoreCase("aircraft")) {
            return EntityKind.AIRCRAFT;
        }
        return sdnType.equalsIgnoreCase("entity") ? EntityKind.ORGANIZATION : EntityKind.OTHER;
    }

    /** "SDGT] [IRGC" — several programs in one column, bracketed the way the text list prints them. */
    static List<String> programs(String column) {
        List<String> programs = new ArrayList<>();
        if (column == null) {
            return programs;
        }
        if (column.indexOf(']') < 0 && column.indexOf('[') < 0) {
            programs.add(column);
            return programs;
        }
        for (String part : PROGRAM_SEPARATOR.split(column)) {
            String p = part.replace("[", "").replace("]", "").strip();
            if (!p.isEmpty()) {
                programs.add(p);
            }
        }
        return programs;
    }

    /** Puts the vessel columns on the entry; returns what only a remark can hold (type, tonnage). */
    private static List<String> vessel(OfacCsvFile.Row row, EntityBuilder entry, OfacCountries countries) {
        List<String> remarks = new ArrayList<>();
        String callSign = row.value(CALL_SIGN);
        if (callSign != null) {
            entry.identifier(new Identifier(IdentifierType.CALL_SIGN, callSign, null, null, "Call Sign"));
        }
        if (row.value(VESSEL_TYPE) != null) {
            remarks.add("Vessel Type " + row.value(VESSEL_TYPE));
        }
        if (row.value(TONNAGE) != null) {
            remarks.add("Tonnage " + row.value(TONNAGE));
        }
        if (row.value(GRT) != null) {
            remarks.add("Gross Registered Tonnage " + row.value(GRT));
        }
        String flag = row.value(VESSEL_FLAG);
        if (flag != null) {
            String iso = countries.iso(flag);
            if (iso != null) {
                entry.country(iso);
            } else {
                remarks.add("Vessel Flag " + flag);
            }
        }
        entry.link(new Link(row.value(VESSEL_OWNER), null, "Vessel Owner"));
        return remarks;
    }

    private static Optional<Name> alias(OfacCsvFile.Row row, Path file, List<LoadWarning> warnings) {
        String name = row.value(3);
        if (name == null) {
            warnings.add(new LoadWarning(
                    file.toString(), "line " + row.line(), "expected a name in alt_name;" + " record skipped"));
            return Optional.empty();
        }
        String type = row.value(2) == null ? "" : row.value(2).toLowerCase(java.util.Locale.ROOT);
        NameType nameType = switch (type) {
            case "fka" -> NameType.FORMER;
            case "aka", "nka" -> NameType.ALIAS;
            default -> {
                warnings.add(new LoadWarning(
                        file.toString(),
                        "line " + row.line(),
                        "expected alt_type aka, fka" + " or nka but found '" + row.value(2) + "'; kept as an alias"));
                yield NameType.ALIAS;
            }
        };
        return Optional.of(Name.of(name, nameType, NameQuality.STRONG));
    }

    private static Optional<Address> address(OfacCsvFile.Row row, OfacCountries countries) {
        String street = row.value(2);
        String cityStatePostal = row.value(3);
        String country = row.value(4);
        String remark = row.value(5);
        List<String> parts = new ArrayList<>(4);
        for (String p : new String[] {street, cityStatePostal, country, remark}) {
            if (p != null) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // The second column mixes city, state and postal code ("London EC3N 1DY"): kept whole in full only,
        // since splitting it would be guessing.
        return Optional.of(new Address(String.join(", ", parts), street, null, null, null, countries.iso(country)));
    }

    private static <T> void orphans(
            Map<String, List<Pending<T>>> leftovers,
            Optional<Path> file,
            String what,
            Path main,
            List<LoadWarning> warnings) {
        leftovers.forEach((entNum, rows) -> {
            for (Pending<T> row : rows) {
                warnings.add(new LoadWarning(
                        file.map(Path::toString).orElse(""),
                        "line " + row.line(),
                        "expected an ent_num that " + main.getFileName() + " lists, but " + entNum + " is not there; "
                                + what + " ignored"));
            }
        });
    }
}
