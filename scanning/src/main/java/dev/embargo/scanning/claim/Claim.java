package dev.embargo.scanning.claim;

import java.util.List;

/**
 * A sentence attributed to a source ("aldus X", "according to X", "laut X", "selon X"), with the figures it gives.
 * When a sentence sets two sources side by side ("X says 1 million, while Y puts it at 350,000"), each claim's
 * {@code sentence} is the clause that carries its source. The source keeps an apposition that says who it is
 * ("Westerse inlichtingendiensten, zoals die van Estland") and all names of a list ("Reuters, AP and the BBC").
 * Offsets are character offsets in the document's text; {@code source} and {@code sentence} have line breaks
 * joined. A claim may carry no quantities: it is still a statement someone is said to have made.
 */
public record Claim(
        String source,
        int sourceStart,
        int sourceEnd,
        String sentence,
        int sentenceStart,
        int sentenceEnd,
        List<Quantity> quantities) {
    public Claim {
        quantities = List.copyOf(quantities);
    }
}
