package dev.embargo.scanning.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.report.HtmlReport.Mark;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The ordered lookup in {@link HtmlReport.Marks} takes exactly the marks a comparison with every taken one would. */
class MarksTest {
    @Property(tries = 300)
    void takesWhatComparingWithEveryTakenMarkTakes(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 80) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 12) Integer> lengths) {
        HtmlReport.Marks marks = new HtmlReport.Marks();
        List<Mark> expected = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            Mark m = new Mark(starts.get(i), starts.get(i) + lengths.get(i), "<b>", "</b>");
            boolean free = expected.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end());
            if (free) {
                expected.add(m);
            }
            assertThat(marks.addIfFree(m)).as("mark %s", m).isEqualTo(free);
        }
        assertThat(marks.list()).isEqualTo(expected);
    }
}
