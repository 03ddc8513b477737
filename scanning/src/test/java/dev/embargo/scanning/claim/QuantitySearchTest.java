package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Figures are looked for only where a digit, currency sign or number word starts, yet found as the pattern finds them. */
class QuantitySearchTest {

    private static List<String> everywhere(QuantityReader reader, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = reader.search().pattern().matcher(text);
        m.useTransparentBounds(true);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Property(tries = 1000)
    void figuresAnywhere(@ForAll("texts") String text, @ForAll Language language) {
        QuantityReader reader = new QuantityReader(language);
        List<String> found = reader.search().findAll(text).stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.group())
                .toList();
        assertThat(found).isEqualTo(everywhere(reader, text));
        List<String> atPlaces = reader.matches(text, 0, text.length()).stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.group())
                .toList();
        assertThat(atPlaces)
                .as("only where no letter stands before, or at a currency sign")
                .isEqualTo(found);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "US$",
                "$",
                "€",
                "£",
                "1",
                "350",
                ".000",
                ",5",
                " ",
                "miljoen",
                "Million",
                "mld.",
                "een",
                "EEN",
                "één",
                "one",
                "drei",
                "tausend",
                "x",
                "abc",
                "-",
                "/",
                "procent",
                "%",
                "granaten",
                "ton",
                "١٢",
                "𝟏",
                "'",
                "\u00A0",
                "un",
                "une",
                "us$",
                "a",
                "é",
                "𝐀",
                "ſ",
                "ſix",
                "SIX",
                "the",
                "Three",
                "thé",
                "\u0301",
                "_");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(25).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(60));
    }
}
