package dev.embargo.scanning.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributed claims with their figures from prose in Dutch, English, German or French: each sentence with an
 * attribution cue ("aldus X", "according to X", "laut X", "selon X", "X said") becomes a {@link Claim} with the
 * quantities it states. Text from PDFs is read through its line breaks and line-end hyphens. Stateless.
 */
public final class ClaimExtractor {
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
        AttributionFinder attribution = new AttributionFinder(language);
        QuantityReader quantities = new QuantityReader(language);
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
}
