package dev.embargo.scanning;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimExtractor;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.claim.ClaimGrouper;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.mention.Mention;
import dev.embargo.scanning.mention.MentionFinder;
import dev.embargo.scanning.payment.PaymentScreening;
import dev.embargo.scanning.place.IdentifierFinder;
import dev.embargo.scanning.place.Jurisdictions;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.read.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scans a text for listed parties, jurisdictions, identifiers and attributed claims. Mentions are screened with the matching
 * engine; where candidate spans overlap, the best-scoring one is kept (a longer span on equal score), so
 * "Kim Jong Un" is reported once, not also as "Kim Jong".
 */
public final class Scanner {
    private final Screener screener;
    private final Map<String, List<ProgramCount>> programsByCountry;

    /** A sanctions program of the loaded lists and how many listed parties tied to a country it covers. */
    public record ProgramCount(String source, String program, int entities) {}

    /**
     * A mention that matched listed parties: every entity at or above the threshold, best first (the same
     * party is often listed by several lists: a report says who is on which list).
     */
    public record MentionHit(Mention mention, List<Match> matches) {
        public Match match() {
            return matches.getFirst();
        }
    }

    /** A jurisdiction named in the text: where, and the programs of the loaded lists that cover it. */
    public record JurisdictionHit(
            String iso, String name, List<Jurisdictions.Found> mentions, List<ProgramCount> programs) {}

    /** An identifier in the text, and the listed parties that carry it. */
    public record IdentifierHit(IdentifierFinder.Found found, List<Match> matches) {}

    /** Everything a scan found, and the language the text was read in (given, or detected). */
    public record Report(
            String source,
            int characters,
            List<MentionHit> mentions,
            List<JurisdictionHit> jurisdictions,
            List<IdentifierHit> identifiers,
            List<Claim> claims,
            List<ClaimGroup> claimGroups,
            TextLanguage language,
            List<Field> fields) {
        public Report {
            fields = List.copyOf(fields);
        }

        /** A report of a text that came from no structured fields. */
        public Report(
                String source,
                int characters,
                List<MentionHit> mentions,
                List<JurisdictionHit> jurisdictions,
                List<IdentifierHit> identifiers,
                List<Claim> claims,
                List<ClaimGroup> claimGroups,
                TextLanguage language) {
            this(source, characters, mentions, jurisdictions, identifiers, claims, claimGroups, language, List.of());
        }

        /**
         * The field of a payment message the text at {@code offset} came from (message, field, line), if the
         * scanned document had fields.
         */
        public java.util.Optional<Field> fieldAt(int offset) {
            // Fields are in text order and never overlap: the last starting at or before offset is the one.
            int lo = 0;
            int hi = fields.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (fields.get(mid).start() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == 0) {
                return java.util.Optional.empty();
            }
            Field f = fields.get(lo - 1);
            return offset < f.end() ? java.util.Optional.of(f) : java.util.Optional.empty();
        }
    }

    public Scanner(Screener screener) {
        this.screener = screener;
        this.programsByCountry = programsByCountry(screener.entities());
    }

    public Report scan(String source, String text, double threshold) {
        return scan(source, text, threshold, "auto");
    }

    /**
     * @param lang the text's language ("nl", "en", "de", "fr") or "auto" (or null) to detect it: claims are read
     *             in it (attribution cues, number formats), and only its function words are kept from opening
     *             names; a text that is mixed or too short to tell keeps all four languages' function words
     * @throws IllegalArgumentException for any other language code
     */
    public Report scan(String source, String text, double threshold, String lang) {
        return scan(source, text, threshold, lang, Deadline.NONE);
    }

    /**
     * As {@link #scan(String, String, double, String)}, within a time budget.
     *
     * @throws ScanTimeoutException when {@code deadline} passes before the scan is done
     */
    public Report scan(String source, String text, double threshold, String lang, Deadline deadline) {
        TextLanguage language = TextLanguage.of(lang, text);
        deadline.check("detecting the language");
        if (text.isBlank()) {
            // White space names no one and holds nothing to find (the free text of a payment without any).
            return new Report(source, text.length(), List.of(), List.of(), List.of(), List.of(), List.of(), language);
        }
        List<Claim> claims = ClaimExtractor.extract(text, language.language());
        deadline.check("reading attributed statements");
        List<MentionHit> mentions =
                mentions(text, threshold, language.wordLanguages(), language.mayCapitaliseNouns(), deadline);
        List<JurisdictionHit> jurisdictions = jurisdictions(text);
        deadline.check("finding jurisdictions");
        List<IdentifierHit> identifiers = identifiers(text);
        deadline.check("finding identifiers");
        return new Report(
                source,
                text.length(),
                mentions,
                jurisdictions,
                identifiers,
                claims,
                ClaimGrouper.group(claims),
                language);
    }

