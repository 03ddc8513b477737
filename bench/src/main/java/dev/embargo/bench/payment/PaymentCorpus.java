package dev.embargo.bench.payment;

import com.ibm.icu.text.Transliterator;
import dev.embargo.bench.quality.StableDraw;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Payment messages made from the lists and from people on no list, as banks write them: SWIFT MT103 and
 * MT202 COV (free-format 50K/59 and numbered 50F/59F, names in SWIFT's upper-case X character set wrapped at
 * 35 characters, mostly between words and sometimes in the middle of one, address lines under the name) and
 * ISO 20022 pacs.008 and pain.001, one message or transaction per file or several. Every customer party is
 * either a listed entity (any kind, its primary name or an alias) or a person of the negatives file; each is
 * recorded with the message and field it was put in, so a scan's hits can be checked against what was planted.
 * The same seed and inputs give the same files, and a change to the lists changes only the files that hold a party
 * it changes ({@link StableDraw}): each file is written with a random of its own, and each listed party's slot takes
 * the entity next along a ring of hashes of the entities of its kind, with a random of its own for its name.
 */
public final class PaymentCorpus {
    /** The message types generated, in turn. */
    public static final List<String> TYPES = List.of("MT103", "MT202COV", "pacs.008", "pain.001");

    /**
     * A party put in a message: where (message label and the start of the field's name as the readers name it,
     * e.g. "50K " or "Dbtr/"), the name as written, and the listed entity (null for a person on no list).
     */
    public record Planted(String message, String field, String written, Entity entity) {}

    /** One generated file: its message type, content, parties, and how many messages or transactions. */
    public record Sample(String type, String name, byte[] content, List<Planted> parties, int messages) {}

    /** SWIFT's X character set, upper case: letters, digits, space and / - ? : ( ) . , ' +. */
    private static final String X_PUNCTUATION = "/-?:().,'+ ";

    private static final List<String[]> TOWNS = List.of(
            new String[] {"PYONGYANG", "KP"},
            new String[] {"TEHRAN", "IR"},
            new String[] {"MOSCOW", "RU"},
            new String[] {"DAMASCUS", "SY"},
            new String[] {"CARACAS", "VE"},
            new String[] {"MINSK", "BY"},
            new String[] {"BERLIN", "DE"},
            new String[] {"LONDON", "GB"},
            new String[] {"DUBAI", "AE"},
            new String[] {"HONG KONG", "HK"},
            new String[] {"SINGAPORE", "SG"},
            new String[] {"ISTANBUL", "TR"},
            new String[] {"NEW YORK", "US"},
            new String[] {"LAGOS", "NG"});
    private static final List<String> STREETS = List.of(
            "MAIN STREET", "HARBOUR ROAD", "CENTRAL AVENUE", "STATION STREET", "RIVERSIDE DRIVE", "TRADE CENTRE");
    private static final List<String> BICS =
            List.of("DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CHASUS33", "CITIUS33XXX", "HSBCHKHH", "BARCGB22");
    private static final List<String> REMITTANCE = List.of(
            "INVOICE 4711 MACHINE PARTS", "PAYMENT FOR SERVICES", "CONTRACT 88 SETTLEMENT", "/INV/2023-118 FREIGHT");

    /** The listed entities by kind, each on a ring of their ids' hashes; the kinds in turn. */
    private final List<StableDraw.Ring> kinds = new ArrayList<>();

