package dev.embargo.scanning.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Words keep the document's own characters, and a word hyphenated at a line end is joined again. */
class WordSplitterTest {

    /** The splitter as it was written before it took words as substrings: the reference. */
    private static List<Word> copyingEveryCharacter(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        boolean lineBreak = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!WordSplitter.isWordChar(c)) {
                if (c == '\n') {
                    lineBreak = true;
                }
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '‘' || c == '“' || c == '"') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            while (i < n) {
                char x = text.charAt(i);
                if (WordSplitter.isWordChar(x)) {
                    word.append(x);
                    i++;
                } else if ((x == '-' || x == '\'' || x == '’')
                        && i + 1 < n
                        && WordSplitter.isWordChar(text.charAt(i + 1))) {
                    word.append(x);
                    i++;
                } else if (x == '-' && WordSplitter.lineBreakFollows(text, i + 1)) {
                    int next = i + 1;
                    while (next < n && Character.isWhitespace(text.charAt(next))) {
                        next++;
                    }
                    if (next < n && WordSplitter.isWordChar(text.charAt(next))) {
                        word.append('-');
                        i = next;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            words.add(new Word(word.toString(), start, i, lineBreak, sentenceStart));
            sentenceStart = false;
            lineBreak = false;
        }
        return words;
    }

    @Property(tries = 3000)
    void wordsAsTheCopyingSplitterFoundThem(@ForAll("prose") String text) {
        assertThat(WordSplitter.split(text)).isEqualTo(copyingEveryCharacter(text));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(
                        "Noord",
                        "Korea",
                        "kim",
                        "Ün",
                        "1,6",
                        "-",
                        "- ",
                        "-\n",
                        "-\n\n",
                        "- \r\n  ",
                        "\n",
                        " ",
                        "'",
                        "’",
                        "s",
                        ".",
                        ":",
                        "“",
                        "\"",
                        "e\u0301",
                        "\u0301",
                        "김정은",
                        "\t")
                .list()
                .ofMaxSize(16)
                .map(pieces -> String.join("", pieces));
    }

    @Test
    void aWordBrokenAtALineEndIsOneWordSpanningTheBreak() {
        List<Word> words = WordSplitter.split("Noord-\n\nKorea en Zuid-Korea");
        assertThat(words.getFirst().text()).isEqualTo("Noord-Korea");
        assertThat(words.getFirst().end()).isEqualTo("Noord-\n\nKorea".length());
        assertThat(words.get(2).text()).isEqualTo("Zuid-Korea");
    }
}
