package dev.embargo.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real copy damaged in transit (not UTF-8 though it says so, forbidden control characters, Arabic and
 * Cyrillic names turned into ASCII garbage with bare '<' and '&'), and real files cut off.
 */
class UnXmlReaderDamagedFileTest {
    private static final String DAMAGED = "data/lists-damaged/un-2025-08-reencoded/consolidated.xml";

    @Test
    void theReencodedCopyLoadsAllButOneRecordAndSaysWhatWasRepairedAndDropped() throws ListFormatException {
        LoadedList list = UnXmlReaderRealFileTest.read(SharedData.require(DAMAGED));
        // 684 INDIVIDUAL and 195 ENTITY records are in the file; one INDIVIDUAL is beyond repair.
        assertThat(list.countByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 683, EntityKind.ORGANIZATION, 195));
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 8, 16));
        assertThat(list.entities().stream().filter(e -> e.programs().contains("DPRK")))
                .hasSize(155);

        List<String> messages =
                list.warnings().stream().map(LoadWarning::toString).toList();
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("lines 54, 205, 226, 230, 1392, …")
                        .contains("expected UTF-8 text as declared; 385 byte sequences are not"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("775 control characters that XML 1.0 forbids were dropped"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("lines 5199, ")
                        .contains("38 '<' or '&' characters that start no tag or reference were read as text"));
        // The one record whose garbage reads as a tag ("<CEB0@)") is named by its line and reference number.
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("line 27022, INDIVIDUAL QDi.398: not well-formed XML at line 27054, column 67")
                        .endsWith("record skipped"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).contains("1 of 879 records could not be read and were skipped"));
        assertThat(list.entities()).noneMatch(e -> e.id().equals("un:QDi.398"));
    }

    @Test
    void damagedTextStaysVisiblyDamagedInsteadOfBeingGuessed() throws ListFormatException {
        LoadedList list = UnXmlReaderRealFileTest.read(SharedData.require(DAMAGED));
        Entity kakwavu = list.entities().stream()
                .filter(e -> e.id().equals("un:CDi.005"))
                .findFirst()
                .orElseThrow();
        assertThat(kakwavu.primaryName().full()).contains("J\uFFFDR\uFFFDME");
        // The garbled Arabic with a bare '&' (line 5199) is kept as the text it now is: the record loads.
        Entity iraqi = list.entities().stream()
                .filter(e -> e.id().equals("un:IQi.027"))
                .findFirst()
                .orElseThrow();
        assertThat(iraqi.names())
                .filteredOn(n -> n.type() == NameType.ORIGINAL_SCRIPT)
                .extracting(Name::full)
                .containsExactly("3D7'F G'4E #-E/ 'D7'&J");
    }

    @Test
    void aFileCutMidRecordKeepsEveryCompleteRecordBeforeTheCut(@TempDir Path dir)
            throws IOException, ListFormatException {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        LoadedList whole = UnXmlReaderRealFileTest.read(real);
        byte[] bytes = Files.readAllBytes(real);
        Path cut = dir.resolve("consolidated.xml");
        Files.write(cut, ParserFuzzing.truncate(bytes, 0.5));

        LoadedList half = UnXmlReaderRealFileTest.read(cut);

        List<String> ids = UnXmlReaderRealFileTest.ids(half);
        assertThat(ids)
                .isNotEmpty()
                .isEqualTo(UnXmlReaderRealFileTest.ids(whole).subList(0, ids.size()));
        assertThat(ids.size()).isBetween(400, 600);
        List<String> messages =
                half.warnings().stream().map(LoadWarning::message).toList();
        assertThat(messages)
                .anySatisfy(m ->
                        assertThat(m).isEqualTo("the file ends inside this record (it is cut off); record dropped"));
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("expected </CONSOLIDATED_LIST> at the end: the file is cut off; the " + ids.size()
                                + " complete records before the cut were loaded"));
        assertThat(half.warnings())
                .anySatisfy(w -> assertThat(w.place()).startsWith("line ").endsWith(" (end of file)"));
    }

    @Test
    void aFileThatLostEveryIndividualEndTagStillGivesItsEntities(@TempDir Path dir)
            throws IOException, ListFormatException {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        Path damaged = dir.resolve("consolidated.xml");
        Files.writeString(damaged, Files.readString(real).replace("</INDIVIDUAL>", ""));

        LoadedList list = UnXmlReaderRealFileTest.read(damaged);

        assertThat(list.countByKind()).containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.ORGANIZATION, 273));
        assertThat(list.warnings())
                .filteredOn(w -> w.message().startsWith("no </INDIVIDUAL> before the next"))
                .hasSize(730);
        assertThat(list.warnings().getLast().message())
                .isEqualTo(
                        "730 of 1003 records could not be read and were skipped (see the warnings before); 273 loaded");
    }

    @Test
    void aFileCutBeforeItsFirstRecordIsRejectedWithFileAndPlace(@TempDir Path dir) throws IOException {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        byte[] bytes = Files.readAllBytes(real);
        Path cut = dir.resolve("consolidated.xml");
        Files.write(cut, java.util.Arrays.copyOf(bytes, 120));

        assertThatThrownBy(() -> UnXmlReaderRealFileTest.read(cut))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(cut.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("CONSOLIDATED_LIST");
    }
}
