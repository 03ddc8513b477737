package dev.embargo.scanning.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.read.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payment messages built from the real lists, scanned as {@code embargo scan} does: wrapped names joined,
 * address lines never screened as names, several messages each reported with message, field and line.
 */
class PaymentScreeningTest {
    private static List<Entity> entities;
    private static Scanner scanner;
    private static final DocumentReader READER = new DocumentReader();
    private static final List<String> TOWNS = List.of("PYONGYANG", "TEHRAN", "MOSCOW", "DAMASCUS", "CARACAS", "MINSK");

    @BeforeAll
    static void load() throws Exception {
        entities = ListLoader.loadDirectory(SharedData.lists()).entities();
        scanner = new Scanner(Screener.of(entities));
    }

    /** Primary names of a kind, already in SWIFT's character set (upper-case Latin, digits, spaces), by length. */
    private static List<Entity> sample(EntityKind kind, int minLength, int maxLength, int count) {
        List<Entity> pool = new ArrayList<>();
        for (Entity e : entities) {
            String n = e.primaryName().full();
            if (e.kind() == kind && n.length() >= minLength && n.length() <= maxLength && n.matches("[A-Za-z0-9 ]+")) {
                pool.add(e);
            }
        }
        java.util.Collections.shuffle(pool, new Random(17));
        return pool.subList(0, Math.min(count, pool.size()));
    }

    private static String mt103(String field50, String field59) {
        return "{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:REF\r\n:23B:CRED\r\n"
                + ":32A:231018USD100,\r\n:50K:/DE89370400440532013000\r\n" + field50 + ":59:/123456\r\n" + field59
                + ":71A:SHA\r\n-}";
    }