    /**
     * Scans a document as {@link DocumentReader} read it. A payment message (SWIFT MT, ISO 20022) is screened
     * as structured data: each party's name lines as a name, its address lines for jurisdictions only, its
     * accounts, BICs and identifiers as identifiers, and its free text as prose; any other document as text.
     * The report's {@link Report#fields} say which message, field and line each offset came from.
     *
     * @throws ScanTimeoutException when {@code deadline} passes before the scan is done
     */
    public Report scan(Document document, double threshold, String lang, Deadline deadline) {
        if (!PaymentScreening.isPayment(document)) {
            return scan(document.source(), document.text(), threshold, lang, deadline);
        }
        Report prose = scan(document.source(), PaymentScreening.freeText(document), threshold, lang, deadline);
        PaymentScreening.Result parties = PaymentScreening.screen(document, screener, threshold, deadline);
        List<MentionHit> mentions = new ArrayList<>(prose.mentions());
        parties.names().forEach(h -> mentions.add(new MentionHit(h.mention(), h.matches())));
        mentions.sort(Comparator.comparingInt(h -> h.mention().start()));
        List<IdentifierHit> identifiers = new ArrayList<>(prose.identifiers());
        parties.identifiers().forEach(h -> identifiers.add(new IdentifierHit(h.found(), h.matches())));
        identifiers.sort(Comparator.comparingInt(h -> h.found().start()));
        List<Jurisdictions.Found> places = new ArrayList<>(parties.jurisdictions());
        prose.jurisdictions().forEach(j -> places.addAll(j.mentions()));
        places.sort(Comparator.comparingInt(Jurisdictions.Found::start));
        return new Report(
                document.source(),
                document.text().length(),
                List.copyOf(mentions),
                jurisdictions(places),
                List.copyOf(identifiers),
                prose.claims(),
                prose.claimGroups(),
                prose.language(),
                document.fields());
    }

    private List<MentionHit> mentions(
            String text,
            double threshold,
            java.util.Set<Language> languages,
            boolean nounsCapitalised,
            Deadline deadline) {
        MentionFinder.Candidates candidates = MentionFinder.find(text, languages, nounsCapitalised);
        deadline.check("finding mentions");
        List<Ranked> hits = new ArrayList<>();
        // Documents name the same parties again and again; each distinct span is screened once.
        Map<String, List<Match>> screened = new java.util.HashMap<>();
        Spans quoted = Spans.of(candidates.quoted());
        for (List<Mention> run : candidates.runs()) {
            deadline.check("screening mentions");
            Mention whole = run.getFirst();
            boolean quotedInside = quoted.anyOverlaps(whole.start(), whole.end());
            Ranked best = null;
            for (Mention m : run) {
                // The spans of a run all end at its last word: only the best-placed one can be reported. Once
                // a hit scores so high that no shorter span could outrank it even with a perfect score, the
                // shorter ones need no screening (unless a quoted phrase could block the hit: then they might
                // stand in for it).
                if (best != null && !quotedInside && best.priority() >= priority(1.0, m)) {
                    break;
                }
                Ranked h = hit(m, threshold, screened);
                if (h != null) {
                    hits.add(h);
                    if (best == null || h.priority() > best.priority()) {
                        best = h;
                    }
                }
            }
        }
        for (Mention m : candidates.quoted()) {
            deadline.check("screening quoted phrases");
            Ranked h = hit(m, threshold, screened);
            if (h != null) {
                hits.add(h);
            }
        }
        // Best evidence first; where scores are close, the longer span (the whole name rather than the surname
        // an exonym stands for: "Sergej Lawrow" over "Lawrow").
        hits.sort(Comparator.comparingDouble(Ranked::priority)
                .reversed()
                .thenComparingInt(
                        h -> -(h.hit().mention().end() - h.hit().mention().start()))
                .thenComparingInt(h -> h.hit().mention().start()));
        List<MentionHit> kept = new ArrayList<>();
        // The kept spans never overlap one another, so ordered by start they are ordered by end too: of those
        // starting before a hit's end, only the last can reach past its start. Asking every kept span made a
        // scan quadratic in the number of hits.
        TreeMap<Integer, Integer> keptEnds = new TreeMap<>();
        for (Ranked r : hits) {
            MentionHit h = r.hit();
            Map.Entry<Integer, Integer> before = keptEnds.lowerEntry(h.mention().end());
            boolean overlaps = before != null && h.mention().start() < before.getValue();
            if (!overlaps) {
                kept.add(h);
                keptEnds.merge(h.mention().start(), h.mention().end(), Math::max);
            }
        }
        kept.sort(Comparator.comparingInt(h -> h.mention().start()));
        return kept;
    }

