package dev.embargo.server.ui;

import dev.embargo.matching.Match;
import dev.embargo.report.html.TextMarks;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.place.Jurisdictions;
import dev.embargo.server.api.ScanApi;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /scan}: a form to paste a text or upload a file ({@code scanForm.jte}), and the scan of it
 * ({@code scanReport.jte}): the document with each mention of a listed party highlighted by hit strength (its
 * details beside the text, and in a tip on focus), the jurisdictions and identifiers it names, and who is said
 * to have said what.
 */
final class ScanPage {
    static final List<String> LANGUAGES = List.of("", "nl", "en", "de", "fr");

    /** Where {@code mark.jte} puts the marked text; no value a template shows can write it, as '<' is escaped. */
    private static final String MARKED = "<x-marked></x-marked>";

    private ScanPage() {}

    static Reply form(Layout layout, int status, String error) {
        return new Reply(status, PageOutput.render(4096, out -> JtescanFormGenerated.render(out, null, layout, error)));
    }

    /** A language offered by the form, by its English name. */
    static String languageName(String tag) {
        return tag.isEmpty() ? "Recognise it" : Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    }

    static Reply report(ScanApi.Scanned s, Layout layout) {
        Scanner.Report r = s.report();
        String document = highlighted(r, s.text());
        String page = PageOutput.render(
                s.text().length() * 2 + 16384,
                out -> JtescanReportGenerated.render(out, null, layout, r, s.warnings(), PageOutput.markup(document)));
        return Reply.ok(page);
    }

    /** How a jurisdiction was written in the document, each writing once. */
    static String written(Scanner.JurisdictionHit j) {
        return String.join(
                ", ",
                j.mentions().stream()
                        .map(Jurisdictions.Found::written)
                        .distinct()
                        .toList());
    }

    /** The claims no group holds. */
    static List<Claim> ungrouped(Scanner.Report r) {
        Set<Claim> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClaimGroup g : r.claimGroups()) {
            grouped.addAll(g.claims());
        }
        return r.claims().stream().filter(c -> !grouped.contains(c)).toList();
    }

    /** A figure as the claims table shows it: whole, with thousands separated. */
    static String figure(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /**
     * The document as markup: the scan report's code escapes its text and puts each highlight's tags around the
     * words; the tags are {@code mark.jte} cut where the marked words go.
     */
    private static String highlighted(Scanner.Report r, String text) {
        TextMarks<Wrap> marks = new TextMarks<>();
        int n = 0;
        for (Scanner.MentionHit m : r.mentions()) {
            n++;
            Match best = m.match();
            String band = Markup.strength(best.score());
            String tip = best.entity().primaryName().full() + " \u00b7 "
                    + best.entity().id() + " \u00b7 "
                    + Markup.score(best.score()) + " " + band
                    + (m.matches().size() > 1 ? " \u00b7 " + m.matches().size() + " listings" : "");
            // The scanner reports no two overlapping mentions, so every one is taken.
            marks.addIfFree(mark(m.mention().start(), m.mention().end(), "mention", n, band, tip));
        }
        int i = 0;
        for (Scanner.IdentifierHit id : r.identifiers()) {
            i++;
            marks.addIfFree(mark(id.found().start(), id.found().end(), "identifier", i, null, null));
        }
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            for (Jurisdictions.Found f : j.mentions()) {
                marks.addIfFree(mark(f.start(), f.end(), "place", 0, null, j.name() + " (" + j.iso() + ")"));
            }
        }
        StringBuilder out = new StringBuilder(text.length() + marks.list().size() * 160);
        for (TextMarks.Piece<Wrap> p : marks.pieces(text)) {
            if (p.plain()) {
                PageOutput.escape(p.text(), out);
            } else {
                out.append(p.tag().open());
                PageOutput.escape(p.text(), out);
                out.append(p.tag().close());
            }
        }
        return out.toString();
    }

    /** The markup around a highlighted span of the document. */
    private record Wrap(String open, String close) {}

    private static TextMarks.Mark<Wrap> mark(int start, int end, String kind, int n, String band, String text) {
        String html = PageOutput.render(256, out -> JtemarkGenerated.render(out, null, kind, n, band, text));
        int at = html.indexOf(MARKED);
        return new TextMarks.Mark<>(start, end, new Wrap(html.substring(0, at), html.substring(at + MARKED.length())));
    }
}
