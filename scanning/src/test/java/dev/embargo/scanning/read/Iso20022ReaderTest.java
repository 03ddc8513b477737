package dev.embargo.scanning.read;

import static dev.embargo.scanning.read.ReadFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.scanning.ScanException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Iso20022ReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void pacs008GivesPartiesAgentsAndRemittance() throws ScanException {
        Document doc = reader.read("pacs008.xml", resource("pacs008.xml"));

        assertThat(doc.kind()).isEqualTo(DocumentKind.ISO20022);
        assertThat(doc.warnings()).isEmpty();
        String t = doc.text();
        assertThat(doc.fields())
                .extracting(Field::name)
                .containsExactly(
                        "UltmtDbtr/Nm",
                        "Dbtr/Nm",
                        "Dbtr/PstlAdr/StrtNm",
                        "Dbtr/PstlAdr/BldgNb",
                        "Dbtr/PstlAdr/PstCd",
                        "Dbtr/PstlAdr/TwnNm",
                        "Dbtr/PstlAdr/Ctry",
                        "DbtrAcct/Id/IBAN",
                        "DbtrAgt/FinInstnId/BICFI",
                        "CdtrAgt/FinInstnId/BICFI",
                        "Cdtr/Nm",
                        "Cdtr/PstlAdr/AdrLine",
                        "Cdtr/PstlAdr/AdrLine",
                        "Cdtr/PstlAdr/Ctry",
                        "CdtrAcct/Id/Othr/Id",
                        "UltmtCdtr/Nm",
                        "RmtInf/Ustrd");
        assertThat(doc.fields("Dbtr/Nm").getFirst().in(t)).isEqualTo("Müller & Söhne Maschinenbau GmbH");
        assertThat(doc.fields("Dbtr/PstlAdr/TwnNm").getFirst().in(t)).isEqualTo("Düsseldorf");
        assertThat(doc.fields("Cdtr/Nm").getFirst().in(t)).isEqualTo("Aleksandr Viktorovich Petrov");
        assertThat(doc.fields("Cdtr/PstlAdr/AdrLine"))
                .extracting(f -> f.in(t))
                .containsExactly("ul. Tverskaya 7, kv. 12", "125009 Moskva");
        assertThat(doc.fields("CdtrAgt/FinInstnId/BICFI").getFirst().in(t)).isEqualTo("SABRRUMMXXX");
        assertThat(doc.fields("UltmtDbtr/Nm").getFirst().in(t)).isEqualTo("Sevmash Holding AO");
        assertThat(doc.fields("UltmtCdtr/Nm").getFirst().in(t)).isEqualTo("Rosoboronexport");
        assertThat(doc.fields("RmtInf/Ustrd").getFirst().in(t))
                .isEqualTo("Invoice 2023-118 turbine parts, ref. contract 55/A");
        assertThat(t).doesNotContain("MSG-2023", "48000", "E2E-4711");
    }

    @Test
    void pain001GivesInitiatingPartyAndOldStyleBics() throws ScanException {
        Document doc = reader.read("pain.xml", resource("pain001.xml"));

        String t = doc.text();
        assertThat(doc.kind()).isEqualTo(DocumentKind.ISO20022);
        assertThat(doc.fields("InitgPty/Nm").getFirst().in(t)).isEqualTo("Van der Berg Logistics B.V.");
        assertThat(doc.fields("Dbtr/PstlAdr/AdrLine"))
                .extracting(f -> f.in(t))
                .containsExactly("Havenstraat 3", "3011 AB Rotterdam");
        assertThat(doc.fields("DbtrAgt/FinInstnId/BIC").getFirst().in(t)).isEqualTo("ABNANL2A");
        assertThat(doc.fields("CdtrAgt/FinInstnId/BIC").getFirst().in(t)).isEqualTo("BSCHESMMXXX");
        assertThat(doc.fields("Cdtr/Nm").getFirst().in(t)).isEqualTo("Hassan Ali Khan Trading LLC");
        assertThat(doc.fields("Cdtr/PstlAdr/TwnNm").getFirst().in(t)).isEqualTo("Dubai");
        assertThat(doc.fields("RmtInf/Ustrd").getFirst().in(t)).isEqualTo("Freight October, container MSCU1234565");
    }

    @Test
    void otherIso20022MessagesAreReadWithAWarning() throws ScanException {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><X><Dbtr><Nm>A Bank</Nm>"
                + "</Dbtr></X></Document>";
        Document doc = reader.read("p9", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text()).isEqualTo("A Bank");
        assertThat(doc.warnings()).singleElement().asString().startsWith("camt.053.001.08 is not pacs.008");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws ScanException {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><Cdtr><Nm>Fran\u00e7ois"
                + " Gen\u00e8ve SA</Nm></Cdtr></Document>";
        Document doc = reader.read("latin.xml", xml.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(doc.text()).isEqualTo("Fran\u00e7ois Gen\u00e8ve SA");
        assertThat(doc.warnings()).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void unclosedElementNamesLineAndExpectation() {
        String full = new String(resource("pacs008.xml"), StandardCharsets.UTF_8);
        byte[] cut = full.substring(0, full.indexOf("</Cdtr>")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("cut.xml", cut))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("cut.xml: line ")
                .hasMessageContaining("expected well-formed ISO 20022 XML");
    }

    @Test
    void mismatchedTagIsAnError() {
        String xml =
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n<Dbtr><Nm>X</Dbtr>\n</Document>";
        assertThatThrownBy(() -> reader.read("m.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("m.xml: line 2, column ");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><Dbtr><Nm>&x;</Nm></Dbtr></Document>";
        assertThatThrownBy(() -> reader.read("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("xxe.xml: line 1");
    }

    @Test
    void namespaceOnlyInACommentIsNotAnIsoDocument() {
        String xml = "<!-- urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08 --><Other/>";
        assertThatThrownBy(() -> reader.read("o.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("o.xml: root: expected a Document element in an ISO 20022 namespace");
    }

    /**
     * Each thread reuses one parser from message to message: what it reads must not depend on what it read
     * before, a broken message included, nor on whether the text is short enough for the reused parser.
     */
    @Test
    void theReusedParserReadsEachMessageAsAFreshOneWould() throws Exception {
        byte[] pacs = resource("pacs008.xml");
        byte[] pain = resource("pain001.xml");
        Document first = new DocumentReader().read("pacs008.xml", pacs);
        Document firstPain = new DocumentReader().read("pain.xml", pain);
        String text = new String(pacs, StandardCharsets.UTF_8);
        byte[] broken = text.substring(0, text.indexOf("</Nm>")).getBytes(StandardCharsets.UTF_8);
        // A comment at the end pads the message past the length the reused parser takes.
        String padding = "<!--" + "x".repeat(Iso20022Reader.REUSED_MAX_CHARS) + "-->";
        int end = text.indexOf("</Document>");
        byte[] large = (text.substring(0, end) + padding + text.substring(end)).getBytes(StandardCharsets.UTF_8);

        for (int round = 0; round < 3; round++) {
            assertThat(reader.read("pacs008.xml", pacs)).isEqualTo(first);
            assertThat(reader.read("pain.xml", pain)).isEqualTo(firstPain);
            assertThatThrownBy(() -> reader.read("broken.xml", broken))
                    .isInstanceOf(ScanException.class)
                    .hasMessageContaining("broken.xml");
            assertThat(reader.read("pacs008.xml", pacs)).isEqualTo(first);
            assertThat(reader.read("pacs008.xml", large)).isEqualTo(first);
        }
    }
}
