package dev.embargo.lists.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileEndingTest {
    @TempDir
    Path dir;

    private String check(String content, ListFormat format) throws IOException {
        Path file = dir.resolve("list");
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        return FileEnding.cutOff(file, format);
    }

    @Test
    void xmlEndingWithItsRootEndTagIsWhole() throws IOException {
        assertThat(check(
                        "<?xml version=\"1.0\"?>\n<!-- list -->\n<CONSOLIDATED_LIST a=\"1\">\n<INDIVIDUALS/>\n"
                                + "</CONSOLIDATED_LIST>\n\n",
                        ListFormat.UN_XML))
                .isNull();
        assertThat(check("<ns2:export xmlns:ns2=\"x\"><ns2:sanctionEntity/></ns2:export >", ListFormat.EU_FSF_XML))
                .isNull();
        assertThat(check("<sdnList><sdnEntry/></sdnList>\n<!-- generated 2025-03-28 -->\n", ListFormat.OFAC_XML))
                .isNull();
    }

    @Test
    void xmlStoppingInsideTheDocumentIsCutOff() throws IOException {
        assertThat(check(
                        "<?xml version=\"1.0\"?>\n<data-set>\n<record><LastName>KIM</LastName></record>\n",
                        ListFormat.CANADA_SEMA_XML))
                .isEqualTo("it ends without the closing </data-set> (cut off)");
        assertThat(check("<CONSOLIDATED_LIST><INDIVIDUALS></INDIVIDUALS></CONSOLIDATED_LI", ListFormat.UN_XML))
                .contains("</CONSOLIDATED_LIST>");
        assertThat(check("<sdnList><sdnEntry/></sdnEntry>", ListFormat.OFAC_XML))
                .as("another element's end tag is not the root's")
                .contains("</sdnList>");
    }

    @Test
    void csvEndingWithALineBreakIsWholeWithOrWithoutOfacsEndOfFileByte() throws IOException {
        assertThat(check("36,\"AEROCARIBBEAN AIRLINES\",-0- \r\n", ListFormat.OFAC_CSV))
                .isNull();
        assertThat(check("36,\"AEROCARIBBEAN AIRLINES\",-0- \r\n\u001a", ListFormat.OFAC_CSV))
                .isNull();
        assertThat(check("36,1,\"aka\",\"AERO-CARIBBEAN\",-0- \n", ListFormat.OFAC_CSV_ALIASES))
                .isNull();
    }

    @Test
    void csvStoppingInsideALineIsCutOff() throws IOException {
        assertThat(check("36,\"AEROCARIBBEAN AIRLINES\",-0- \r\n306,\"BANCO NACIONAL", ListFormat.OFAC_CSV))
                .isEqualTo("its last line has no line break (cut off)");
        assertThat(check("Last Updated,10/04/2025\nName 6,Name 1", ListFormat.UK_CSV))
                .contains("cut off");
    }

    @Test
    void spreadsheetsAreLeftToTheirReaders() throws IOException {
        assertThat(check("PK\u0003\u0004 truncated", ListFormat.UK_XLSX)).isNull();
    }

    @Test
    void theRealListsEndWhole() throws IOException {
        Path lists = dev.embargo.lists.SharedData.lists();
        assertThat(FileEnding.cutOff(lists.resolve("un/consolidated.xml"), ListFormat.UN_XML))
                .isNull();
        assertThat(FileEnding.cutOff(lists.resolve("us-ofac-cons/consolidated.xml"), ListFormat.OFAC_XML))
                .isNull();
        assertThat(FileEnding.cutOff(lists.resolve("canada-sema/sema-lmes.xml"), ListFormat.CANADA_SEMA_XML))
                .isNull();
        assertThat(FileEnding.cutOff(lists.resolve("us-ofac-sdn/sdn.csv"), ListFormat.OFAC_CSV))
                .isNull();
    }
}
