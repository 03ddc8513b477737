package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The sentence tokenizer splits as its definition as a regular expression says. */
class AttributionTokensTest {
    /** The definition: an elided article, a word (keeping "-", "&" joins and a possessive "'s"), a mark. */
    private static final Pattern DEFINITION = Pattern.compile("(?<elision>(?<![\\p{L}])[lLdDjJ][’'](?=\\p{L}))"
            + "|(?<word>[\\p{L}\\p{N}]+(?:[\\-&][\\p{L}\\p{N}]+)*(?:[’']s(?![\\p{L}]))?)|(?<punct>\\S)");

    private static List<String> byDefinition(String flat, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = DEFINITION.matcher(flat).region(from, to);
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":" + (m.group("word") != null) + ":" + (m.group("elision") != null));
        }
        return out;
    }

    private static List<String> tokens(String flat, int from, int to) {
        return AttributionFinder.tokens(flat, from, to).stream()
                .map(t -> t.start() + ":" + t.text() + ":" + t.word() + ":" + t.elision())
                .toList();
    }

    @Property(tries = 500)
    void tokensAreWhatTheDefinitionMatches(@ForAll("flat") String flat, @ForAll("cuts") int a, @ForAll("cuts") int b) {
        int from = Math.min(a, b) % (flat.length() + 1);
        int to = Math.max(from, Math.max(a, b) % (flat.length() + 1));
        assertThat(tokens(flat, from, to)).isEqualTo(byDefinition(flat, from, to));
    }

    @Test
    void examples() {
        String s = "Selon l'AFP, Estonia’s Noord-Korea & Co. d’x l'é 38North ’s";
        assertThat(tokens(s, 0, s.length()))
                .isEqualTo(byDefinition(s, 0, s.length()))
                .contains("6:l':false:true", "13:Estonia’s:true:false", "23:Noord-Korea:true:false");
        assertThat(AttributionFinder.tokens("Het VN-rapport", 0, 14))
                .extracting(AttributionFinder.Token::capital, AttributionFinder.Token::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "het"),
                        org.assertj.core.groups.Tuple.tuple(true, "vn-rapport"));
    }

    @Provide
    Arbitrary<String> flat() {
        Arbitrary<String> pieces = Arbitraries.of(
                "l'", "L’", "d'", "j’", "'s", "’s", "s", "-", "&", " ", "\t", "a", "Z", "5", "é", "𝐀", "²", "Ⅻ",
                "\u0301", ".", ",", "’", "'", "x-y", "AT&T", "\u00A0", "\u2009", "€");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(25).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 1000);
    }
}
