package dev.embargo.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Diffs of real publications: the UN list 2024-11 → 2026-02 and the OFAC SDN CSV set 2021-07 → 2022-01. */
class RealListDiffTest {

    @Test
    void unListFrom2024To2026() throws Exception {
        LoadedList older = ListLoader.loadFile(SharedData.require("data/lists-history/un-2024-11/consolidated.xml"));
        LoadedList newer = ListLoader.loadFile(SharedData.require("data/lists/un/consolidated.xml"));

        ListDiff diff = ListDiff.between(older.entities(), newer.entities());

        assertThat(diff.oldCount()).isEqualTo(879);
        assertThat(diff.newCount()).isEqualTo(1003);
        assertThat(diff.added())
                .extracting(EntityRef::id)
                .hasSize(130)
                .containsExactlyInAnyOrderElementsOf(minus(ids(newer.entities()), ids(older.entities())));
        assertThat(diff.removed())
                .extracting(EntityRef::id)
                .hasSize(6)
                .containsExactlyInAnyOrderElementsOf(minus(ids(older.entities()), ids(newer.entities())));
        assertThat(diff.added()).contains(new EntityRef("un:HTe.001", "GRAN GRIF"));
        assertThat(diff.removed())
                .contains(
                        new EntityRef("un:QDi.317", "ABU MOHAMMED AL-JAWLANI"),
                        new EntityRef("un:IQi.074", "MUNIR AL QUBAYSI"));
        // CDi.003 gained a second place of birth (Ruhengeri); CDi.011 also had its two birth dates swapped,
        // which is no change; HTi.001's comments now end with the INTERPOL notice link.
        assertThat(diff.changed())
                .contains(
                        new EntityChange("un:CDi.003", "GASTON IYAMUREMYE", List.of(EntityField.BIRTH_PLACES)),
                        new EntityChange("un:CDi.011", "IRUTA DOUGLAS MPAMO", List.of(EntityField.BIRTH_PLACES)),
                        new EntityChange("un:HTi.001", "JIMMY CHERIZIER", List.of(EntityField.REMARKS)));
        assertThat(Stream.of(
                                diff.added().stream().map(EntityRef::id),
                                diff.removed().stream().map(EntityRef::id),
                                diff.changed().stream().map(EntityChange::id))
                        .flatMap(s -> s))
                .as("no DPRK listing changed between these versions")
                .noneMatch(id -> id.startsWith("un:KP"));
        assertThat(diff.added().size() + diff.changed().size() + diff.unchanged())
                .isEqualTo(1003);
        assertThat(diff.removed().size() + diff.changed().size() + diff.unchanged())
                .isEqualTo(879);
    }

    @Test
    void ofacSdnCsvSetFrom2021To2022() throws Exception {
        ListLoader.Report older =
                ListLoader.loadDirectory(SharedData.require("data/lists-history/us-ofac-sdn-2021-07"));
        ListLoader.Report newer =
                ListLoader.loadDirectory(SharedData.require("data/lists-history/us-ofac-sdn-2022-01"));
        assertThat(older.errors()).isEmpty();
        assertThat(newer.errors()).isEmpty();

        List<SourceDiff> diffs = SourceDiff.perSource(older.lists(), newer.lists());

        assertThat(diffs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(Source.US_OFAC_SDN);
            assertThat(d.presence()).isEqualTo(SourceDiff.Presence.BOTH);
            ListDiff e = d.entities();
            assertThat(e.oldCount()).isEqualTo(8976);
            assertThat(e.added())
                    .extracting(EntityRef::id)
                    .hasSize(457)
                    .containsExactlyInAnyOrderElementsOf(minus(ids(newer.entities()), ids(older.entities())));
            assertThat(e.removed())
                    .extracting(EntityRef::id)
                    .hasSize(390)
                    .containsExactlyInAnyOrderElementsOf(minus(ids(older.entities()), ids(newer.entities())));
            assertThat(e.added()).contains(new EntityRef("us-ofac-sdn:27207", "PYON, Kwang Chol"));
            assertThat(e.removed()).contains(new EntityRef("us-ofac-sdn:1572", "NORIEGA, Manuel Antonio"));
            assertThat(e.added())
                    .extracting(EntityRef::id)
                    .as("sorted by number")
                    .startsWith("us-ofac-sdn:27207", "us-ofac-sdn:27208", "us-ofac-sdn:27209");
            assertThat(e.changed())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
        });
    }

    private static Set<String> ids(List<Entity> entities) {
        return new HashSet<>(entities.stream().map(Entity::id).toList());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
