package dev.embargo.scanning.claim;

import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.TextLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Attributed claims with their figures from prose in Dutch, English, German or French: each sentence with an
 * attribution cue ("aldus X", "according to X", "laut X", "selon X", "X said") becomes a {@link Claim} with the
 * quantities it states; a sentence that sets two sources side by side ("X says 1 million, while Y puts it at
 * 350,000") becomes one claim per source, each with the figures of its own clause. Text from PDFs is read
 * through its line breaks and line-end hyphens. Stateless.
 */
public final class ClaimExtractor {
    // Patterns are compiled once per language, not per document; both readers are immutable.
    private static final Map<Language, AttributionFinder> ATTRIBUTION = readers(AttributionFinder::new);
    private static final Map<Language, QuantityReader> QUANTITIES = readers(QuantityReader::new);

    private ClaimExtractor() {}

    /**
     * @param text the document's text (null reads as empty)
     * @param lang "nl", "en", "de", "fr", or "auto" (or null) to detect from the text
     * @throws IllegalArgumentException for any other language code
     */
    public static List<Claim> extract(String text, String lang) {
        String doc = text == null ? "" : text;
        return extract(doc, TextLanguage.of(lang, doc).language());
    }

    /** The claims of {@code text} read in {@code language}. */
    public static List<Claim> extract(String text, Language language) {
        FlatText flat = FlatText.of(text);
        AttributionFinder attribution = ATTRIBUTION.get(language);
        QuantityReader quantities = QUANTITIES.get(language);
        List<Claim> claims = new ArrayList<>();
        for (SentenceSplitter.Span s : SentenceSplitter.split(flat.flat)) {
            List<AttributionFinder.Attribution> attributions = attribution.findAll(flat.flat, s.start(), s.end());
            if (attributions.isEmpty()) {
                continue;
            }
            List<QuantityReader.Found> figures = quantities.find(flat.flat, s.start(), s.end());
            for (Clause c : clauses(flat.flat, s, attributions, attribution)) {
                AttributionFinder.Source source = c.source().source();
                List<Quantity> found = new ArrayList<>();
                for (QuantityReader.Found q : figures) {
                    boolean inClause = q.start() >= c.start() && q.end() <= c.end();
                    boolean inSource = c.attributions().stream()
                            .anyMatch(a ->
                                    q.start() < a.source().end() && a.source().start() < q.end());
                    if (inClause && !inSource) {
                        found.add(new Quantity(
                                q.value(), q.unit(), q.written(), flat.start(q.start()), flat.end(q.end())));
                    }
                }
                claims.add(new Claim(
                        flat.flat.substring(source.start(), source.end()),
                        flat.start(source.start()),
                        flat.end(source.end()),
                        flat.flat.substring(c.start(), c.end()),
                        flat.start(c.start()),
                        flat.end(c.end()),
                        found));
            }
        }
        return List.copyOf(claims);
    }

    /** A part of a sentence with its attributions; {@code source} is the one its claim is credited to. */
    private record Clause(
            int start,
            int end,
            List<AttributionFinder.Attribution> attributions,
            AttributionFinder.Attribution source) {}

    /**
     * The sentence cut where it clearly carries two attributions: each part names a different source, a clause
     * boundary separates them ("X says 1 million, while Y puts it at 350,000"), and each part says something
     * besides its attribution. Otherwise one clause: the whole sentence, credited to the strongest cue.
     */
    private static List<Clause> clauses(
            String flat, SentenceSplitter.Span s, List<AttributionFinder.Attribution> all, AttributionFinder finder) {
        List<Clause> clauses = new ArrayList<>();
        int start = s.start();
        List<AttributionFinder.Attribution> members = new ArrayList<>(List.of(all.getFirst()));
        for (AttributionFinder.Attribution next : all.subList(1, all.size())) {
            AttributionFinder.Attribution last = members.getLast();
            int[] cut = finder.clauseBoundary(flat, s.start(), s.end(), last.end(), next.start());
            boolean split = cut != null
                    && members.stream().noneMatch(m -> sameSource(flat, m, next))
                    && saysMore(flat, start, cut[0], members)
                    && saysMore(flat, cut[1], s.end(), List.of(next));
            if (split) {
                clauses.add(clause(start, cut[0], members));
                start = cut[1];
                members = new ArrayList<>();
            }
            members.add(next);
        }
        clauses.add(clause(start, s.end(), members));
        return clauses;
    }

    private static Clause clause(int start, int end, List<AttributionFinder.Attribution> members) {
        AttributionFinder.Attribution best = members.stream()
                .min(java.util.Comparator.comparingInt(AttributionFinder.Attribution::rank)
                        .thenComparingInt(AttributionFinder.Attribution::start))
                .orElseThrow();
        return new Clause(start, end, List.copyOf(members), best);
    }

    private static boolean sameSource(String flat, AttributionFinder.Attribution a, AttributionFinder.Attribution b) {
        return flat.substring(a.source().start(), a.source().end())
                .equalsIgnoreCase(flat.substring(b.source().start(), b.source().end()));
    }

    /** Whether [from, to) holds a letter or digit outside the attributions' sources and cues. */
    private static boolean saysMore(String flat, int from, int to, List<AttributionFinder.Attribution> attributions) {
        for (int i = from; i < to; i++) {
            int at = i;
            if (Character.isLetterOrDigit(flat.charAt(i))
                    && attributions.stream().noneMatch(a -> a.covers(flat, at))) {
                return true;
            }
        }
        return false;
    }

    private static <T> Map<Language, T> readers(Function<Language, T> make) {
        EnumMap<Language, T> map = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            map.put(l, make.apply(l));
        }
        return Collections.unmodifiableMap(map);
    }
}
