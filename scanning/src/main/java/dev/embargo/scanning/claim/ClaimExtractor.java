package dev.embargo.scanning.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Attributed claims with their figures from prose in Dutch, English, German or French: each sentence with an
 * attribution cue ("aldus X", "according to X", "laut X", "selon X", "X said") becomes a {@link Claim} with the
 * quantities it states. Text from PDFs is read through its line breaks and line-end hyphens. Stateless.
 */
public final class ClaimExtractor {
    // Patterns are compiled once per language, not per document; both readers are immutable.
    private static final Map<Language, AttributionFinder> ATTRIBUTION = readers(AttributionFinder::new);
    private static final Map<Language, QuantityReader> QUANTITIES = readers(QuantityReader::new);

    private ClaimExtractor() {
    }

    /**
     * @param text the document's text (null reads as empty)
     * @param lang "nl", "en", "de", "fr", or "auto" (anything else) to detect from the text
     */
    public static List<Claim> extract(String text, String lang) {
        String doc = text == null ? "" : text;
        FlatText flat = FlatText.of(doc);
        Language language = Language.of(lang, flat.flat);
        AttributionFinder attribution = ATTRIBUTION.get(language);
        QuantityReader quantities = QUANTITIES.get(language);
        List<Claim> claims = new ArrayList<>();
        for (SentenceSplitter.Span s : SentenceSplitter.split(flat.flat)) {
            AttributionFinder.Source source = attribution.find(flat.flat, s.start(), s.end());
            if (source == null) {
                continue;
            }
            List<Quantity> found = new ArrayList<>();
            for (QuantityReader.Found q : quantities.find(flat.flat, s.start(), s.end())) {
                if (q.end() <= source.start() || q.start() >= source.end()) {
                    found.add(new Quantity(q.value(), q.unit(), q.written(), flat.start(q.start()), flat.end(q.end())));
                }
            }
            claims.add(new Claim(flat.flat.substring(source.start(), source.end()), flat.start(source.start()),
                    flat.end(source.end()), flat.flat.substring(s.start(), s.end()), flat.start(s.start()),
                    flat.end(s.end()), found));
        }
        return List.copyOf(claims);
    }

    private static <T> Map<Language, T> readers(Function<Language, T> make) {
        EnumMap<Language, T> map = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            map.put(l, make.apply(l));
        }
        return Collections.unmodifiableMap(map);
    }
}
