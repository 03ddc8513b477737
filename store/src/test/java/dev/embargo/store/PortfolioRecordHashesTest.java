package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * The import takes a record's two hashes in one pass: they must be the hashes the store compared before (a
 * stored record would otherwise look changed to every later import), whatever the fields hold.
 */
class PortfolioRecordHashesTest {
    @Property(tries = 500)
    void bothHashesInOnePassAreTheHashesTakenApart(
            @ForAll String name,
            @ForAll @Size(max = 3) List<String> identifiers,
            @ForAll String fields,
            @ForAll boolean withKind) {
        PortfolioRecord r = new PortfolioRecord(
                "R1",
                name,
                withKind ? dev.embargo.lists.model.EntityKind.PERSON : null,
                List.of("1984-01-08"),
                List.of("DE", "FR"),
                identifiers,
                fields);
        PortfolioRecord.Hashes h = r.hashes();
        assertThat(h.screening()).isEqualTo(r.screeningHash());
        assertThat(h.content()).isEqualTo(r.contentHash());
    }
}