    private static Scanner.Report scan(String message) throws Exception {
        Document doc = READER.read("generated.fin", message.getBytes(StandardCharsets.US_ASCII));
        return scanner.scan(doc, Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
    }

    private static boolean tiesAtTop(Scanner.MentionHit h, Entity planted) {
        for (Match m : h.matches()) {
            if (m.score() >= h.match().score() - 1e-9 && m.entity().id().equals(planted.id())) {
                return true;
            }
        }
        return false;
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    /** Words wrapped at 35: a line holds as many whole words as fit. */
    private static List<String> wrap35(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : name.split(" +")) {
            if (!line.isEmpty() && line.length() + 1 + w.length() > 35) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(w);
        }
        lines.add(line.toString());
        return lines;
    }

    @Test
    void aNameWrappedOverTwoLinesIsJoinedAndTheAddressUnderItIsNotScreenedAsAName() throws Exception {
        List<Entity> long_ = sample(EntityKind.ORGANIZATION, 40, 68, 150);
        assertThat(long_).hasSizeGreaterThan(100);
        int joined = 0;
        int twoLines = 0;
        for (int i = 0; i < long_.size(); i++) {
            Entity e = long_.get(i);
            List<String> lines = wrap35(upper(e.primaryName().full()));
            if (lines.size() != 2) {
                continue;
            }
            twoLines++;
            String town = TOWNS.get(i % TOWNS.size());
            Scanner.Report r = scan(mt103(
                    lines.get(0) + "\r\n" + lines.get(1) + "\r\n" + town + "\r\n", "JOHN SMITH\r\n1 MAIN STREET\r\n"));
            for (Scanner.MentionHit h : r.mentions()) {
                Field f = r.fieldAt(h.mention().start()).orElseThrow();
                // Nothing is ever screened from an address line.
                assertThat(f.role()).as(h.mention().written()).isIn(Field.Role.NAME, Field.Role.FREE_TEXT);
            }
            Optional<Scanner.MentionHit> hit = r.mentions().stream()
                    .filter(h ->
                            r.fieldAt(h.mention().start()).orElseThrow().name().startsWith("50K"))
                    .findFirst();
            if (hit.isPresent()
                    && hit.get().mention().written().equals(lines.get(0) + "\n" + lines.get(1))
                    && tiesAtTop(hit.get(), e)) {
                joined++;
            }
        }
        // The class: names over two lines found whole, as the entity planted, with the town left out. Counted of
        // the names that wrap into two lines (a name of 40-68 letters may take three), not of the whole sample.
        assertThat(twoLines).isGreaterThan(100);
        assertThat(joined).isGreaterThanOrEqualTo((int) (0.95 * twoLines));
    }

    @Test
    void aShortNameIsNotJoinedToTheTownUnderIt() throws Exception {
        List<Entity> people = sample(EntityKind.PERSON, 8, 24, 200);
        int found = 0;
        for (int i = 0; i < people.size(); i++) {
            Entity e = people.get(i);
            String name = upper(e.primaryName().full());
            String town = TOWNS.get(i % TOWNS.size());
            Scanner.Report r = scan(mt103("ACME TRADING LTD\r\n1 MAIN STREET\r\n", name + "\r\n" + town + "\r\n"));
            for (Scanner.MentionHit h : r.mentions()) {
                assertThat(h.mention().written())
                        .as("hit %s", h.mention().written())
                        .doesNotContain(town);
                if (h.mention().written().equals(name) && tiesAtTop(h, e)) {
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThanOrEqualTo((int) (0.95 * people.size()));
    }

    @Test
    void eachMessageOfAFileIsReportedWithItsMessageFieldAndLine() throws Exception {
        List<Entity> people = sample(EntityKind.PERSON, 10, 30, 3);
        StringBuilder file = new StringBuilder();
        for (Entity e : people) {
            file.append(mt103("ACME TRADING LTD\r\n", upper(e.primaryName().full()) + "\r\nBERLIN\r\n"))
                    .append("\r\n");
        }
        Scanner.Report r = scan(file.toString());
        assertThat(r.mentions())
                .extracting(h -> r.fieldAt(h.mention().start()).orElseThrow().place())
                .containsExactly(
                        "message 1, 59 beneficiary, line 8",
                        "message 2, 59 beneficiary, line 19",
                        "message 3, 59 beneficiary, line 30");
        for (int i = 0; i < people.size(); i++) {
            assertThat(tiesAtTop(r.mentions().get(i), people.get(i))).isTrue();
        }
    }

    @Test
    void aListedBankBicInAnAgentFieldIsLookedUpAsAnIdentifier() throws Exception {
        Entity bank = null;
        String bic = null;
        for (Entity e : entities) {
            for (Identifier id : e.identifiers()) {
                if (id.type() == IdentifierType.SWIFT_BIC && id.value().matches("[A-Z0-9]{8}|[A-Z0-9]{11}")) {
                    bank = e;
                    bic = id.value();
                    break;
                }
            }
            if (bank != null) {
                break;
            }
        }
        assertThat(bank).as("a listed party with a BIC").isNotNull();
        String message = mt103("ACME TRADING LTD\r\n", "JOHN SMITH\r\n").replace(":71A:", ":57A:" + bic + "\r\n:71A:");
        Scanner.Report r = scan(message);
        String id = bank.id();
        assertThat(r.identifiers())
                .anySatisfy(h ->
                        assertThat(h.matches()).anyMatch(m -> m.entity().id().equals(id)));
    }

    @Test
    void isoTransactionsAreReportedEachWithItsTransaction() throws Exception {
        List<Entity> orgs = sample(EntityKind.ORGANIZATION, 12, 60, 2);
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>"
                + "<GrpHdr><MsgId>1</MsgId></GrpHdr>"
                + tx("Erika Mustermann", orgs.get(0).primaryName().full()) + tx("Max Mustermann", "Jane Roe")
                + tx(orgs.get(1).primaryName().full(), "John Doe") + "</FIToFICstmrCdtTrf></Document>";
        Document doc = READER.read("p8.xml", xml.getBytes(StandardCharsets.UTF_8));
        Scanner.Report r = scanner.scan(doc, Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
        assertThat(r.mentions())
                .extracting(h -> r.fieldAt(h.mention().start()).orElseThrow())
                .extracting(f -> f.message() + " " + f.name())
                .containsExactly("CdtTrfTxInf 1 Cdtr/Nm", "CdtTrfTxInf 3 Dbtr/Nm");
        assertThat(tiesAtTop(r.mentions().get(0), orgs.get(0))).isTrue();
        assertThat(tiesAtTop(r.mentions().get(1), orgs.get(1))).isTrue();
        // The creditor's town is a sanctioned jurisdiction's capital; its country code is given too.
        assertThat(r.jurisdictions()).anyMatch(j -> j.iso().equals("KP"));
    }

    private static String tx(String debtor, String creditor) {
        return "<CdtTrfTxInf><Dbtr><Nm>" + debtor + "</Nm></Dbtr><Cdtr><Nm>" + creditor
                + "</Nm><PstlAdr><TwnNm>Pyongyang</TwnNm><Ctry>KP</Ctry></PstlAdr></Cdtr></CdtTrfTxInf>";
    }

    @Test
    void theBizTalkSampleNamesNoListedPartyAndReadsItsFields() throws Exception {
        byte[] sample = dev.embargo.scanning.read.ReadFixturesAccess.resource("mt103-biztalk-sample.txt");
        Document doc = READER.read("mt103-biztalk-sample.txt", sample);
        String t = doc.text();
        assertThat(doc.fields())
                .filteredOn(f -> f.role() == Field.Role.NAME)
                .extracting(f -> f.in(t))
                .containsExactly("MASTERS IMPORT", "TOTAL IMPORT");
        assertThat(doc.fields())
                .filteredOn(f -> f.role() == Field.Role.BIC)
                .extracting(f -> f.in(t))
                .contains("BNPAFRPPCAM", "POCIITMM680", "BCITITMM680");
        Scanner.Report r = scanner.scan(doc, Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
        assertThat(r.mentions()).isEmpty();
    }
}
