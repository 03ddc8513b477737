package dev.embargo.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ListDiffPropertyTest {

    @Provide
    Arbitrary<List<Entity>> lists() {
        Arbitrary<Entity> entity = Arbitraries.integers()
                .between(1, 40)
                .flatMap(id -> Arbitraries.of("A", "B", "C")
                        .map(name -> Entity.builder(Source.US_OFAC_SDN, Integer.toString(id))
                                .kind(EntityKind.PERSON)
                                .name(Name.primary(name))
                                .build()));
        return entity.list().ofMaxSize(30).uniqueElements(Entity::id);
    }

    @Property(tries = 40)
    void everyIdOfBothVersionsIsAccountedForOnce(
            @ForAll("lists") List<Entity> older, @ForAll("lists") List<Entity> newer) {
        ListDiff diff = ListDiff.between(older, newer);

        Set<String> oldIds = new HashSet<>(older.stream().map(Entity::id).toList());
        Set<String> newIds = new HashSet<>(newer.stream().map(Entity::id).toList());
        Set<String> onlyNew = new HashSet<>(newIds);
        onlyNew.removeAll(oldIds);
        Set<String> onlyOld = new HashSet<>(oldIds);
        onlyOld.removeAll(newIds);
        assertThat(diff.added()).extracting(EntityRef::id).containsExactlyInAnyOrderElementsOf(onlyNew);
        assertThat(diff.removed()).extracting(EntityRef::id).containsExactlyInAnyOrderElementsOf(onlyOld);
        assertThat(diff.changed().size() + diff.unchanged()).isEqualTo(newIds.size() - onlyNew.size());
    }

    @Property(tries = 20)
    void aListComparedWithItselfHasNoChanges(@ForAll("lists") List<Entity> list) {
        ListDiff diff = ListDiff.between(list, List.copyOf(list).reversed());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.unchanged()).isEqualTo(list.size());
    }
}
