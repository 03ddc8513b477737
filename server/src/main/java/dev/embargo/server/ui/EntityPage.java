package dev.embargo.server.ui;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.report.party.PartyView;
import dev.embargo.server.lists.ServedLists;
import gg.jte.Content;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /entity/<id>} ({@code entity.jte}): every fact one list gives about one party, the same party's
 * listings on other lists side by side ({@code party.jte}), and the parties it is linked to. The id may be a
 * listing's or a party's.
 */
final class EntityPage {
    private EntityPage() {}

    static Reply render(String id, ServedLists served, Layout layout) {
        // A listing id, or a party id (its first listing is shown, with the party).
        Optional<Entity> found = served.entity(id)
                .or(() -> served.party(id)
                        .flatMap(p -> served.entity(p.listingIds().getFirst())));
        if (found.isEmpty()) {
            return new Reply(
                    404, PageOutput.render(4096, out -> JtenotFoundGenerated.render(out, null, layout, id, true)));
        }
        Entity e = found.get();
        PartyView party = served.partyOf(e.id())
                .map(p -> PartyView.of(p, served.parties().listings(p)))
                .orElse(null);
        return Reply.ok(PageOutput.render(8192, out -> JteentityGenerated.render(out, null, layout, e, served, party)));
    }

    /** Names, each in its script ({@code name.jte}). */
    static List<Content> names(List<String> names) {
        return names.stream()
                .map(n -> PageOutput.content(out -> JtenameGenerated.render(out, null, n)))
                .toList();
    }

    /** Countries by name and code. */
    static List<Content> countries(List<String> codes) {
        return texts(codes.stream().map(Markup::country).toList());
    }

    static List<Content> texts(List<String> texts) {
        return texts.stream()
                .map(t -> PageOutput.content(out -> out.writeUserContent(t)))
                .toList();
    }

    /** Dates as ISO dates, with the list's own writing where it differs ({@code date.jte}). */
    static List<Content> dates(List<ListedDate> dates) {
        return dates.stream()
                .map(d -> PageOutput.content(out -> JtedateGenerated.render(out, null, d)))
                .toList();
    }

    static List<Content> addresses(List<Address> addresses) {
        return addresses.stream()
                .map(a -> PageOutput.content(out -> JteaddressGenerated.render(out, null, a)))
                .toList();
    }

    /** An enum constant as words: ORIGINAL_SCRIPT reads "original script". */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
