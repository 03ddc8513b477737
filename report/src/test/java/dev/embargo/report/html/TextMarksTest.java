package dev.embargo.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.report.html.TextMarks.Mark;
import dev.embargo.report.html.TextMarks.Piece;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TextMarksTest {
    /** The ordered lookup takes exactly the marks a comparison with every taken one would. */
    @Property(tries = 300)
    void takesWhatComparingWithEveryTakenMarkTakes(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 80) Integer> starts,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 12) Integer> lengths) {
        TextMarks<Integer> marks = new TextMarks<>();
        List<Mark<Integer>> expected = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            Mark<Integer> m = new Mark<>(starts.get(i), starts.get(i) + lengths.get(i), i);
            boolean free = expected.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end());
            if (free) {
                expected.add(m);
            }
            assertThat(marks.addIfFree(m)).as("mark %s", m).isEqualTo(free);
        }
        assertThat(marks.list()).isEqualTo(expected);
    }

    /**
     * The pieces put back together are the text; each marked piece is its mark's span of the text, and every
     * taken mark that lies inside the text has its piece, in text order. (Marks of the scanner are never empty.)
     */
    @Property(tries = 300)
    void piecesAreTheTextCutAtTheMarks(
            @ForAll @StringLength(max = 70) String text,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 80) Integer> starts,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 12) Integer> lengths) {
        TextMarks<Integer> marks = new TextMarks<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            marks.addIfFree(new Mark<>(starts.get(i), starts.get(i) + lengths.get(i), i));
        }
        List<Piece<Integer>> pieces = marks.pieces(text);

        StringBuilder joined = new StringBuilder();
        List<Integer> markedInOrder = new ArrayList<>();
        for (Piece<Integer> p : pieces) {
            if (!p.plain()) {
                Mark<Integer> m = marks.list().stream()
                        .filter(k -> k.tag().equals(p.tag()))
                        .findFirst()
                        .orElseThrow();
                assertThat(p.text()).isEqualTo(text.substring(m.start(), m.end()));
                assertThat(joined.length()).isEqualTo(m.start());
                markedInOrder.add(p.tag());
            } else {
                assertThat(p.text()).isNotEmpty();
            }
            joined.append(p.text());
        }
        assertThat(joined.toString()).isEqualTo(text);
        List<Integer> inside = marks.list().stream()
                .filter(m -> m.end() <= text.length())
                .sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .map(Mark::tag)
                .toList();
        assertThat(markedInOrder).isEqualTo(inside);
    }
}
