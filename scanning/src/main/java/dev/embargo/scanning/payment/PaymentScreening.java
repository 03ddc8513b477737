package dev.embargo.scanning.payment;

import dev.embargo.lists.CountryTable;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.mention.Mention;
import dev.embargo.scanning.place.IdentifierFinder;
import dev.embargo.scanning.place.Jurisdictions;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentKind;
import dev.embargo.scanning.read.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens the structured parts of a payment message: party names as names (never joined to the address under
 * them), address lines and country codes for jurisdictions, accounts, BICs and party identifiers against the
 * identifiers of the lists. The free text (MT 70, 72, 77B/T; ISO {@code RmtInf/Ustrd}) is prose and is left
 * to the scanner's mention finder: {@link #freeText} gives it with everything else blanked.
 */
public final class PaymentScreening {

    /** A party name that matched: the span of its reading, the field it starts in, the entities best first. */
    public record NameHit(Mention mention, Field field, List<Match> matches) {
        public Match match() {
            return matches.getFirst();
        }
    }

    /** An account, BIC or identifier of the message that a list carries. */
    public record IdentifierHit(IdentifierFinder.Found found, Field field, List<Match> matches) {}

    /** Everything the structured parts gave. */
    public record Result(
            List<NameHit> names, List<IdentifierHit> identifiers, List<Jurisdictions.Found> jurisdictions) {}

    /** Sanctioned jurisdictions by ISO code, their first prose name the one reported. */
    private static final Map<String, List<String>> JURISDICTIONS = CountryTable.namesByIso(CountryTable.Use.PROSE);

    private PaymentScreening() {}

    /** Whether {@code document} is a payment message whose fields say what each part holds. */
    public static boolean isPayment(Document document) {
        return (document.kind() == DocumentKind.SWIFT_MT || document.kind() == DocumentKind.ISO20022)
                && !document.fields().isEmpty();
    }

    /** The document's text with all but its free-text parts blanked, line breaks kept, so offsets stay. */
    public static String freeText(Document document) {
        return only(document, Field.Role.FREE_TEXT);
    }

    public static Result screen(Document document, Screener screener, double threshold, Deadline deadline) {
        String text = document.text();
        // Payment files name the same parties in message after message: each query is screened once.
        Map<String, List<Match>> screened = new HashMap<>();
        List<NameHit> names = new ArrayList<>();
        for (PartyNames.Party party : PartyNames.of(document)) {
            deadline.check("screening payment parties");
            NameHit best = null;
            for (PartyNames.Reading r : party.readings()) {
                for (String q : r.queries()) {
                    List<Match> matches =
                            screened.computeIfAbsent(q, k -> screener.screen(Query.name(k), threshold, 10));
                    if (matches.isEmpty()) {
                        continue;
                    }
                    // The best score wins; on a tie the longer reading, which leaves no word of the name out.
                    if (best == null
                            || matches.getFirst().score() > best.match().score()
                            || (matches.getFirst().score() == best.match().score()
                                    && r.end() > best.mention().end())) {
                        best = new NameHit(
                                new Mention(r.start(), r.end(), text.substring(r.start(), r.end()), q, false),
                                r.first(),
                                matches);
                    }
                }
            }
            if (best != null) {
                names.add(best);
            }
        }
        List<IdentifierHit> identifiers = new ArrayList<>();
        // A bank's BIC recurs in a message (header, 52A, 57A), with and without its branch: each looked up once.
        Map<String, List<Match>> lookedUp = new HashMap<>();
        List<Jurisdictions.Found> jurisdictions = new ArrayList<>();
        for (Field f : document.fields()) {
            switch (f.role()) {
                case BIC, ACCOUNT, IDENTIFIER -> {
                    deadline.check("looking up payment identifiers");
                    IdentifierHit hit = identifier(f, text, screener, lookedUp);
                    if (hit != null) {
                        identifiers.add(hit);
                    }
                }
                case COUNTRY -> {
                    String v = f.in(text).strip();
                    if (v.length() >= 2 && (v.length() == 2 || v.charAt(2) == '/')) {
                        String iso = v.substring(0, 2);
                        List<String> known = JURISDICTIONS.get(iso);
                        if (known != null) {
                            jurisdictions.add(
                                    new Jurisdictions.Found(iso, known.getFirst(), f.start(), f.start() + 2, iso));
                        }
                    }
                }
                default -> {
                    // Names were screened above; addresses are searched below; free text is prose.
                }
            }
        }
        // Jurisdictions in the names and address lines (a town, a country written out): searched as prose
        // searches them, in a text of those lines alone so that no match runs into a code or an account.
        jurisdictions.addAll(Jurisdictions.find(only(document, Field.Role.NAME, Field.Role.ADDRESS)));
        jurisdictions.sort(java.util.Comparator.comparingInt(Jurisdictions.Found::start));
        return new Result(List.copyOf(names), List.copyOf(identifiers), List.copyOf(jurisdictions));
    }

