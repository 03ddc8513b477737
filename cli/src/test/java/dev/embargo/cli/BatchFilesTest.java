package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The names of {@code screen -}: one per line, whatever the line endings, within a length limit. */
class BatchFilesTest {
    private static List<BatchFiles.NameLines.Line> read(String text, int max) {
        List<BatchFiles.NameLines.Line> lines = new ArrayList<>();
        new BatchFiles.NameLines(new StringReader(text), max).forEachRemaining(lines::add);
        return lines;
    }

    @Test
    void linesComeWithTheirNumbersWithoutLineEndingsOrByteOrderMark() {
        assertThat(read("\uFEFFEric Badege\r\n\nKim Jong Un", 1000))
                .containsExactly(
                        new BatchFiles.NameLines.Line(1, "Eric Badege", false),
                        new BatchFiles.NameLines.Line(2, "", false),
                        new BatchFiles.NameLines.Line(3, "Kim Jong Un", false));
        assertThat(read("", 1000)).isEmpty();
        assertThat(read("a\n", 1000)).containsExactly(new BatchFiles.NameLines.Line(1, "a", false));
    }

    @Test
    void aLineOverTheLimitIsMarkedAndNotKept() {
        assertThat(read("abc\nabcd\n" + "x".repeat(1_000_000) + "\nok", 3))
                .containsExactly(
                        new BatchFiles.NameLines.Line(1, "abc", false),
                        new BatchFiles.NameLines.Line(2, "", true),
                        new BatchFiles.NameLines.Line(3, "", true),
                        new BatchFiles.NameLines.Line(4, "ok", false));
    }

    /** Any text reads as its lines split at \n, each with a trailing \r (and a leading BOM on line 1) removed. */
    @Property(tries = 500)
    void anyTextReadsAsItsLines(
            @ForAll @Chars({'\n', '\r', '\uFEFF', ' '}) @CharRange(from = 'a', to = 'c') @StringLength(max = 60)
                    String text,
            @ForAll @IntRange(min = 1, max = 8) int max) {
        List<BatchFiles.NameLines.Line> expected = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        int count = text.endsWith("\n") ? raw.length - 1 : raw.length;
        for (int i = 0; i < count && !text.isEmpty(); i++) {
            String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            boolean tooLong = raw[i].length() > max + 1 || line.length() > max;
            expected.add(new BatchFiles.NameLines.Line(i + 1, tooLong ? "" : line, tooLong));
        }
        assertThat(read(text, max)).isEqualTo(expected);
    }
}
