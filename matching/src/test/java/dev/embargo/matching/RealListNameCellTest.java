package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameCell;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names the lists write with a bracket in their cell ("Baltex Ltd. (also known as Baltech LLC)", "Lom-ali
 * Butayev (Butaev)", "Encep Nurjaman (birth name)"), on the real lists: each name {@link NameCell} reads off a
 * cell, screened alone, finds its own listing. Scored against the cell as written, most did not (Baltex Ltd
 * 0.56): the bracket's words are words the query lacks.
 */
class RealListNameCellTest {
    private static final double THRESHOLD = 0.85;
    private static final Pattern CELL = Pattern.compile("Name as listed: (.+?) \\(the bracket read as [^)]*\\)\\.");

    @Test
    void eachNameReadOffACellFindsItsListing() {
        int names = 0;
        int foundAsRead = 0;
        int foundAsWritten = 0;
        List<String> missed = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.remarks() == null) {
                continue;
            }
            Matcher m = CELL.matcher(e.remarks());
            while (m.find()) {
                String cell = m.group(1);
                for (Name n :
                        NameCell.read(Name.alias(cell), e.kind()).orElseThrow().names()) {
                    names++;
                    boolean found = RealLists.screener().screen(Query.name(n.full()), THRESHOLD, 50).stream()
                            .anyMatch(hit -> hit.entity().id().equals(e.id()));
                    if (found) {
                        foundAsRead++;
                    } else {
                        missed.add(e.id() + " " + n.full());
                    }
                    if (RealLists.screener()
                            .compare(n.full(), cell, e.kind(), THRESHOLD)
                            .match()) {
                        foundAsWritten++;
                    }
                }
            }
        }
        System.out.printf(
                "names read off bracketed cells: %d; found alone %d; matching the cell as written %d%n",
                names, foundAsRead, foundAsWritten);
        assertThat(names).isGreaterThan(200);
        assertThat(missed).hasSizeLessThanOrEqualTo(names / 20);
        assertThat(foundAsWritten).isLessThan(foundAsRead - names / 5);
    }
}
