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
    void mt103GivesEachPartyLineWithWhatItHoldsPointingIntoTheText() throws ScanException {
        Document doc = reader.read("mt103.txt", resource("mt103.txt"));

        assertThat(doc.kind()).isEqualTo(DocumentKind.SWIFT_MT);
        assertThat(doc.source()).isEqualTo("mt103.txt");
        assertThat(doc.warnings()).isEmpty();
        String t = doc.text();
        assertThat(doc.fields())
                .extracting(f -> f.name() + " " + f.role() + " " + f.line() + ": " + f.in(t))
                .containsExactly(
                        "sender BIC BIC 1: BANKBEBBXXX",
                        "receiver BIC BIC 1: BANKDEFFXXX",
                        "50K ordering customer ACCOUNT 6: /BE71096123456769",
                        "50K ordering customer NAME 7: VOLKOV TRADING GMBH",
                        "50K ordering customer ADDRESS 8: HAUPTSTRASSE 12",
                        "50K ordering customer ADDRESS 9: 10115 BERLIN",
                        "52A ordering institution BIC 10: BANKBEBB",
                        "57A account with institution ACCOUNT 11: /DE89370400440532013000",
                        "57A account with institution BIC 12: COBADEFFXXX",
                        "59 beneficiary ACCOUNT 13: /GB29NWBK60161331926819",
                        "59 beneficiary NAME 14: IVAN PETROVICH SIDOROV",
                        "59 beneficiary ADDRESS 15: 14 HIGH STREET",
                        "59 beneficiary ADDRESS 16: LONDON EC1A 1BB",
                        "70 remittance FREE_TEXT 17: INVOICE 4711 MACHINE PARTS\nON BEHALF OF OLGA NIKOLAEVNA KRAVETS");
        assertThat(doc.fields()).allSatisfy(f -> assertThat(f.message()).isEqualTo("1"));
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
        assertThat(doc.fields("58D beneficiary institution"))
                .extracting(f -> f.role() + ": " + f.in(t))
                .containsExactly(
                        "NAME: GAZPROMBANK (JOINT STOCK COMPANY)",
                        "ADDRESS: 16 NAMETKINA STREET",
                        "ADDRESS: MOSCOW 117420");
        assertThat(doc.fields("72 sender to receiver"))
                .singleElement()
                .satisfies(f -> assertThat(f.role()).isEqualTo(Field.Role.FREE_TEXT))
                .satisfies(f -> assertThat(f.in(t)).isEqualTo("/BNF/SETTLEMENT FOR CONTRACT 88"));
        assertThat(t).doesNotContain("FININST-REF", "1000000");
    }

    @Test
    void option50fLinesAreReadByTheirNumbers() throws ScanException {
        String mt = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:X\n"
                + ":50F:CCPT/KP/PD1234567\n1/FIRST PART OF A LONG NAME WRAPPED\n1/OVER TWO LINES\n2/12 SOME STREET\n"
                + "3/KP/PYONGYANG\n4/19600101\n7/KP/998877\n:59F:/12345\n1/SOMEONE ELSE\n8/CONTINUED\n"
                + "3/DE/BERLIN\n-}";
        Document doc = reader.read("mt50f", mt.getBytes(StandardCharsets.US_ASCII));
        String t = doc.text();
        assertThat(doc.fields("50F ordering customer"))
                .extracting(f -> f.role() + " " + f.line() + ": " + f.in(t))
                .containsExactly(
                        "IDENTIFIER 3: CCPT/KP/PD1234567",
                        "NAME 4: FIRST PART OF A LONG NAME WRAPPED",
                        "NAME 5: OVER TWO LINES",
                        "ADDRESS 6: 12 SOME STREET",
                        "COUNTRY 7: KP/PYONGYANG",
                        "ADDRESS 8: 19600101",
                        "IDENTIFIER 9: KP/998877");
        assertThat(doc.fields("59F beneficiary"))
                .extracting(f -> f.role() + ": " + f.in(t))
                .containsExactly("ACCOUNT: /12345", "NAME: SOMEONE ELSE", "NAME: CONTINUED", "COUNTRY: DE/BERLIN");
    }

    @Test
    void aFileOfManyMessagesGivesEachItsOwnLabelAndLines() throws ScanException {
        String one = "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:X\n:50K:JOHN DOE\n:59:JANE ROE\n-}";
        String file = one + "\n" + one.replace("JANE ROE", "RICHARD ROE") + "\n$"
                + one.replace("JOHN DOE", "MAX MUSTER") + "\n{4:\n:20:Y\n:59:ERIKA MUSTER\n-}";
        Document doc = reader.read("many.fin", file.getBytes(StandardCharsets.US_ASCII));
        String t = doc.text();
        assertThat(doc.fields())
                .filteredOn(f -> f.role() == Field.Role.NAME)
                .extracting(f -> f.place() + ": " + f.in(t))
                .containsExactly(
                        "message 1, 50K ordering customer, line 3: JOHN DOE",
                        "message 1, 59 beneficiary, line 4: JANE ROE",
                        "message 2, 50K ordering customer, line 8: JOHN DOE",
                        "message 2, 59 beneficiary, line 9: RICHARD ROE",
                        "message 3, 50K ordering customer, line 13: MAX MUSTER",
                        "message 3, 59 beneficiary, line 14: JANE ROE",
                        "message 4, 59 beneficiary, line 18: ERIKA MUSTER");
        assertThat(doc.warnings())
                .containsExactly("message 4 (line 16): no application header {2:...}; the message type is unknown");
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
        assertThatThrownBy(() -> reader.read(
                        "d", "{4:\n:20:X\n-}{1:F01BANKBEBBAXXX0000000000}".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("d: message 2 (line 3), message: expected a text block {4: ... -}");
    }
}
