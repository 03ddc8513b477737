package dev.embargo.report.text;

import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import java.util.Locale;

/** The scan report as plain text: what {@code embargo scan} prints by default. */
public final class ScanText {
    private ScanText() {}

    /** The report as lines of text for a terminal: mentions, jurisdictions, who says what, identifiers. */
    public static String render(Scanner.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Read as ")
                .append(r.language().language().code())
                .append(r.language().clear() ? "" : " (not clear: function words of all four languages skipped)")
                .append('\n');
        sb.append("Listed parties named in ").append(r.source()).append(":\n");
        if (r.mentions().isEmpty()) {
            sb.append("  none at or above the threshold\n");
        }
        for (Scanner.MentionHit h : r.mentions()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %6d-%-6d %-28s %.2f %-24s %s%s%n",
                    h.mention().start(),
                    h.mention().end(),
                    "\"" + h.mention().written().replaceAll("\\s+", " ") + "\"",
                    h.match().score(),
                    h.match().entity().id(),
                    h.match().entity().primaryName().full(),
                    h.mention().exonym() ? "  (exonym of " + h.mention().query() + ")" : ""));
            r.fieldAt(h.mention().start())
                    .ifPresent(f ->
                            sb.append("                in: ").append(f.place()).append('\n'));
            if (h.match().listings().size() > 1) {
                sb.append("                listed as: ")
                        .append(MatchText.listings(h.match()))
                        .append('\n');
            }
            if (h.matches().size() > 1) {
                sb.append("                or another party: ")
                        .append(String.join(
                                ", ",
                                h.matches().stream()
                                        .skip(1)
                                        .map(m -> m.entity().id())
                                        .toList()))
                        .append('\n');
            }
        }
        sb.append("Jurisdictions:\n");
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-3s %-16s named %d×; programs: %s%n",
                    j.iso(),
                    j.name(),
                    j.mentions().size(),
                    j.programs().stream()
                            .limit(6)
                            .map(p -> p.source() + " " + p.program())
                            .toList()));
        }
        sb.append("Who says what (figures grouped by what they count):\n");
        for (ClaimGroup g : r.claimGroups()) {
            sb.append("  ")
                    .append(g.topic())
                    .append(g.contested() ? "  (sources differ)" : "")
                    .append('\n');
            for (Claim c : g.claims()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "    %-30s %s%n",
                        c.source(),
                        c.quantities().stream()
                                .map(q -> q.written() + " = " + String.format(Locale.ROOT, "%,.0f", q.value()) + " "
                                        + q.unit())
                                .toList()));
            }
        }
        sb.append("Identifiers:\n");
        if (r.identifiers().isEmpty()) {
            sb.append("  none\n");
        }
        for (Scanner.IdentifierHit i : r.identifiers()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-16s %-44s %s%n",
                    i.found().kind(),
                    i.found().value(),
                    i.matches().isEmpty()
                            ? "not on the loaded lists"
                            : i.matches().stream()
                                    .map(m -> m.entity().id() + " "
                                            + m.entity().primaryName().full())
                                    .toList()));
        }
        return sb.toString();
    }
}
