package dev.embargo.server.lists;

import dev.embargo.lists.ListCopy;
import dev.embargo.lists.ListIntake;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.parties.Party;
import dev.embargo.parties.PartyIdHistory;
import dev.embargo.parties.PartyIndex;
import dev.embargo.scanning.Scanner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded generation of the lists with everything built from it: the listings grouped into parties, the
 * screening index (one hit per party), the scanner and the index's entities by id. Immutable; a reload builds
 * a new one beside it and swaps it in whole, keeping the party ids of the generation before.
 *
 * @param folder   the folder the files were read from (a snapshot of the store, or a plain folder)
 * @param report   the lists served, and the files that failed when this generation was built
 * @param screener the screening index with each listing a party of its own (one match per listing), sharing
 *                 the index of {@code parties}: for callers that filter listings themselves (yente's and the
 *                 reconciliation service's dataset scopes) until they answer per party
 * @param parties  the listings grouped into parties ({@link PartyIndex#grouping()}: parties with their
 *                 evidence, each listing's party) and the screening index over them
 * @param loadedAt when this generation started serving
 * @param buildTime how long reading and indexing took
 * @param indexTime how long the indexing (grouping, the screening index and the scanner) took of it
 * @param copies   the lists served with what they were read from, which the next reload checks new files
 *                 against (a list that failed keeps its earlier copy here)
 */
public record ServedLists(
        Path folder,
        ListLoader.Report report,
        Screener screener,
        PartyIndex parties,
        Scanner scanner,
        Instant loadedAt,
        Duration buildTime,
        Duration indexTime,
        List<ListCopy> copies) {

    public ServedLists {
        copies = List.copyOf(copies);
    }

    /**
     * Indexes the lists read into {@code report}, which began at {@code started}; files that failed are in the
     * report. The next reload compares with these lists but cannot tell whether their files changed.
     */
    public static ServedLists build(Path folder, ListLoader.Report report, Instant started) {
        List<ListCopy> copies = report.lists().stream()
                .map(l -> new ListCopy(keyOf(folder, l), l, Map.of(), started))
                .toList();
        return build(folder, report, copies, started, PartyIdHistory.NONE);
    }

    /** Indexes the lists a checked read of {@code folder} gave. */
    public static ServedLists build(Path folder, ListIntake.Result result, Instant started) {
        return build(folder, result.report(), result.copies(), started, PartyIdHistory.NONE);
    }

    /**
     * Indexes the lists a checked read of {@code folder} gave, the next generation after {@code previous}: a
     * party keeps its id while any of its listings stays.
     */
    public static ServedLists build(Path folder, ListIntake.Result result, Instant started, ServedLists previous) {
        return build(
                folder,
                result.report(),
                result.copies(),
                started,
                previous.parties().grouping().history());
    }

    private static ServedLists build(
            Path folder,
            ListLoader.Report report,
            List<ListCopy> copies,
            Instant started,
            PartyIdHistory previousParties) {
        Instant indexing = Instant.now();
        PartyIndex parties = PartyIndex.build(report.entities(), previousParties);
        Scanner scanner = new Scanner(parties.screener());
        Instant now = Instant.now();
        return new ServedLists(
                folder,
                report,
                parties.screener().byListing(),
                parties,
                scanner,
                now,
                Duration.between(started, now),
                Duration.between(indexing, now),
                copies);
    }

    /** The party with this id (a FollowTheMoney id, kept from one generation to the next). */
    public Optional<Party> party(String partyId) {
        return parties.party(partyId);
    }

    /** The party the listing {@code source:id} belongs to. */
    public Optional<Party> partyOf(String listingId) {
        return parties.partyOfListing(listingId);
    }

    public Optional<Entity> entity(String id) {
        return screener.entity(id);
    }

    /** Distinct entity ids in service. */
    public int entityCount() {
        return screener.entityCount();
    }

    private static String keyOf(Path folder, LoadedList l) {
        Path file = Path.of(l.file());
        return file.startsWith(folder) ? folder.relativize(file).toString().replace('\\', '/') : l.file();
    }
}
