package dev.embargo.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The UN's "previously listed as" note, written into name cells by DFAT (and once by the UN itself), read off
 * the name: the cells below are the forms the lists in ../shared write it in.
 */
class ListedAsNoteTest {
    @Test
    void theNoteIsReadOffTheNameWithTheOriginalScriptItGives() {
        assertThat(ListedAsNote.of("Nik Mohammad (previously listed as)"))
                .contains(new ListedAsNote("Nik Mohammad", null, "previously listed as"));
        assertThat(ListedAsNote.of("Yassin Sywal (formerly listed as)"))
                .contains(new ListedAsNote("Yassin Sywal", null, "formerly listed as"));
        assertThat(ListedAsNote.of("Merai Zoghbai (previously listed as, in Arabic: مرعي زغبي)"))
                .contains(new ListedAsNote("Merai Zoghbai", "مرعي زغبي", "previously listed as, in Arabic: مرعي زغبي"));
        assertThat(ListedAsNote.of("Abu Bakr al-Jaziri (Previously listed as. In Arabic: أبوبكر الجزائري )")
                        .map(ListedAsNote::originalScript))
                .contains("أبوبكر الجزائري");
    }

    @Test
    void otherBracketsAreNoNote() {
        for (String cell : List.of(
                "Encep Nurjaman (birth name)",
                "Rashid Al-Maghribi (The Moroccan)",
                "Korea Mining Development Trading Corporation (KOMID)",
                "Listed as (alias)",
                "Nik Mohammad")) {
            assertThat(ListedAsNote.of(cell)).as(cell).isEmpty();
        }
    }

    /**
     * No name of the real lists carries the note: each is filed as a former name (or the primary), with the
     * original-script name the note gives, and the note kept as a remark.
     */
    @Test
    void noListedNameCarriesTheNote() throws Exception {
        List<Entity> entities = ListLoader.loadDirectory(SharedData.lists()).entities();
        List<String> carrying = new ArrayList<>();
        int former = 0;
        for (Entity e : entities) {
            for (Name n : e.names()) {
                if (n.full().toLowerCase(Locale.ROOT).contains("listed as")) {
                    carrying.add(e.id() + " " + n.full());
                }
                if (n.type() == NameType.FORMER && (e.id().startsWith("au-dfat:") || e.id().startsWith("un:"))) {
                    former++;
                }
            }
        }
        assertThat(carrying).isEmpty();
        // 17 DFAT cells and one UN alias carry the note today.
        assertThat(former).isGreaterThanOrEqualTo(15);
        Entity dfat = entities.stream()
                .filter(e -> e.id().startsWith("au-dfat:")
                        && e.names().stream().anyMatch(n -> n.full().equals("Merai Zoghbai")))
                .findFirst()
                .orElseThrow();
        assertThat(dfat.names()).contains(Name.of("Merai Zoghbai", NameType.FORMER, NameQuality.STRONG));
        assertThat(dfat.names()).contains(Name.of("مرعي زغبي", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG));
        assertThat(dfat.remarks()).contains("Name Merai Zoghbai: previously listed as");
    }
}
