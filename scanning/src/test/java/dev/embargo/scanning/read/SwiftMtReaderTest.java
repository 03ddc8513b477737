package dev.embargo.scanning.read;

import static dev.embargo.scanning.read.ReadFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.scanning.ScanException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SwiftMtReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void mt103GivesPartiesAndRemittanceAsFieldsPointingIntoTheText() throws ScanException {
        Document doc = reader.read("mt103.txt", resource("mt103.txt"));

        assertThat(doc.kind()).isEqualTo(DocumentKind.SWIFT_MT);
        assertThat(doc.source()).isEqualTo("mt103.txt");
        assertThat(doc.warnings()).isEmpty();
        String t = doc.text();
        assertThat(doc.fields())
                .extracting(Field::name)
                .containsExactly(
                        "sender BIC",
                        "receiver BIC",
                        "50K ordering customer account",
                        "50K ordering customer",
                        "52A ordering institution",
                        "57A account with institution account",
                        "57A account with institution",
                        "59 beneficiary account",
                        "59 beneficiary",
                        "70 remittance");
        assertThat(doc.fields("sender BIC").getFirst().in(t)).isEqualTo("BANKBEBBXXX");
        assertThat(doc.fields("receiver BIC").getFirst().in(t)).isEqualTo("BANKDEFFXXX");
        assertThat(doc.fields("50K ordering customer").getFirst().in(t))
                .isEqualTo("VOLKOV TRADING GMBH\nHAUPTSTRASSE 12\n10115 BERLIN");
        assertThat(doc.fields("50K ordering customer account").getFirst().in(t)).isEqualTo("/BE71096123456769");
        assertThat(doc.fields("57A account with institution").getFirst().in(t)).isEqualTo("COBADEFFXXX");
        assertThat(doc.fields("59 beneficiary").getFirst().in(t))
                .isEqualTo("IVAN PETROVICH SIDOROV\n14 HIGH STREET\nLONDON EC1A 1BB");
        assertThat(doc.fields("70 remittance").getFirst().in(t))
                .isEqualTo("INVOICE 4711 MACHINE PARTS\nON BEHALF OF OLGA NIKOLAEVNA KRAVETS");
        // Codes that are not names stay out of the text searched for mentions.
        assertThat(t).doesNotContain("PAYREF", "CRED", "12500", "SHA", "CHK", "\r");
    }

    @Test
    void mt202OutputMessageTakesTheSenderFromTheInputReference() throws ScanException {
        Document doc = reader.read("mt202.fin", resource("mt202.txt"));

        String t = doc.text();
        assertThat(doc.kind()).isEqualTo(DocumentKind.SWIFT_MT);
        assertThat(doc.warnings()).isEmpty();
        assertThat(doc.fields("sender BIC").getFirst().in(t)).isEqualTo("DEUTDEFFXXX");
        assertThat(doc.fields("receiver BIC").getFirst().in(t)).isEqualTo("CHASUS33XXX");
        assertThat(doc.fields("53A sender's correspondent").getFirst().in(t)).isEqualTo("CITIUS33");
        assertThat(doc.fields("56A intermediary").getFirst().in(t)).isEqualTo("IRVTUS3N");
        assertThat(doc.fields("58D beneficiary institution").getFirst().in(t))
                .isEqualTo("GAZPROMBANK (JOINT STOCK COMPANY)\n16 NAMETKINA STREET\nMOSCOW 117420");
        assertThat(doc.fields("72 sender to receiver account").getFirst().in(t))
                .isEqualTo("/BNF/SETTLEMENT FOR CONTRACT 88");
        assertThat(t).doesNotContain("FININST-REF", "1000000");
    }

    @Test
    void otherMessageTypesAreReadWithAWarning() throws ScanException {
        String mt = "{1:F01BANKBEBBAXXX0000000000}{2:I199BANKDEFFXXXXN}{4:\r\n:20:X\r\n:79:FREE\r\n:59:JOHN DOE\r\n-}";
        Document doc = reader.read("mt199", mt.getBytes(StandardCharsets.US_ASCII));
        assertThat(doc.warnings()).singleElement().asString().contains("MT199");
        assertThat(doc.fields("59 beneficiary").getFirst().in(doc.text())).isEqualTo("JOHN DOE");
    }

    @Test
    void mt103WithoutBeneficiaryWarns() throws ScanException {
        String mt = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:X\n:50K:JOHN DOE\n-}";
        Document doc = reader.read("mt", mt.getBytes(StandardCharsets.US_ASCII));
        assertThat(doc.warnings()).containsExactly("MT103 without field 59a (beneficiary)");
    }

    @Test
    void truncatedTextBlockNamesFileBlockAndExpectation() {
        String full = new String(resource("mt103.txt"), StandardCharsets.US_ASCII);
        byte[] cut = full.substring(0, full.indexOf(":70:")).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("cut.mt", cut))
                .isInstanceOf(ScanException.class)
                .hasMessage("cut.mt: block 4 (line 1): expected \"-}\" closing block 4");
    }

    @Test
    void unclosedHeaderBlockIsAnError() {
        byte[] bad = "{1:F01BANKBEBBAXXX0000000000{2:I103BANKDEFFXXXXN}".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("hdr.mt", bad))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("hdr.mt: block 1 (line 1): expected '}' closing block 1");
    }

    @Test
    void badTagLineNamesItsLine() {
        byte[] bad = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:X\r\n:5K:JOHN\r\n-}"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read("tag.mt", bad))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("tag.mt: block 4, line 3: expected a field tag");
    }

    @Test
    void missingTextBlockAndShortHeadersAreErrors() {
        assertThatThrownBy(() -> reader.read("a", "{1:F01BANKBEBBAXXX0000000000}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("a: message: expected a text block {4: ... -}");
        assertThatThrownBy(() -> reader.read("b", "{1:F01BANK}{4:\n:20:X\n-}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("b: block 1 (line 1): expected a basic header");
        assertThatThrownBy(() -> reader.read(
                        "c", "{1:F01BANKBEBBAXXX0000000000}{2:I10}{4:\n:20:X\n-}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("c: block 2 (line 1): expected an application header");
        assertThatThrownBy(() -> reader.read("d", "{4:\n:20:X\n-}{4:\n:20:Y\n-}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("one message per document");
    }
}
