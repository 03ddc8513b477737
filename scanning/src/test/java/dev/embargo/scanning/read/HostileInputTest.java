package dev.embargo.scanning.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.embargo.scanning.ScanException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Hostile input of the other kinds, generated here: deeply nested HTML, SWIFT messages of tens of megabytes,
 * ISO 20022 nesting, and a stream that never ends. Each is read or refused promptly, never held in full.
 */
class HostileInputTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private final DocumentReader reader = new DocumentReader();

    @Test
    void htmlNestedAHundredThousandDeepIsReadPromptly() {
        String html = "<!doctype html><html><body>" + "<div><span>".repeat(100_000) + "Kim Jong Un"
                + "</span></div>".repeat(100_000) + "</body></html>";
        Document doc = assertTimeoutPreemptively(
                PROMPTLY, () -> reader.read("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.kind()).isEqualTo(DocumentKind.HTML);
        assertThat(doc.text()).contains("Kim Jong Un");
    }

    /** Forty megabytes of remittance lines in one field: read in time proportional to the size. */
    @Test
    void aHugeSwiftMessageIsReadPromptly() {
        StringBuilder mt = new StringBuilder("{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:REF\n"
                + ":50K:/12345\nOCEANIC STAR HOLDINGS\n:59:/999\nELENA IVANOVA\n:70:");
        String line = "INVOICE 4711 PAYMENT FOR GOODS AND SERVICES\n";
        while (mt.length() < 40_000_000) {
            mt.append(line);
        }
        mt.append("-}");
        byte[] bytes = mt.toString().getBytes(StandardCharsets.US_ASCII);
        Document doc = assertTimeoutPreemptively(PROMPTLY, () -> reader.read("huge.mt103", bytes));
        assertThat(doc.kind()).isEqualTo(DocumentKind.SWIFT_MT);
        assertThat(doc.fields("59 beneficiary"))
                .filteredOn(f -> f.role() == Field.Role.NAME)
                .singleElement()
                .satisfies(f -> assertThat(f.in(doc.text())).isEqualTo("ELENA IVANOVA"));
    }

    /**
     * A message of 400,000 small blocks and no text block: the reader counted lines from the start and searched
     * the blocks read so far for every block, quadratic in their number.
     */
    @Test
    void aSwiftMessageOfManySmallBlocksIsRefusedPromptly() {
        StringBuilder alphabet = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if (c != ':' && c != '{' && c != '}') {
                alphabet.append(c);
            }
        }
        int n = alphabet.length();
        StringBuilder mt = new StringBuilder("{1:F01BANKBEBBAXXX0000000000}\n");
        for (int i = 0; i < 400_000; i++) {
            mt.append('{')
                    .append(alphabet.charAt(i % n))
                    .append(alphabet.charAt(i / n % n))
                    .append(alphabet.charAt(i / n / n))
                    .append(":x}\n");
        }
        byte[] bytes = mt.toString().getBytes(StandardCharsets.US_ASCII);
        assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertThatThrownBy(() -> reader.read("blocks.mt103", bytes))
                        .isInstanceOf(ScanException.class)
                        .hasMessage("blocks.mt103: message: expected a text block {4: ... -}"));
    }

    @Test
    void isoMessageNestedDeepIsRefusedWithItsPlace() {
        String xml = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">"
                + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</Document>";
        assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertThatThrownBy(() -> reader.read("deep.xml", xml.getBytes(StandardCharsets.UTF_8)))
                        .isInstanceOf(ScanException.class)
                        .hasMessageStartingWith("deep.xml: line 1, column ")
                        .hasMessageContaining("expected elements nested at most 64 deep"));
    }

    /** Like /dev/zero: the stream is refused once it passes the size limit, not read to an end it lacks. */
    @Test
    void anEndlessStreamIsRefusedAtTheSizeLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertThatThrownBy(() -> reader.read("zero", endless))
                        .isInstanceOfSatisfying(
                                ScanException.class,
                                e -> assertThat(e.reason()).isEqualTo(ScanException.Reason.TOO_LARGE))
                        .hasMessage("zero: size: expected at most " + DocumentReader.MAX_BYTES + " bytes, got more"));
    }
}
