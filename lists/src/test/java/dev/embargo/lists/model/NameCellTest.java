package dev.embargo.lists.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Brackets in name cells read apart from the name. The cells are written as the lists in ../shared write them
 * (list and id beside each); the last tests read the real lists.
 */
class NameCellTest {
    private static List<String> read(String cell, NameType type, EntityKind kind) {
        return NameCell.read(Name.of(cell, type, NameQuality.STRONG), kind)
                .map(r -> r.names().stream().map(n -> n.type() + " " + n.full()).toList())
                .orElse(List.of());
    }

    @Test
    void anotherNameInTheCellIsAnAliasOfItsOwn() {
        // Canada SEMA russia/1-part-2/604 and /504.
        assertThat(read("Baltex Ltd. (also known as Baltech LLC)", NameType.PRIMARY, EntityKind.ORGANIZATION))
                .containsExactly("PRIMARY Baltex Ltd.", "ALIAS Baltech LLC");
        assertThat(read("Dux JSC (also known as Duks)", NameType.PRIMARY, EntityKind.ORGANIZATION))
                .containsExactly("PRIMARY Dux JSC", "ALIAS Duks");
        assertThat(read("Acme Trading (a.k.a. Acme Trade; Akme Trading)", NameType.PRIMARY, EntityKind.ORGANIZATION))
                .containsExactly("PRIMARY Acme Trading", "ALIAS Acme Trade", "ALIAS Akme Trading");
        assertThat(read("Acme Trading (formerly known as Acme Shipping)", NameType.ALIAS, EntityKind.ORGANIZATION))
                .containsExactly("ALIAS Acme Trading", "FORMER Acme Shipping");
    }

