package dev.embargo.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No real EU file is available here, so this builds one of a realistic size from copies of the sample's
 * entries (the published list holds about 6,000 entries in 25 MB; 120 copies give 960 entries, 3 MB)
 * and checks that reading stays linear and cheap.
 */
class EuFsfXmlReaderScaleTest {
    private static final int COPIES = 120;
    private static final Pattern ENTRY_ID = Pattern.compile("(<sanctionEntity [^>]*logicalId=\")(\\d+)\"");

    @Test
    void thousandsOfEntriesReadCompletelyWithinABoundedCpuTime(@TempDir Path dir)
            throws IOException, ListFormatException {
        String sample = Files.readString(EuFsfXmlReaderTest.fixture("eu-fsf-sample.xml"), StandardCharsets.UTF_8);
        int first = sample.indexOf("<sanctionEntity");
        int end = sample.lastIndexOf("</export>");
        StringBuilder xml = new StringBuilder(sample.substring(0, first));
        String entries = sample.substring(first, end);
        for (int copy = 0; copy < COPIES; copy++) {
            Matcher m = ENTRY_ID.matcher(entries);
            xml.append(m.replaceAll("$1$2-" + copy + "\""));
        }
        xml.append("</export>\n");
        Path file = dir.resolve("eu-fsf-large.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        LoadedList list = new EuFsfXmlReader().read(ListFiles.single(ListFormat.EU_FSF_XML, file));
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;

        assertThat(list.entities()).hasSize(8 * COPIES);
        assertThat(list.entities().stream().map(Entity::id).distinct()).hasSize(8 * COPIES);
        assertThat(list.nameCount()).isEqualTo(22 * COPIES);
        assertThat(list.warnings()).isEmpty();
        assertThat(list.entities().get(8 * COPIES - 1).id()).isEqualTo("eu-fsf:190001-" + (COPIES - 1));
        // CPU time of this thread, not wall time: the build machine is shared. Warm, this takes ~0.1 s;
        // the bound only catches work that grows faster than the file.
        assertThat(cpuMillis).as("CPU ms reading %d entries", 8 * COPIES).isLessThan(3_000);
    }
}
