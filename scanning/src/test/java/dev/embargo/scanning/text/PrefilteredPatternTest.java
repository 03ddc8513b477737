package dev.embargo.scanning.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Running a pattern only where its start test passes finds exactly what {@code find()} finds. */
class PrefilteredPatternTest {
    private static final Pattern CUES = Pattern.compile(
            "(?<![\\p{L}])(?:according to|said|says|d['’]après|puts?"
                    + " (?:it|the figure) at|nach Angaben (?:von|des))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final PrefilteredPattern CUE_SEARCH = new PrefilteredPattern(
            CUES,
            PrefilteredPattern.startingWith(List.of("according", "said", "says", "d", "put", "nach"))
                    .atWordStart());

    static List<String> plainFind(Pattern pattern, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    static List<String> described(List<java.util.regex.MatchResult> found) {
        return found.stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.group())
                .toList();
    }

    @Property(tries = 300)
    void findsWhatFindFindsInAnyRegion(@ForAll("texts") String text, @ForAll("cuts") int a, @ForAll("cuts") int b) {
        int from = Math.min(a, b) % (text.length() + 1);
        int to = Math.max(from, Math.max(a, b) % (text.length() + 1));
        assertThat(described(CUE_SEARCH.findAll(text, from, to))).isEqualTo(plainFind(CUES, text, from, to));
    }

    @Property(tries = 200)
    void findingAtGivenPlacesEqualsSearchingEverywhereWhenThePlacesCoverEveryStart(@ForAll("texts") String text) {
        int[] everywhere = java.util.stream.IntStream.range(0, text.length()).toArray();
        assertThat(described(CUE_SEARCH.findAllAt(text, everywhere))).isEqualTo(described(CUE_SEARCH.findAll(text)));
    }

    @Test
    void matchesEveryCaseAndTheExamplesItIsMeantFor() {
        String text = "ACCORDING TO Reuters; Said. d’après l'AFP, «puts the figure at» 5; Nach Angaben des BND;"
                + " xsaid, 5said, über-says";
        assertThat(described(CUE_SEARCH.findAll(text)))
                .isEqualTo(plainFind(CUES, text, 0, text.length()))
                .hasSize(7);
    }

    @Test
    void aStartTestSeesOnlyItsFirstTwoCharactersAndNeedsOne() {
        PrefilteredPattern.StartTest test =
                PrefilteredPattern.startingWith(List.of("Noord Korea", "D.P.R.K.", "북한", "X-ray", "Q Street"));
        assertThat(test.mayStartAt("noord", 0)).isTrue();
        assertThat(test.mayStartAt("NOORD", 0)).isTrue();
        assertThat(test.mayStartAt("nx", 0)).isFalse();
        // a hyphen or space second: the pattern may allow other characters there, so the first decides alone
        assertThat(test.mayStartAt("xz", 0)).isTrue();
        assertThat(test.mayStartAt("q\n", 0)).isTrue();
        assertThat(test.mayStartAt("d.p", 0)).isTrue();
        assertThat(test.mayStartAt("dp", 0)).isFalse();
        assertThat(test.mayStartAt("북한", 0)).isTrue();
        assertThat(test.mayStartAt("x", 0)).isTrue();
        assertThat(test.mayStartAt("n", 0)).isFalse();
        assertThat(test.atWordStart().mayStartAt("anoord", 1)).isFalse();
        assertThat(test.atWordStart().mayStartAt("-noord", 1)).isTrue();
        assertThatThrownBy(() -> PrefilteredPattern.startingWith(List.of("")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "according to",
                "ACCORDING to",
                "said",
                "Said",
                "says",
                "d'après",
                "D’APRÈS",
                "puts it at",
                "put the figure at",
                "nach Angaben von",
                "nach Angaben der",
                " ",
                "  ",
                ",",
                ".",
                "x",
                "5",
                "é",
                "ſaid",
                "İ",
                "\u00A0",
                "\n",
                "-",
                "’",
                "'",
                "𝐀",
                "a\u0301",
                "_",
                "über");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 1000);
    }
}
