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
     * The last element names of the fields read ({@link #PARTY_PATHS}, {@link #AGENT_PATHS} and the others): an
     * element of any other name ends no field, and its path need not be looked at.
     */
    private static final Set<String> FIELD_ELEMENTS =
            lastNames(PARTY_PATHS.keySet(), AGENT_PATHS.keySet(), ACCOUNT_PATHS.keySet(), REMITTANCE_PATHS.keySet());

    @SafeVarargs
    private static Set<String> lastNames(Set<String>... paths) {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> p : paths) {
            p.forEach(path -> out.add(path.substring(path.lastIndexOf('/') + 1)));
        }
        return Set.copyOf(out);
    }

    /**
     * The longest text parsed by the thread's reused parser: a larger document gets a parser of its own, which
     * is dropped after it, so that the reused one never holds on to a large text between documents.
     */
    static final int REUSED_MAX_CHARS = 64 * 1024;

    /**
     * The characters a thread's reused parser reads before it is replaced: it keeps a table of every element
     * name it has met, and this bounds that table (the names of real messages are few; hostile input can
     * invent new ones in every document).
     */
    static final long REUSED_BUDGET_CHARS = 16L * 1024 * 1024;

    /**
     * Each thread's parser, set up once and reused from document to document: setting up a parser costs more
     * than parsing a short message (a payment message is usually under 10 KB). The JDK does not promise that
     * one factory serves several threads at once, so each thread has its own.
     */
    private static final ThreadLocal<ReusedParser> PARSER = ThreadLocal.withInitial(ReusedParser::new);

    /** A thread's factory that hands out its one stream reader again once the last was closed. */
    private static final class ReusedParser {
        private final XMLInputFactory factory = factory(true);
        private long charsRead;
    }

    private static XMLInputFactory factory(boolean reuse) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (reuse) {
            try {
                // The JDK's own parser (newDefaultFactory) resets a closed reader for the next document
                // rather than building a new one, when asked to by this property of its own.
                factory.setProperty("reuse-instance", Boolean.TRUE);
            } catch (IllegalArgumentException unsupported) {
                // A parser without the property builds a reader per document, as without reuse.
            }
        }
        return factory;
    }

    /**
     * The factory to parse a text of {@code chars} characters with: the thread's reused one for a short text
     * (replaced once it has read {@link #REUSED_BUDGET_CHARS}), a fresh one, dropped after, for a long text.
     */
    private static XMLInputFactory factoryFor(int chars) {
        if (chars > REUSED_MAX_CHARS) {
            return factory(false);
        }
        ReusedParser parser = PARSER.get();
        if (parser.charsRead + chars > REUSED_BUDGET_CHARS) {
            parser = new ReusedParser();
            PARSER.set(parser);
        }
        parser.charsRead += chars;
        return parser.factory;
    }

    Document read(String source, byte[] content) throws ScanException {
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
        boolean failed = true;
        try {
            xml = factoryFor(decoded.text().length()).createXMLStreamReader(new StringReader(decoded.text()));
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String ns = xml.getNamespaceURI();
                        if (xml.getLocalName().equals("Document") && ns != null && ns.startsWith(NAMESPACE_PREFIX)) {
                            messageType = ns.substring(NAMESPACE_PREFIX.length());
                        }
                        path.add(xml.getLocalName());
                        Location at = xml.getLocation();
                        lines.add(at == null ? 0 : Math.max(0, at.getLineNumber()));
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
                        chars.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
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
            failed = false;
        } catch (XMLStreamException e) {
            throw new ScanException(source, place(e.getLocation()), "well-formed ISO 20022 XML", e);
        } catch (RuntimeException e) {
            throw new ScanException(source, "XML", "well-formed ISO 20022 XML", e);
        } finally {
            close(xml);
            if (failed) {
                // A parser stopped by an error is not trusted with the next document.
                PARSER.remove();
            }
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
        if (!FIELD_ELEMENTS.contains(path.getLast())) {
            return null;
        }
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
