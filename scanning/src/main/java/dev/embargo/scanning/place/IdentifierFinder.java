package dev.embargo.scanning.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers written in a text: IMO and MMSI numbers, digital currency addresses (Bitcoin legacy and bech32,
 * Ethereum-style hex), SWIFT/BIC codes and passport-like numbers. Strong forms (IMO, MMSI, addresses) are
 * reported even when no list has them; weak forms (BIC-shaped words, passport-like numbers) only when a list
 * does, since prose is full of words of that shape.
 */
public final class IdentifierFinder {
    /** An identifier found in a text; {@code strong} when its form alone says what it is. */
    public record Found(String kind, String value, int start, int end, boolean strong) {
    }

    private record Form(String kind, Pattern pattern, boolean strong) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("imo", Pattern.compile("\\bIMO[\\s:.#-]*(?:No\\.?|number)?[\\s:.#-]*(\\d{7})\\b",
                    Pattern.CASE_INSENSITIVE), true),
            new Form("mmsi", Pattern.compile("\\bMMSI[\\s:.#-]*(?:No\\.?|number)?[\\s:.#-]*(\\d{9})\\b",
                    Pattern.CASE_INSENSITIVE), true),
            new Form("digital-currency", Pattern.compile("\\b(bc1[ac-hj-np-z02-9]{11,71})\\b"), true),
            new Form("digital-currency", Pattern.compile("\\b([13][a-km-zA-HJ-NP-Z1-9]{25,34})\\b"), true),
            new Form("digital-currency", Pattern.compile("\\b(0x[0-9a-fA-F]{40})\\b"), true),
            new Form("swift-bic", Pattern.compile("\\b([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\\b"), false),
            new Form("document-number", Pattern.compile("\\b([A-Z]{0,2}\\d{6,10})\\b"), false));

    private IdentifierFinder() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        for (Form f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                out.add(new Found(f.kind(), m.group(1), m.start(), m.end(), f.strong()));
            }
        }
        return out;
    }
}
