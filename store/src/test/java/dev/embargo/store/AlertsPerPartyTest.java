package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One alert per record and party: people the UN and the UK both list under the same name, grouped into one
 * party each (as the server's grouping does), raise one alert a record, naming both listings; when the best
 * listing of the party moves from one list to the other, the alert stays and nothing is raised.
 */
class AlertsPerPartyTest {
    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** The name's words, folded and sorted: "KIM, Jong Un" and "Jong Un KIM" are one key. */
    private static String key(String name) {
        String[] w = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        Arrays.sort(w);
        return String.join(" ", w);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPartyOnTwoListsIsOneAlertThatStaysWhenItsBestListingMoves(String kind) throws Exception {
        ListsSnapshot un = ListsSnapshot.load(SharedData.require("data/lists/un"));
        ListsSnapshot uk = ListsSnapshot.load(SharedData.require("data/lists/uk-ofsi"));
        Map<String, Entity> ukByName = new HashMap<>();
        for (Entity e : uk.entities()) {
            if (e.kind() == EntityKind.PERSON) {
                ukByName.putIfAbsent(key(e.primaryName().full()), e);
            }
        }
        // Pairs of a UN and a UK listing of one person: the same name, and an agreeing date of birth.
        Map<String, String> partyOf = new HashMap<>();
        List<Entity[]> pairs = new ArrayList<>();
        for (Entity e : un.entities()) {
            Entity other = e.kind() == EntityKind.PERSON
                    ? ukByName.get(key(e.primaryName().full()))
                    : null;
            if (other != null && !e.birthDates().isEmpty() && e.birthDates().equals(other.birthDates())) {
                String party = "party-" + pairs.size();
                partyOf.put(e.id(), party);
                partyOf.put(other.id(), party);
                pairs.add(new Entity[] {e, other});
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(5);
        List<Entity> all = new ArrayList<>(un.entities());
        all.addAll(uk.entities());
        List<dev.embargo.lists.LoadedList> lists = new ArrayList<>(un.lists());
        lists.addAll(uk.lists());
        ListsSnapshot grouped =
                new ListsSnapshot(lists, List.of(), Screener.of(all, e -> partyOf.get(e.id())), "grouped", Map.of());
        StringBuilder csv = new StringBuilder().append("id,name,kind").append(System.lineSeparator());
        for (int i = 0; i < pairs.size(); i++) {
            csv.append("R")
                    .append(i)
                    .append(",\"")
                    .append(pairs.get(i)[0].primaryName().full().replace("\"", ""))
                    .append("\",person\n");
        }
        Path file = dir.resolve("pairs.csv");
        Files.writeString(file, csv);
        RecordScreening screening = new RecordScreening(grouped, Screener.DEFAULT_THRESHOLD);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            new Portfolio(store).importFile(file, false, screening, "alice", x -> {});
            Review review = new Review(store, Review.Policy.defaults());
            int moved = 0;
            for (int i = 0; i < pairs.size(); i++) {
                Entity unListing = pairs.get(i)[0];
                Entity ukListing = pairs.get(i)[1];
                List<Alert> alerts = review.alerts(null, "R" + i, 50, 0).stream()
                        .filter(a -> a.partyId().equals(partyOf.get(unListing.id())))
                        .toList();
                // One alert for the party, naming both its listings.
                assertThat(alerts).hasSize(1);
                Alert a = alerts.getFirst();
                assertThat(a.listings()).containsExactlyInAnyOrder(unListing.id(), ukListing.id());
                assertThat(Set.of(unListing.id(), ukListing.id())).contains(a.entityId());
                // The party's best listing moves to its other listing: the alert stays, nothing is raised.
                String other = a.entityId().equals(unListing.id()) ? ukListing.id() : unListing.id();
                try (Connection c = store.dataSource().getConnection()) {
                    c.setAutoCommit(false);
                    PortfolioRecord record =
                            new PortfolioRecord("R" + i, "x", EntityKind.PERSON, List.of(), List.of(), List.of(), "");
                    AlertBook.Current current = AlertBook.current(c, Set.of("R" + i)).get("R" + i).stream()
                            .filter(x -> x.id() == a.id())
                            .findFirst()
                            .orElseThrow();
                    Hit movedHit = new Hit(
                            other,
                            a.matchedName(),
                            a.score(),
                            a.explanation(),
                            current.fingerprint(),
                            a.partyId(),
                            a.listings());
                    List<AuditTrail.Draft> audit = new ArrayList<>();
                    AlertBook.Counts n = AlertBook.apply(
                            c,
                            1,
                            store.now(),
                            List.of(new ScreenedRecord(record, List.of(movedHit))),
                            Map.of("R" + i, List.of(current)),
                            audit);
                    c.commit();
                    assertThat(n).isEqualTo(AlertBook.Counts.NONE);
                    assertThat(audit).isEmpty();
                    moved++;
                }
                assertThat(review.alert(a.id()).orElseThrow().current()).isTrue();
            }
            assertThat(moved).isEqualTo(pairs.size());
        }
    }
}