    /** The values an identifier part is looked up by, the written one first. */
    static List<String> lookups(Field.Role role, String written) {
        String v = written.strip();
        List<String> out = new ArrayList<>();
        switch (role) {
            case BIC -> {
                out.add(v);
                // Lists give a bank's BIC with or without its branch; XXX is the head office.
                if (v.length() == 11 && v.endsWith("XXX")) {
                    out.add(v.substring(0, 8));
                } else if (v.length() == 8) {
                    out.add(v + "XXX");
                }
            }
            case ACCOUNT -> {
                // "/BE71...", "//FW021000018" (a clearing code), "/C/123" and "/D/123" (credit, debit).
                int from = 0;
                while (from < v.length() && v.charAt(from) == '/') {
                    from++;
                }
                if (v.length() - from >= 2
                        && (v.charAt(from) == 'C' || v.charAt(from) == 'D')
                        && v.charAt(from + 1) == '/') {
                    from += 2;
                }
                out.add(v.substring(from).replace(" ", ""));
            }
            default -> {
                out.add(v);
                // 50F: "CCPT/KP/PD123456"; numbered lines 6 and 7: "KP/PD123456", "KP/issuer/id".
                int slash = v.lastIndexOf('/');
                if (slash >= 0 && slash < v.length() - 1) {
                    out.add(v.substring(slash + 1));
                }
            }
        }
        // Each value once, none empty; at most three, so a list is the quickest set.
        List<String> distinct = new ArrayList<>(out.size());
        for (String value : out) {
            if (!value.isEmpty() && !distinct.contains(value)) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    private static IdentifierHit identifier(
            Field f, String text, Screener screener, Map<String, List<Match>> lookedUp) {
        String written = f.in(text);
        Map<String, Match> byEntity = new LinkedHashMap<>();
        String found = null;
        for (String value : lookups(f.role(), written)) {
            for (Match m : lookedUp.computeIfAbsent(value, screener::identifierMatches)) {
                if (byEntity.putIfAbsent(m.entity().id(), m) == null && found == null) {
                    found = value;
                }
            }
        }
        if (byEntity.isEmpty()) {
            return null;
        }
        String kind = switch (f.role()) {
            case BIC -> "swift-bic";
            case ACCOUNT -> "account";
            default -> "identifier";
        };
        return new IdentifierHit(
                new IdentifierFinder.Found(kind, found, f.start(), f.end(), true), f, List.copyOf(byEntity.values()));
    }

    /** The document's text with every part not of {@code roles} blanked (line breaks kept). */
    private static String only(Document document, Field.Role... roles) {
        char[] out = document.text().toCharArray();
        boolean[] keep = new boolean[out.length];
        List<Field.Role> wanted = Arrays.asList(roles);
        for (Field f : document.fields()) {
            if (wanted.contains(f.role())) {
                Arrays.fill(keep, f.start(), f.end(), true);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (!keep[i] && out[i] != '\n') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }
}
