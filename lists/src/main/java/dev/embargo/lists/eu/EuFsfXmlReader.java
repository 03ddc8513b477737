package dev.embargo.lists.eu;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU Consolidated Financial Sanctions List in its "FSF XML 1.1" form
 * ({@code xmlFullSanctionsList_1_1} on webgate.ec.europa.eu/fsd/fsf).
 *
 * <p>The format, as published and as its public parsers read it (OpenSanctions' zavod/shed/fsf.py and
 * datasets/eu/fsf/eu_fsf.yml, ammitto's lib/ammitto/sources/eu models, and file excerpts quoted in
 * several public repositories): root {@code <export xmlns="http://eu.europa.ec/fpi/fsd/export"
 * generationDate="2018-12-21T14:39:54.511+01:00" globalFileId="...">}, holding {@code <sanctionEntity
 * designationDate? designationDetails unitedNationId euReferenceNumber logicalId>} elements whose
 * children are {@code remark}, {@code regulation} (with a {@code publicationUrl} child),
 * {@code subjectType}, {@code nameAlias}, {@code citizenship}, {@code birthdate},
 * {@code identification} and {@code address} (with {@code contactInfo key value} children); most of
 * these carry a {@code regulationSummary} and may carry a {@code remark}. Facts are attributes; empty
 * strings mean "not known", and countryIso2Code "00" with countryDescription "UNKNOWN" means no country.
 *
 * <p>The reader streams with StAX and reads one {@code <sanctionEntity>} at a time into a small
 * {@link FsfElement} tree for {@link EuFsfEntityMapper}. A file that is not well-formed, or whose root
 * is not {@code <export>}, fails as a whole with the line and column; a bad entry inside a good file is
 * skipped with a {@link LoadWarning}.
 */
public final class EuFsfXmlReader implements ListReader {
    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";
    /** Entries nest 3 levels deep (sanctionEntity/address/contactInfo); far more means a damaged file. */
    private static final int MAX_DEPTH = 32;

