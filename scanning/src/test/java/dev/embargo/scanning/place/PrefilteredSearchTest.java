package dev.embargo.scanning.place;

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

/**
 * Jurisdictions and identifiers are searched only where a name or identifier can start; what they find is
 * what their patterns find searching every character.
 */
class PrefilteredSearchTest {
    private static final String SAMPLE = "Noord-\nKorea, NORTH  KOREAN, d.p.r.k., Kremlin's, КНДР, 북한, Iran2, Iranian,"
            + " xIran, Corée du Nord, Syrië; IMO 9305609, imo no. 1234567, MMSI: 123456789, bc1qar0srrr7xfkvy5l643lydnw9"
            + "re59gtzzwf5mdq, 0x52908400098527886E0F7030069857D2E4169EE7, 1BoatSLRHtKNngkdXEeobR76b53LETtpyT, DEUTDEFF500,"
            + " DEUTDEFF, _DEUTDEFF, AB1234567, x123456, 1234567890123, é1234567";

    private static List<String> everywhere(Pattern pattern, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(group));
        }
        return out;
    }

    private static List<String> jurisdictions(String text) {
        return Jurisdictions.matches(text).stream()
                .map(m -> m.start() + "-" + m.end() + ":" + m.group())
                .toList();
    }

    private static List<String> identifiers(String text) {
        return IdentifierFinder.find(text).stream()
                .map(f -> f.start() + "-" + f.end() + ":" + f.value())
                .toList();
    }

    private static List<String> identifiersEverywhere(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : IdentifierFinder.patterns()) {
            out.addAll(everywhere(p, text, 1));
        }
        return out;
    }

    @Test
    void theSampleIsFoundAsThePatternsFindIt() {
        assertThat(jurisdictions(SAMPLE))
                .isEqualTo(everywhere(Jurisdictions.pattern(), SAMPLE, 0))
                .hasSizeGreaterThan(8);
        assertThat(identifiers(SAMPLE)).isEqualTo(identifiersEverywhere(SAMPLE)).hasSizeGreaterThan(8);
    }

    @Property(tries = 1000)
    void jurisdictionsAnywhere(@ForAll("texts") String text) {
        assertThat(jurisdictions(text)).isEqualTo(everywhere(Jurisdictions.pattern(), text, 0));
    }

    @Property(tries = 300)
    void identifiersAnywhere(@ForAll("texts") String text) {
        assertThat(identifiers(text)).isEqualTo(identifiersEverywhere(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "Noord-",
                "Korea",
                "noord",
                "-\n",
                " ",
                "\n",
                "North",
                "KOREA",
                "Iran",
                "ian",
                "Russia",
                "é1234567",
                "ü",
                "Ⅻ",
                "Russie",
                "x",
                "5",
                "_",
                "é",
                "D.P.R.K.",
                "북한",
                "КНДР",
                "Kremlin",
                "'s",
                "IMO",
                "imo ",
                "MMSI",
                ": ",
                "1234567",
                "123456789",
                "bc1",
                "qar0srrr7xfkvy5l643",
                "0x",
                "52908400",
                "DEUTDEFF",
                "500",
                "AB",
                "1Boat",
                "SLRHtKNngkdXEeobR76b53LETtpyT",
                ",",
                ".",
                "-",
                "𝐀",
                "a\u0301");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(80));
    }
}
