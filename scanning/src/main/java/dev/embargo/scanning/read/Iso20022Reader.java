package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 payment messages (pacs.008 customer credit transfers, pain.001 payment initiations): the
 * parties' names and postal addresses, the agents' BICs and the unstructured remittance text, each a
 * field named by its path below the party, e.g. {@code Dbtr/Nm} or {@code Cdtr/PstlAdr/TwnNm}.
 */
final class Iso20022Reader {
    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Set<String> PARTIES = Set.of("Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty");
    private static final Set<String> AGENTS =
            Set.of("DbtrAgt", "CdtrAgt", "InstgAgt", "InstdAgt", "IntrmyAgt1", "IntrmyAgt2", "IntrmyAgt3");
    private static final Set<String> PARTY_PATHS = Set.of(
            "Nm",
            "PstlAdr/AdrLine",
            "PstlAdr/StrtNm",
            "PstlAdr/BldgNb",
            "PstlAdr/PstCd",
            "PstlAdr/TwnNm",
            "PstlAdr/CtrySubDvsn",
            "PstlAdr/Ctry",
            "CtryOfRes");
    // BIC is the element's name in pain.001 before version 4, BICFI after.
    private static final Set<String> AGENT_PATHS = Set.of(
            "FinInstnId/BICFI",
            "FinInstnId/BIC",
            "FinInstnId/Nm",
            "FinInstnId/PstlAdr/AdrLine",
            "FinInstnId/PstlAdr/TwnNm",
            "FinInstnId/PstlAdr/Ctry");
    private static final Set<String> REMITTANCE_PATHS = Set.of("Ustrd");
    /** Deeper than any real message; stops runaway nesting in damaged input. */
    private static final int MAX_DEPTH = 64;

    Document read(String source, byte[] content) throws ScanException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xml = null;
        List<String> path = new ArrayList<>();
        FieldTextBuilder text = new FieldTextBuilder();
        // Decoding here rather than in the parser: ISO 20022 is UTF-8, and the JDK parser prints encoding
        // errors to standard error besides throwing them.
        DecodedText decoded = DecodedText.of(content);
        List<String> warnings = new ArrayList<>(decoded.warning().stream().toList());
        StringBuilder chars = new StringBuilder();
        String messageType = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(decoded.text()));
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String ns = xml.getNamespaceURI();
                        if (xml.getLocalName().equals("Document") && ns != null && ns.startsWith(NAMESPACE_PREFIX)) {
                            messageType = ns.substring(NAMESPACE_PREFIX.length());
                        }
                        path.add(xml.getLocalName());
                        if (path.size() > MAX_DEPTH) {
                            throw new ScanException(
                                    source,
                                    place(xml.getLocation()),
                                    "elements nested at most " + MAX_DEPTH + " deep",
                                    null);
                        }
                        chars.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        chars.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = fieldName(path);
                        if (name != null) {
                            text.add(name, chars.toString());
                        }
                        chars.setLength(0);
                        path.remove(path.size() - 1);
                    }
                    default -> {
                        // Comments, processing instructions and the document's end carry no party data.
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ScanException(source, place(e.getLocation()), "well-formed ISO 20022 XML", e);
        } catch (RuntimeException e) {
            throw new ScanException(source, "XML", "well-formed ISO 20022 XML", e);
        } finally {
            close(xml);
        }
        if (messageType == null) {
            throw new ScanException(
                    source, "root", "a Document element in an ISO 20022 namespace (" + NAMESPACE_PREFIX + "...)", null);
        }
        if (!messageType.startsWith("pacs.008") && !messageType.startsWith("pain.001")) {
            warnings.add(messageType + " is neither pacs.008 nor pain.001; parties were read by their usual names");
        }
        if (text.isEmpty()) {
            warnings.add("no party names, addresses or remittance text found");
        }
        return new Document(source, DocumentKind.ISO20022, text.text(), text.fields(), warnings);
    }

    /** The field's name when the element at the end of {@code path} is one screening needs, else null. */
    private static String fieldName(List<String> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            String owner = path.get(i);
            Set<String> wanted = PARTIES.contains(owner)
                    ? PARTY_PATHS
                    : AGENTS.contains(owner) ? AGENT_PATHS : owner.equals("RmtInf") ? REMITTANCE_PATHS : null;
            if (wanted != null) {
                String below = String.join("/", path.subList(i + 1, path.size()));
                return wanted.contains(below) ? owner + "/" + below : null;
            }
        }
        return null;
    }

    private static String place(Location location) {
        return location == null ? "XML" : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release beyond the in-memory stream.
            }
        }
    }
}