    private static final int PROLOG_BYTES = 256;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        XMLStreamReader xml = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            xml = open(newFactory(), in);
            return readDocument(xml, file);
        } catch (XMLStreamException e) {
            throw notWellFormed(file, e, xml);
        } catch (IOException e) {
            throw new ListFormatException(file, null, "a readable file", e);
        } catch (RuntimeException e) {
            // The JDK parser reports some damage (bad encodings, odd bytes) as runtime exceptions.
            throw new ListFormatException(file, placeOf(xml), "well-formed XML", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Closing cannot lose data we have not already read or reported.
                }
            }
        }
    }

    /**
     * The published list is UTF-8. We decode it ourselves, strictly, because the JDK parser's own UTF-8
     * decoder prints "[Fatal Error]" lines to stderr before throwing on a bad byte. A file that
     * declares another encoding, or starts with a UTF-16 byte order mark, is left to the parser.
     */
    private static XMLStreamReader open(XMLInputFactory factory, InputStream in)
            throws IOException, XMLStreamException {
        in.mark(PROLOG_BYTES);
        byte[] head = in.readNBytes(PROLOG_BYTES);
        in.reset();
        boolean utf8Bom =
                head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf16 = head.length >= 2
                && (head[0] == 0
                        || head[1] == 0
                        || ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
                        || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE));
        Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        boolean otherEncoding = declared.find()
                && !declared.group(1).equalsIgnoreCase("UTF-8")
                && !declared.group(1).equalsIgnoreCase("UTF8");
        if (utf16 || otherEncoding) {
            return factory.createXMLStreamReader(in);
        }
        if (utf8Bom) {
            in.skipNBytes(3);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return factory.createXMLStreamReader(new InputStreamReader(in, strict));
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private LoadedList readDocument(XMLStreamReader xml, Path file) throws XMLStreamException, ListFormatException {
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        List<LoadWarning> warnings = new ArrayList<>();
        if (!toRoot(xml)) {
            throw new ListFormatException(file, "end of file", "an <export> root element", null);
        }
        String root = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        if (!root.equals("export") || (namespace != null && !namespace.isEmpty() && !namespace.contains("/fsd/"))) {
            String found = (xml.getPrefix() == null || xml.getPrefix().isEmpty() ? "" : xml.getPrefix() + ":") + root;
            throw new ListFormatException(
                    file,
                    placeOf(xml) + ": root element <" + found + ">",
                    "the root element <export xmlns=\"" + NAMESPACE + "\"> of the EU FSF XML 1.1",
                    null);
        }
        String generated = attribute(xml, "generationDate");
        Optional<LocalDate> published = FsfDates.day(generated);
        if (published.isEmpty()) {
            warnings.add(new LoadWarning(
                    file.toString(),
                    placeOf(xml) + ": <export>",
                    "expected generationDate=\"yyyy-mm-ddThh:mm...\", found "
                            + (generated == null ? "none" : "\"" + generated + "\"") + "; publication date unknown"));
        }
        EuFsfEntityMapper mapper = new EuFsfEntityMapper(file.toString(), fileName, published.orElse(null), warnings);
        List<Entity> entities = new ArrayList<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("sanctionEntity")) {
                    FsfElement entry = readElement(xml, file);
                    try {
                        mapper.map(entry).ifPresent(entities::add);
                    } catch (RuntimeException e) {
                        // A value the model rejects spoils this entry only, never the rest of the list.
                        warnings.add(new LoadWarning(
                                file.toString(),
                                entry.place(),
                                "expected a readable sanctionEntity (" + e.getMessage() + "); entry skipped"));
                    }
                } else {
                    readElement(xml, file);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ListFormatException(file, placeOf(xml), "</export> closing the list", null);
            }
        }
        // Let the parser check that nothing but comments and whitespace follows the root.
        while (xml.hasNext()) {
            xml.next();
        }
        return new LoadedList(
                Source.EU_FSF, ListFormat.EU_FSF_XML, fileName, published.orElse(null), entities, warnings);
    }

    private static boolean toRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Reads the element the reader stands on, with everything inside it, leaving the reader on its end tag. */
    private static FsfElement readElement(XMLStreamReader xml, Path file)
            throws XMLStreamException, ListFormatException {
        Deque<PartialElement> open = new ArrayDeque<>();
        open.push(new PartialElement(xml));
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new ListFormatException(
                                file,
                                placeOf(xml) + ": <" + xml.getLocalName() + ">",
                                "at most " + MAX_DEPTH + " levels of nested elements in a <sanctionEntity>",
                                null);
                    }
                    open.push(new PartialElement(xml));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    open.peek().text(xml);
                case XMLStreamConstants.END_ELEMENT -> {
                    FsfElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new ListFormatException(
                            file, placeOf(xml), "the end tag of <" + open.peek().name + ">", null);
                default -> {
                    // Comments and processing instructions carry no list data.
                }
            }
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class PartialElement {
        final String name;
        final Map<String, String> attributes;
        StringBuilder text;
        final List<FsfElement> children = new ArrayList<>();
        final int line;

        PartialElement(XMLStreamReader xml) {
            name = xml.getLocalName();
            int count = xml.getAttributeCount();
            attributes = HashMap.newHashMap(count);
            for (int i = 0; i < count; i++) {
                attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            line = xml.getLocation().getLineNumber();
        }

        void text(XMLStreamReader xml) {
            // Indentation between child elements is no data; most elements have nothing else.
            if (text == null && xml.isWhiteSpace()) {
                return;
            }
            if (text == null) {
                text = new StringBuilder();
            }
            text.append(xml.getText());
        }

        FsfElement build() {
            String t = text == null ? null : text.toString().strip();
            return new FsfElement(
                    name,
                    Collections.unmodifiableMap(attributes),
                    t == null || t.isEmpty() ? null : t,
                    Collections.unmodifiableList(children),
                    line);
        }
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static ListFormatException notWellFormed(Path file, XMLStreamException e, XMLStreamReader xml) {
        Location at = e.getLocation();
        String place = at != null && at.getLineNumber() > 0
                ? "line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                : placeOf(xml);
        if (e.getNestedException() instanceof CharacterCodingException) {
            try {
                place = InvalidUtf8Locator.firstInvalidByte(file).orElse(place);
            } catch (IOException unreadable) {
                // Keep the parser's approximate place.
            }
            XMLStreamException reason = new XMLStreamException();
            reason.initCause(e);
            return new ListFormatException(file, place, "UTF-8 text, found a byte sequence that is not UTF-8", reason);
        }
        // The JDK parser's message is "ParseError at [row,col]:[l,c]\nMessage: <what>"; keep only <what>.
        String message = e.getMessage() == null ? "" : e.getMessage();
        int m = message.indexOf("Message: ");
        String detail = (m >= 0 ? message.substring(m + "Message: ".length()) : message).strip();
        XMLStreamException reason =
                new XMLStreamException(detail.isEmpty() ? e.getClass().getSimpleName() : detail);
        reason.initCause(e);
        return new ListFormatException(file, place, "well-formed XML", reason);
    }

    private static String placeOf(XMLStreamReader xml) {
        if (xml == null) {
            return "start of file";
        }
        try {
            Location at = xml.getLocation();
            return "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