    /**
     * Spans sorted by start with the furthest end reached so far, to ask whether any overlaps a range in
     * logarithmic time; each run asked every quoted phrase before, quadratic in a long text.
     */
    private record Spans(int[] starts, int[] furthestEnds) {
        static Spans of(List<Mention> mentions) {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::start));
            int[] starts = new int[sorted.size()];
            int[] furthest = new int[sorted.size()];
            int reach = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                reach = Math.max(reach, sorted.get(i).end());
                furthest[i] = reach;
            }
            return new Spans(starts, furthest);
        }

        /** Whether a span {@code s} with {@code s.start < end && start < s.end} exists. */
        boolean anyOverlaps(int start, int end) {
            // The number of spans starting before end: they are the candidates, and the furthest end among
            // them decides.
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && furthestEnds[lo - 1] > start;
        }
    }

    /** A hit and the priority it is weighed by, worked out once. */
    private record Ranked(MentionHit hit, double priority) {}

    private Ranked hit(Mention m, double threshold, Map<String, List<Match>> screened) {
        List<Match> matches = screened.computeIfAbsent(m.query(), q -> screener.screen(Query.name(q), threshold, 10));
        if (isAcronym(m.query())) {
            // An acronym (TASS, NIS) names an organisation, not a person who has a short alias.
            matches = matches.stream()
                    .filter(x -> x.entity().kind() != EntityKind.PERSON)
                    .toList();
        }
        return matches.isEmpty()
                ? null
                : new Ranked(
                        new MentionHit(m, matches), priority(matches.getFirst().score(), m));
    }

    /**
     * How a hit is weighed against those it overlaps: its score, a little more for each word up to four, less
     * for an exonym standing for a full name. Scores never exceed 1, so {@code priority(1.0, m)} is the most
     * a mention can reach.
     */
    private static double priority(double score, Mention m) {
        // A query is its words joined by single spaces (see Mention): its spaces and one are its words.
        int words = 1;
        for (int i = 0; i < m.query().length(); i++) {
            words += m.query().charAt(i) == ' ' ? 1 : 0;
        }
        return score + 0.03 * Math.min(words, 4) - (m.exonym() ? 0.1 : 0);
    }

    private static boolean isAcronym(String word) {
        if (word.length() > 5) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private List<JurisdictionHit> jurisdictions(String text) {
        return jurisdictions(Jurisdictions.find(text));
    }

    private List<JurisdictionHit> jurisdictions(List<Jurisdictions.Found> found) {
        Map<String, List<Jurisdictions.Found>> byIso = new LinkedHashMap<>();
        for (Jurisdictions.Found f : found) {
            byIso.computeIfAbsent(f.iso(), k -> new ArrayList<>()).add(f);
        }
        List<JurisdictionHit> out = new ArrayList<>();
        byIso.forEach((iso, spans) -> out.add(new JurisdictionHit(
                iso, spans.getFirst().name(), List.copyOf(spans), programsByCountry.getOrDefault(iso, List.of()))));
        return out;
    }

    private List<IdentifierHit> identifiers(String text) {
        List<IdentifierHit> out = new ArrayList<>();
        for (IdentifierFinder.Found f : IdentifierFinder.find(text)) {
            List<Match> matches = screener.identifierMatches(f.value());
            if (f.strong() || !matches.isEmpty()) {
                out.add(new IdentifierHit(f, matches));
            }
        }
        return out;
    }

    /** Per country, the programs whose listed parties are tied to it (nationality, citizenship, regime). */
    private static Map<String, List<ProgramCount>> programsByCountry(List<Entity> entities) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Entity e : entities) {
            java.util.Set<String> countries = new java.util.HashSet<>(e.countries());
            countries.addAll(e.nationalities());
            countries.addAll(e.citizenships());
            for (String c : countries) {
                for (String p : e.programs()) {
                    counts.computeIfAbsent(c, k -> new TreeMap<>())
                            .merge(e.source().code() + "\t" + p, 1, Integer::sum);
                }
            }
        }
        Map<String, List<ProgramCount>> out = new TreeMap<>();
        counts.forEach((country, programs) -> {
            List<ProgramCount> list = new ArrayList<>();
            programs.forEach((key, n) -> {
                // A program counts for a country when a fair number of its parties are tied to it.
                if (n >= 5) {
                    String[] sp = key.split("\t", 2);
                    list.add(new ProgramCount(sp[0], sp[1], n));
                }
            });
            list.sort(Comparator.comparingInt((ProgramCount p) -> -p.entities()));
            out.put(country, List.copyOf(list.subList(0, Math.min(12, list.size()))));
        });
        return out;
    }
}