    private final Map<String, Entity> byId = new java.util.HashMap<>();
    private final List<String> unlisted;
    private final String seed;
    /** The random of the file being written: each file has its own, so that one file's parties move no other's. */
    private Random random;

    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /**
     * @param entities the loaded lists: parties are drawn from every kind in turn, so vessels and aircraft
     *                 are as well represented as people and companies
     * @param unlisted full names of people on no list
     */
    public PaymentCorpus(List<Entity> entities, List<String> unlisted, long seed) {
        this.seed = Long.toString(seed);
        Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
        for (Entity e : entities) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e.id());
            byId.putIfAbsent(e.id(), e);
        }
        // Round robin over kinds, each kind's entities on a ring of their own.
        byKind.forEach((kind, ids) -> kinds.add(new StableDraw.Ring(ids, this.seed + " payment " + kind)));
        this.unlisted = List.copyOf(unlisted);
    }

    /** {@code files} files, the types in turn; one in {@code multiEvery} holds five messages, the rest one. */
    public List<Sample> generate(int files, int multiEvery) {
        List<Sample> out = new ArrayList<>();
        int nextListed = 0;
        for (int i = 0; i < files; i++) {
            random = StableDraw.random(seed, "payment file", Integer.toString(i));
            String type = TYPES.get(i % TYPES.size());
            int messages = multiEvery > 0 && i % multiEvery == multiEvery - 1 ? 5 : 1;
            List<Party[]> pairs = new ArrayList<>();
            for (int m = 0; m < messages; m++) {
                Party[] pair = new Party[2];
                for (int p = 0; p < 2; p++) {
                    // Half the parties listed, half on no list.
                    if (random.nextBoolean()) {
                        // The slot's kind in turn, its entity the next along that kind's ring from the slot, or
                        // the one after where a name cannot be written.
                        int slot = nextListed++;
                        Party party = null;
                        for (int step = 0; party == null; step++) {
                            // A kind of which a hundred names in turn cannot be written gives way to the next.
                            StableDraw.Ring ring = kinds.get((slot + step / 100) % kinds.size());
                            party = listedParty(byId.get(ring.next("slot " + slot, step % 100)), slot);
                        }
                        pair[p] = party;
                    } else {
                        pair[p] = unlistedParty();
                    }
                }
                pairs.add(pair);
            }
            String name = "generated-" + i + "-" + type;
            out.add(
                    switch (type) {
                        case "MT103", "MT202COV" -> mtFile(type, name, pairs);
                        case "pacs.008" -> pacs008(name, pairs);
                        default -> pain001(name, pairs);
                    });
        }
        return out;
    }

    private record Party(String name, String street, String town, String country, Entity entity) {}

    private Party listedParty(Entity e, int slot) {
        Random random = StableDraw.random(seed, "payment party", e.id(), Integer.toString(slot));
        List<Name> names = e.names();
        Name n = names.size() > 1 && random.nextInt(10) < 4
                ? names.get(1 + random.nextInt(names.size() - 1))
                : names.getFirst();
        String written = swiftX(n.full());
        if (written.length() < 3 || written.length() > 105) {
            return null;
        }
        String[] town = TOWNS.get(random.nextInt(TOWNS.size()));
        String townName = town[0];
        String country = town[1];
        for (Address a : e.addresses()) {
            if (a.city() != null
                    && !swiftX(a.city()).isEmpty()
                    && a.country() != null
                    && a.country().length() == 2) {
                townName = swiftX(a.city());
                country = a.country().toUpperCase(Locale.ROOT);
                break;
            }
        }
        return new Party(
                written,
                (1 + random.nextInt(200)) + " " + STREETS.get(random.nextInt(STREETS.size())),
                townName,
                country,
                e);
    }

    private Party unlistedParty() {
        String written = "";
        while (written.length() < 3) {
            written = swiftX(unlisted.get(random.nextInt(unlisted.size())));
        }
        String[] town = TOWNS.get(random.nextInt(TOWNS.size()));
        return new Party(written, street(), town[0], town[1], null);
    }

    private String street() {
        return (1 + random.nextInt(200)) + " " + STREETS.get(random.nextInt(STREETS.size()));
    }

    /** A name in SWIFT's X set: Latin letters without marks, upper case, other characters as spaces. */
    String swiftX(String s) {
        String latin = toLatin.transliterate(s).toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || X_PUNCTUATION.indexOf(c) >= 0;
            b.append(ok ? c : ' ');
        }
        return b.toString().trim().replaceAll("\\s+", " ");
    }

    /** Lines of at most {@code width}: between words, or (one time in five) cut at the width. */
    List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            for (int i = 0; i < s.length(); i += width) {
                lines.add(s.substring(i, Math.min(s.length(), i + width)).strip());
            }
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private Sample mtFile(String type, String name, List<Party[]> pairs) {
        StringBuilder b = new StringBuilder();
        List<Planted> planted = new ArrayList<>();
        for (int m = 0; m < pairs.size(); m++) {
            String label = Integer.toString(m + 1);
            Party ordering = pairs.get(m)[0];
            Party beneficiary = pairs.get(m)[1];
            String mt = type.equals("MT103") ? "103" : "202";
            if (m > 0 && random.nextBoolean()) {
                b.append("$");
            }
            b.append("{1:F01")
                    .append(bic12())
                    .append("0000000000}{2:I")
                    .append(mt)
                    .append(bic12())
                    .append("N}");
            b.append(type.equals("MT202COV") ? "{3:{119:COV}}" : "{3:{108:REF" + m + "}}");
            b.append("{4:\r\n:20:REF").append(random.nextInt(1_000_000)).append("\r\n");
            if (type.equals("MT103")) {
                b.append(":23B:CRED\r\n:32A:231018USD")
                        .append(1 + random.nextInt(99999))
                        .append(",00\r\n");
            } else {
                b.append(":21:REL")
                        .append(random.nextInt(1000))
                        .append("\r\n:32A:231018USD")
                        .append(1 + random.nextInt(99999))
                        .append(",\r\n:58A:")
                        .append(BICS.get(random.nextInt(BICS.size())))
                        .append("\r\n");
            }
            String orderingTag = random.nextInt(3) == 0 ? "50F" : "50K";
            b.append(customer(orderingTag, ordering));
            planted.add(new Planted(label, orderingTag + " ", ordering.name(), ordering.entity()));
            b.append(":52A:").append(BICS.get(random.nextInt(BICS.size()))).append("\r\n");
            b.append(":57A:").append(BICS.get(random.nextInt(BICS.size()))).append("\r\n");
            String beneficiaryTag = random.nextInt(3) == 0 ? "59F" : "59";
            b.append(customer(beneficiaryTag, beneficiary));
            planted.add(new Planted(label, beneficiaryTag + " ", beneficiary.name(), beneficiary.entity()));
            if (type.equals("MT103")) {
                b.append(":70:")
                        .append(REMITTANCE.get(random.nextInt(REMITTANCE.size())))
                        .append("\r\n:71A:SHA\r\n");
            }
            b.append("-}");
            if (m + 1 < pairs.size()) {
                b.append("\r\n");
            }
        }
        return new Sample(type, name, b.toString().getBytes(StandardCharsets.US_ASCII), planted, pairs.size());
    }

    /** A customer field: account, then name and address, free format (K, none) or numbered (F), 4 lines at most. */
    private String customer(String tag, Party p) {
        StringBuilder b = new StringBuilder(":")
                .append(tag)
                .append(":/")
                .append(account())
                .append("\r\n");
        if (tag.endsWith("F")) {
            for (String l : wrap(p.name(), 33)) {
                b.append("1/").append(l).append("\r\n");
            }
            b.append("2/").append(p.street()).append("\r\n");
            b.append("3/").append(p.country()).append('/').append(p.town()).append("\r\n");
        } else {
            List<String> lines = new ArrayList<>(wrap(p.name(), 35));
            lines.add(p.street());
            lines.add(p.town());
            for (String l : lines.subList(0, Math.min(4, lines.size()))) {
                b.append(l).append("\r\n");
            }
        }
        return b.toString();
    }

    private String account() {
        return "DE" + (10 + random.nextInt(89))
                + String.format(Locale.ROOT, "%018d", Math.abs(random.nextLong() % 1_000_000_000_000_000_000L));
    }

    private String bic12() {
        String bic = BICS.get(random.nextInt(BICS.size()));
        return bic.substring(0, 8) + "A" + (bic.length() == 11 ? bic.substring(8) : "XXX");
    }

    private Sample pacs008(String name, List<Party[]> pairs) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">\n<FIToFICstmrCdtTrf>\n"
                + "<GrpHdr><MsgId>M1</MsgId><NbOfTxs>" + pairs.size() + "</NbOfTxs></GrpHdr>\n");
        List<Planted> planted = new ArrayList<>();
        for (int m = 0; m < pairs.size(); m++) {
            String label = "CdtTrfTxInf " + (m + 1);
            b.append("<CdtTrfTxInf><PmtId><EndToEndId>E2E").append(m).append("</EndToEndId></PmtId>\n");
            b.append("<IntrBkSttlmAmt Ccy=\"EUR\">")
                    .append(1 + random.nextInt(9999))
                    .append("</IntrBkSttlmAmt>\n");
            b.append(party("Dbtr", pairs.get(m)[0]));
            b.append(agent("DbtrAgt"));
            b.append(agent("CdtrAgt"));
            b.append(party("Cdtr", pairs.get(m)[1]));
            b.append("<RmtInf><Ustrd>")
                    .append(REMITTANCE.get(random.nextInt(REMITTANCE.size())))
                    .append("</Ustrd></RmtInf>\n</CdtTrfTxInf>\n");
            planted.add(new Planted(label, "Dbtr/", pairs.get(m)[0].name(), pairs.get(m)[0].entity()));
            planted.add(new Planted(label, "Cdtr/", pairs.get(m)[1].name(), pairs.get(m)[1].entity()));
        }
        b.append("</FIToFICstmrCdtTrf>\n</Document>\n");
        return new Sample("pacs.008", name, b.toString().getBytes(StandardCharsets.UTF_8), planted, pairs.size());
    }

    private Sample pain001(String name, List<Party[]> pairs) {
        // One payment information block per debtor, one transaction per creditor: the debtor belongs to the
        // PmtInf, the creditor to its CdtTrfTxInf.
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n<CstmrCdtTrfInitn>\n"
                + "<GrpHdr><MsgId>P1</MsgId><NbOfTxs>" + pairs.size() + "</NbOfTxs></GrpHdr>\n");
        List<Planted> planted = new ArrayList<>();
        for (int m = 0; m < pairs.size(); m++) {
            b.append("<PmtInf><PmtInfId>PI").append(m).append("</PmtInfId><PmtMtd>TRF</PmtMtd>\n");
            b.append(party("Dbtr", pairs.get(m)[0]));
            b.append("<DbtrAcct><Id><IBAN>").append(account()).append("</IBAN></Id></DbtrAcct>\n");
            b.append(agent("DbtrAgt"));
            b.append("<CdtTrfTxInf><PmtId><EndToEndId>E").append(m).append("</EndToEndId></PmtId>\n");
            b.append(agent("CdtrAgt"));
            b.append(party("Cdtr", pairs.get(m)[1]));
            b.append("<RmtInf><Ustrd>")
                    .append(REMITTANCE.get(random.nextInt(REMITTANCE.size())))
                    .append("</Ustrd></RmtInf>\n</CdtTrfTxInf>\n</PmtInf>\n");
            planted.add(new Planted("PmtInf " + (m + 1), "Dbtr/", pairs.get(m)[0].name(), pairs.get(m)[0].entity()));
            planted.add(
                    new Planted("CdtTrfTxInf " + (m + 1), "Cdtr/", pairs.get(m)[1].name(), pairs.get(m)[1].entity()));
        }
        b.append("</CstmrCdtTrfInitn>\n</Document>\n");
        return new Sample("pain.001", name, b.toString().getBytes(StandardCharsets.UTF_8), planted, pairs.size());
    }

    private static String party(String element, Party p) {
        return "<" + element + "><Nm>" + xml(p.name()) + "</Nm><PstlAdr><StrtNm>" + xml(p.street())
                + "</StrtNm><TwnNm>" + xml(p.town()) + "</TwnNm><Ctry>" + p.country() + "</Ctry></PstlAdr></"
                + element + ">\n";
    }

    private String agent(String element) {
        return "<" + element + "><FinInstnId><BICFI>" + BICS.get(random.nextInt(BICS.size()))
                + "</BICFI></FinInstnId></" + element + ">\n";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