    @Test
    void theNameInAnotherScriptIsFiledAsSuch() {
        // UN KPi.035, QDi.398, QDi.306, TAi.034.
        assertThat(read("Jin Tiesan (金铁三)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Jin Tiesan", "ORIGINAL_SCRIPT 金铁三");
        assertThat(read("Abu Muhammad (original script: Абу Мухаммад)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Abu Muhammad", "ORIGINAL_SCRIPT Абу Мухаммад");
        assertThat(read("حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS حسن غول", "ALIAS Hassan Ghul", "ALIAS Hassan Gul", "ALIAS Hasan Gul");
        assertThat(read(
                        "Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),",
                        NameType.ALIAS,
                        EntityKind.PERSON))
                .containsExactly("ALIAS Akhter Mohmad son of Noor Mohmad", "ORIGINAL_SCRIPT اختر محمد ولد نور محمد");
        // An organisation's acronym or legal form as its country writes it is a name word, not a name.
        assertThat(read("Acme Trading LLC (ООО)", NameType.PRIMARY, EntityKind.ORGANIZATION))
                .isEmpty();
    }

    @Test
    void aOneWordBracketInAPersonsNameIsAnotherSpellingOfTheWordBeforeIt() {
        // UN QDi.290, Canada SEMA belarus/1-part-1/77, OFAC SDN 10929, 4277.
        assertThat(read("Lom-ali Butayev (Butaev)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Lom-ali Butayev", "ALIAS Lom-ali Butaev");
        assertThat(read("Dzmitry (Zmitser) Karsiuk", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Dzmitry Karsiuk", "ALIAS Zmitser Karsiuk");
        assertThat(read("SANTOS, Ahmad (Ahmed)", NameType.PRIMARY, EntityKind.PERSON))
                .containsExactly("PRIMARY SANTOS, Ahmad", "ALIAS SANTOS, Ahmed");
        assertThat(read("ANGULO OROBIO (SEGUNDO), Jose Francisco", NameType.PRIMARY, EntityKind.PERSON))
                .containsExactly("PRIMARY ANGULO OROBIO, Jose Francisco", "ALIAS ANGULO SEGUNDO, Jose Francisco");
    }

    @Test
    void aNoteOnAPersonsNameIsReadOffIt() {
        // UN QDi.087, QDi.152, SDi.002; DFAT 647, 3580, 199; UK 10664; OFAC SDN 7934 (2021).
        assertThat(read("Encep Nurjaman (birth name)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Encep Nurjaman");
        assertThat(read("EL PARA (COMBAT NAME)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS EL PARA");
        assertThat(read("Tango Romeo (Call sign)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Tango Romeo");
        assertThat(read("ኤርሚኣስ ግርማይ (Tigrinya)", NameType.ORIGINAL_SCRIPT, EntityKind.PERSON))
                .containsExactly("ORIGINAL_SCRIPT ኤርሚኣስ ግርማይ");
        assertThat(read("Rashid Al-Maghribi (The Moroccan)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Rashid Al-Maghribi");
        assertThat(read("Hilarion SANTOS III (THIRD)", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Hilarion SANTOS III");
        assertThat(read("KASMURI, Lt. Col. (Rtd). Abd Manaf", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS KASMURI, Lt. Col. Abd Manaf");
        assertThat(read("(Sheikh) Musa Hilal", NameType.ALIAS, EntityKind.PERSON))
                .containsExactly("ALIAS Sheikh Musa Hilal");
    }

    @Test
    void anOrganisationsBracketIsPartOfItsName() {
        for (String cell : List.of(
                "Korea Mining Development Trading Corporation (KOMID)",
                "HANIFA MONEY EXCHANGE OFFICE (BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC)",
                "NEW EAST INTERNATIONAL (HONG KONG) LIMITED",
                "Training Center (Branch) of the Siberian Institute of Law")) {
            assertThat(read(cell, NameType.PRIMARY, EntityKind.ORGANIZATION))
                    .as(cell)
                    .isEmpty();
        }
    }

    /**
     * On the real lists: no person's name keeps a bracket its cell held alone, no name says "also known as", and
     * each cell read is kept in the remarks as written.
     */
    @Test
    void theRealListsNamesHoldNoBracketThatSaysSomethingOfTheName() throws Exception {
        List<Entity> entities = ListLoader.loadDirectory(SharedData.lists()).entities();
        List<String> carrying = new ArrayList<>();
        int cells = 0;
        int alsoKnownAs = 0;
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String full = n.full();
                boolean oneBracket = full.indexOf('(') >= 0 && full.indexOf('(') == full.lastIndexOf('(');
                if ((e.kind() == EntityKind.PERSON && oneBracket) || full.contains("also known as")) {
                    carrying.add(e.id() + " " + full);
                }
            }
            String remarks = Optional.ofNullable(e.remarks()).orElse("");
            for (int i = remarks.indexOf("Name as listed: "); i >= 0; i = remarks.indexOf("Name as listed: ", i + 1)) {
                cells++;
            }
            if (remarks.contains("(also known as") && e.id().startsWith("ca-sema:")) {
                alsoKnownAs++;
            }
        }
        assertThat(carrying).isEmpty();
        // 67 Canadian organisations' names carry another name; 113 cells in all, measured 2026-12-08.
        assertThat(alsoKnownAs).isEqualTo(67);
        assertThat(cells).isGreaterThanOrEqualTo(100);
    }

    @Property(tries = 2_000)
    void anyCellReadsToNamesThatAreNotBlank(@ForAll @StringLength(max = 60) String cell) {
        if (cell.isBlank()) {
            return;
        }
        for (EntityKind kind : EntityKind.values()) {
            NameCell.read(Name.of(cell.strip(), NameType.PRIMARY, NameQuality.STRONG), kind)
                    .ifPresent(r -> {
                        assertThat(r.names()).isNotEmpty();
                        assertThat(r.names())
                                .allSatisfy(n -> assertThat(n.full()).isNotBlank());
                        assertThat(r.remark()).contains(cell.strip());
                    });
        }
    }
}
