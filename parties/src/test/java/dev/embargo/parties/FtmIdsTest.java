package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.model.Source;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Listing ids to FollowTheMoney ids: always valid, one-to-one, and undone by {@link FtmIds#listingId}. */
class FtmIdsTest {

    @Provide
    Arbitrary<String> idsInSource() {
        // Ids as lists write them: digits, letters, the separators of nested and path-like ids, any other text.
        Arbitrary<String> shaped = Arbitraries.strings()
                .withChars("0123456789abcXYZ.-/#:_ ")
                .ofMinLength(1)
                .ofMaxLength(30);
        Arbitrary<String> anything = Arbitraries.strings()
                .all()
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
        return Arbitraries.oneOf(shaped, anything);
    }

    @Property(tries = 1000)
    void everyListingIdBecomesAValidFtmIdAndComesBack(@ForAll Source source, @ForAll("idsInSource") String idInSource) {
        String listingId = source.entityId(idInSource);
        String ftm = FtmIds.of(listingId);
        assertThat(FtmIds.isValid(ftm)).as(ftm).isTrue();
        assertThat(FtmIds.listingId(ftm)).isEqualTo(listingId);
    }

    @Property(tries = 1000)
    void decodingRefusesWhatItDidNotWriteOrGivesTheSameBack(@ForAll @StringLength(max = 30) String text) {
        if (!FtmIds.isValid(text)) {
            assertThatThrownBy(() -> FtmIds.listingId(text)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        try {
            String listing = FtmIds.listingId(text);
            assertThat(FtmIds.of(listing)).isEqualTo(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessageContaining(text);
        }
    }

    @Example
    void readableForTheIdsOfToday() {
        assertThat(FtmIds.of("us-ofac-sdn:20157")).isEqualTo("us-ofac-sdn.20157");
        assertThat(FtmIds.of("un:KPi.033")).isEqualTo("un.KPi.2e033");
        assertThat(FtmIds.of("ca-sema:russia/1-part-1/490")).isEqualTo("ca-sema.russia.2f1-part-1.2f490");
        assertThat(FtmIds.of("uk-ofsi:11032#vessel-")).isEqualTo("uk-ofsi.11032.23vessel.2d");
    }

    @Example
    void aListingIdWithoutSourceIsRefused() {
        assertThatThrownBy(() -> FtmIds.of("20157")).hasMessageContaining("source:id");
        assertThatThrownBy(() -> FtmIds.of("US:1")).hasMessageContaining("source code");
        assertThatThrownBy(() -> FtmIds.of("un:a\uD800b")).hasMessageContaining("lone surrogate");
    }
}
