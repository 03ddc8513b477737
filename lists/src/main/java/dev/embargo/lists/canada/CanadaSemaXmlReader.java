package dev.embargo.lists.canada;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Canada's Consolidated Autonomous Sanctions List (SEMA and JVCFOR regulations), published as XML:
 * a {@code <data-set>} of flat {@code <record>} elements, one per listed person, entity or ship. The file
 * carries no date; the latest date of listing stands for it.
 */
public final class CanadaSemaXmlReader implements ListReader {
    private static final String ROOT = "data-set";
    private static final String RECORD = "record";
    private static final Set<String> FIELDS = Set.of(
            "Country",
            "LastName",
            "GivenName",
            "EntityOrShip",
            "TitleOrShip",
            "ShipIMONumber",
            "DateOfBirthOrShipBuildDate",
            "Schedule",
            "Item",
            "DateOfListing",
            "Aliases");

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        String fileName = file.getFileName().toString();
        List<SemaRecord> records = new ArrayList<>();
        List<LoadWarning> warnings = new ArrayList<>();
        XMLStreamReader xml = null;
        try (Reader in = utf8(file)) {
            xml = newFactory().createXMLStreamReader(in);
            try {
                readDataSet(xml, fileName, records, warnings);
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            throw new ListFormatException(file, null, "a readable file", e);
        } catch (XMLStreamException | RuntimeException e) {
            // Parsers report some damage (bad UTF-8, text read lazily) as unchecked exceptions, and byte-level
            // damage without a location: then the reader's own position is the best place to name.
            Location where = locationIn(e);
            if (where == null && xml != null) {
                where = xml.getLocation();
            }
            if (causedByEncoding(e)) {
                // The decoder reads ahead of the parser, so the position is close, not exact.
                String near = place(where);
                throw new ListFormatException(
                        file, near == null ? null : "near " + near, "UTF-8 text, the encoding of the SEMA list", e);
            }
            throw new ListFormatException(file, place(where), "well-formed XML of the SEMA list", e);
        }
        if (records.isEmpty()) {
            throw new ListFormatException(file, "<" + ROOT + ">", "at least one <record> element", null);
        }
        return toList(fileName, records, warnings);
    }

    /**
     * The list is published in UTF-8. Decoding it here, strictly, turns damaged bytes into an error with a
     * line number (the JDK parser would report them without one, and print them to stderr besides).
     */
    private static Reader utf8(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own parser, whatever else the class path offers (fastexcel brings Aalto): same behaviour
        // and error locations everywhere.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // A sanctions list has no business declaring entities; refusing DTDs also rules out entity expansion.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Errors reach the caller as exceptions; without a reporter the JDK parser also prints them to stderr.
        factory.setProperty(XMLInputFactory.REPORTER, (XMLReporter) (message, type, info, location) -> {});
        return factory;
    }

    private static void readDataSet(
            XMLStreamReader xml, String fileName, List<SemaRecord> records, List<LoadWarning> warnings)
            throws XMLStreamException, ListFormatException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog
        }
        if (!xml.isStartElement() || !ROOT.equals(xml.getLocalName())) {
            throw new ListFormatException(
                    fileName,
                    place(xml.getLocation()),
                    "the root element <" + ROOT + "> of the SEMA list"
                            + (xml.isStartElement() ? ", found <" + xml.getLocalName() + ">" : ""),
                    null);
        }
        Set<String> unknownReported = new HashSet<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (RECORD.equals(xml.getLocalName())) {
                    records.add(readRecord(xml, fileName, warnings, unknownReported));
                } else {
                    if (unknownReported.add(xml.getLocalName())) {
                        warnings.add(new LoadWarning(
                                fileName,
                                place(xml.getLocation()),
                                "expected <" + RECORD + ">, found <" + xml.getLocalName() + ">; skipped"));
                    }
                    skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                // </data-set>: anything after it is the parser's to reject as trailing content.
                while (xml.hasNext()) {
                    xml.next();
                }
            }
        }
    }

    private static SemaRecord readRecord(
            XMLStreamReader xml, String fileName, List<LoadWarning> warnings, Set<String> unknownReported)
            throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        Map<String, String> fields = new HashMap<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document inside <record>", xml.getLocation());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue; // layout whitespace, comments; stray text between fields carries nothing we map
            }
            String name = xml.getLocalName();
            if (FIELDS.contains(name)) {
                String text = readText(xml);
                if (!text.isBlank()) {
                    fields.merge(name, text, (a, b) -> a + "; " + b);
                }
            } else {
                if (unknownReported.add(name)) {
                    warnings.add(new LoadWarning(
                            fileName,
                            place(xml.getLocation()),
                            "element <" + name + "> is not a known SEMA field; ignored"));
                }
                skipElement(xml);
            }
        }
        return new SemaRecord(
                line,
                fields.get("Country"),
                fields.get("LastName"),
                fields.get("GivenName"),
                fields.get("EntityOrShip"),
                fields.get("TitleOrShip"),
                fields.get("ShipIMONumber"),
                fields.get("DateOfBirthOrShipBuildDate"),
                fields.get("Schedule"),
                fields.get("Item"),
                fields.get("DateOfListing"),
                fields.get("Aliases"));
    }

    /** Text of a field element, tolerating markup nested in it (none is expected). */
    private static String readText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("unexpected end of document", xml.getLocation());
                default -> {}
            }
        }
        return text.toString();
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of document", xml.getLocation());
            }
        }
    }

    private static LoadedList toList(String fileName, List<SemaRecord> records, List<LoadWarning> warnings) {
        LocalDate published = records.stream()
                .map(r -> SemaEntityMapper.listingDate(r.dateOfListing()).orElse(null))
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        List<Entity> entities = new ArrayList<>(records.size());
        Set<String> ids = new LinkedHashSet<>();
        for (SemaRecord r : records) {
            String place = "line " + r.line() + " <record>";
            if (r.country() == null || r.item() == null) {
                warnings.add(new LoadWarning(
                        fileName,
                        place,
                        "expected <Country> and <Item> (the record's regime and number); record skipped"));
                continue;
            }
            if (!r.isPerson() && r.entityOrShip() == null) {
                warnings.add(new LoadWarning(
                        fileName, place, "expected a name (<LastName>/<GivenName> or <EntityOrShip>); record skipped"));
                continue;
            }
            SemaRegime regime = SemaRegime.of(r.country());
            String id = SemaEntityMapper.idInSource(regime, r.schedule(), r.item());
            if (!ids.add(id)) {
                String unique = id;
                for (int n = 2; !ids.add(unique); n++) {
                    unique = id + "~" + n;
                }
                warnings.add(new LoadWarning(
                        fileName,
                        place,
                        "expected a unique regime, schedule and item; " + id + " is repeated, read as " + unique));
                id = unique;
            }
            EntityBuilder b = SemaEntityMapper.map(r, regime, id);
            entities.add(b.sourceFile(fileName, published).build());
        }
        return new LoadedList(Source.CA_SEMA, ListFormat.CANADA_SEMA_XML, fileName, published, entities, warnings);
    }

    private static boolean causedByEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static Location locationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException x
                    && x.getLocation() != null
                    && x.getLocation().getLineNumber() > 0) {
                return x.getLocation();
            }
        }
        return null;
    }

    private static String place(Location location) {
        return location == null || location.getLineNumber() < 1
                ? null
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
