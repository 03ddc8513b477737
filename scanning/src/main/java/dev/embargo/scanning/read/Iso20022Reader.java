package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ISO 20022 payment messages (pacs.008 customer credit transfers, pacs.009 bank transfers including COV,
 * pain.001 payment initiations): the parties' names, postal addresses, accounts and identifiers, the agents'
 * BICs and names, and the unstructured remittance text, each a field named by its path below the party, e.g.
 * {@code Dbtr/Nm} or {@code Cdtr/PstlAdr/TwnNm}, with what it holds ({@link Field.Role}), the transaction it
 * belongs to ({@code CdtTrfTxInf 2}, {@code PmtInf 1}) and its line.
 */
final class Iso20022Reader {
    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Set<String> PARTIES = Set.of("Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty");
    private static final Set<String> AGENTS = Set.of(
            "DbtrAgt",
            "CdtrAgt",
            "InstgAgt",
            "InstdAgt",
            "IntrmyAgt1",
            "IntrmyAgt2",
            "IntrmyAgt3",
            "PrvsInstgAgt1",
            "PrvsInstgAgt2",
            "PrvsInstgAgt3",
            "FwdgAgt");
    private static final Map<String, Field.Role> ADDRESS_PATHS = Map.ofEntries(
            Map.entry("PstlAdr/AdrLine", Field.Role.ADDRESS),
            Map.entry("PstlAdr/StrtNm", Field.Role.ADDRESS),
            Map.entry("PstlAdr/BldgNb", Field.Role.ADDRESS),
            Map.entry("PstlAdr/PstCd", Field.Role.ADDRESS),
            Map.entry("PstlAdr/TwnNm", Field.Role.ADDRESS),
            Map.entry("PstlAdr/CtrySubDvsn", Field.Role.ADDRESS),
            Map.entry("PstlAdr/Ctry", Field.Role.COUNTRY));
    private static final Map<String, Field.Role> PARTY_PATHS = with(
            ADDRESS_PATHS,
            Map.entry("Nm", Field.Role.NAME),
            Map.entry("CtryOfRes", Field.Role.COUNTRY),
            Map.entry("Id/OrgId/AnyBIC", Field.Role.BIC),
            Map.entry("Id/OrgId/BICOrBEI", Field.Role.BIC),
            Map.entry("Id/OrgId/LEI", Field.Role.IDENTIFIER),
            Map.entry("Id/OrgId/Othr/Id", Field.Role.IDENTIFIER),
            Map.entry("Id/PrvtId/Othr/Id", Field.Role.IDENTIFIER),
            Map.entry("Id/PrvtId/DtAndPlcOfBirth/CtryOfBirth", Field.Role.COUNTRY));
    // BIC is the element's name in pain.001 before version 4, BICFI after. In pacs.009 the debtor and
    // creditor are banks, written as agents are.
    private static final Map<String, Field.Role> AGENT_PATHS = Map.of(
            "FinInstnId/BICFI", Field.Role.BIC,
            "FinInstnId/BIC", Field.Role.BIC,
            "FinInstnId/LEI", Field.Role.IDENTIFIER,
            "FinInstnId/Nm", Field.Role.NAME,
            "FinInstnId/PstlAdr/AdrLine", Field.Role.ADDRESS,
            "FinInstnId/PstlAdr/StrtNm", Field.Role.ADDRESS,
            "FinInstnId/PstlAdr/TwnNm", Field.Role.ADDRESS,
            "FinInstnId/PstlAdr/Ctry", Field.Role.COUNTRY);
    private static final Map<String, Field.Role> ACCOUNT_PATHS =
            Map.of("Id/IBAN", Field.Role.ACCOUNT, "Id/Othr/Id", Field.Role.ACCOUNT);
    private static final Map<String, Field.Role> REMITTANCE_PATHS = Map.of("Ustrd", Field.Role.FREE_TEXT);
    /** The elements that make one transaction of a message; the innermost names a field's message. */
    private static final Set<String> UNITS = Set.of("PmtInf", "CdtTrfTxInf");

    @SafeVarargs
    private static Map<String, Field.Role> with(Map<String, Field.Role> base, Map.Entry<String, Field.Role>... more) {
        Map<String, Field.Role> m = new java.util.HashMap<>(base);
        for (Map.Entry<String, Field.Role> e : more) {
            m.put(e.getKey(), e.getValue());
        }
        return Map.copyOf(m);
    }

    /** Deeper than any real message; stops runaway nesting in damaged input. */
    private static final int MAX_DEPTH = 64;

    /**
     * Each thread's parser factory, set up once: making one costs more than parsing a short message. The JDK
     * does not promise that one factory serves several threads at once, so each thread has its own.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    });

    Document read(String source, byte[] content) throws ScanException {
        XMLInputFactory factory = FACTORY.get();
        XMLStreamReader xml = null;
        List<String> path = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> unit = new ArrayList<>();
        Map<String, Integer> units = new java.util.HashMap<>();
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
                        lines.add(
                                xml.getLocation() == null
                                        ? 0
                                        : Math.max(0, xml.getLocation().getLineNumber()));
                        if (UNITS.contains(xml.getLocalName())) {
                            int n = units.merge(xml.getLocalName(), 1, Integer::sum);
                            unit.add(xml.getLocalName() + " " + n);
                        }
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
                        Map.Entry<String, Field.Role> field = field(path);
                        if (field != null) {
                            text.add(
                                    field.getKey(),
                                    chars.toString(),
                                    field.getValue(),
                                    unit.isEmpty() ? "" : unit.getLast(),
                                    lines.getLast());
                        }
                        chars.setLength(0);
                        if (UNITS.contains(path.getLast())) {
                            unit.removeLast();
                        }
                        path.removeLast();
                        lines.removeLast();
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
        if (!messageType.startsWith("pacs.008")
                && !messageType.startsWith("pacs.009")
                && !messageType.startsWith("pain.001")) {
            warnings.add(
                    messageType + " is not pacs.008, pacs.009 or pain.001; parties were read by their usual names");
        }
        if (text.isEmpty()) {
            warnings.add("no party names, addresses or remittance text found");
        }
        return new Document(source, DocumentKind.ISO20022, text.text(), text.fields(), warnings);
    }

    /**
     * The field's name and role when the element at the end of {@code path} is one screening needs, else
     * null. The nearest party, agent, account or remittance element above it decides.
     */
    private static Map.Entry<String, Field.Role> field(List<String> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            String owner = path.get(i);
            Map<String, Field.Role> wanted;
            if (PARTIES.contains(owner)) {
                wanted = PARTY_PATHS;
            } else if (AGENTS.contains(owner)) {
                wanted = AGENT_PATHS;
            } else if (owner.endsWith("Acct")) {
                wanted = ACCOUNT_PATHS;
            } else if (owner.equals("RmtInf")) {
                wanted = REMITTANCE_PATHS;
            } else {
                continue;
            }
            String below = String.join("/", path.subList(i + 1, path.size()));
            Field.Role role = wanted.get(below);
            if (role == null && wanted == PARTY_PATHS) {
                role = AGENT_PATHS.get(below);
            }
            return role == null ? null : Map.entry(owner + "/" + below, role);
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
