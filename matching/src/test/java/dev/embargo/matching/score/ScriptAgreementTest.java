package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.ScoringPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in Hangul and Chinese characters compared in their own script. */
class ScriptAgreementTest {
    private static final ScoringPolicy.NameCoverage POLICY = ScoringPolicy.DEFAULT.names();
    private static final NameScore FULL = new NameScore(1, List.of(), 1, 1, null);

    private static double held(String query, String listed) {
        return ScriptAgreement.hold(FULL, query, listed, true).score();
    }

    @Test
    void aSyllableThatDiffersMakesAnotherPerson() {
        assertThat(held("김정운", "김정은")).isEqualTo(POLICY.ownScriptDifferenceCap());
        assertThat(held("金正日", "金正恩")).isEqualTo(POLICY.ownScriptDifferenceCap());
        assertThat(ScriptAgreement.hold(FULL, "김정운", "김정은", true).cap()).isNotNull();
    }

    @Test
    void theSameNameWrittenDifferentlyInItsScriptAgrees() {
        assertThat(held("김정은", "김정은")).isEqualTo(1);
        assertThat(held("김 정은", "김정은")).isEqualTo(1);
        // North and South Korean spellings of a family name, traditional and simplified characters.
        assertThat(held("리송진", "이송진")).isEqualTo(1);
        assertThat(held("劉德華", "刘德华")).isEqualTo(1);
    }

    @Test
    void anotherScriptOrALatinNameIsLeftToTheRomanisedWords() {
        assertThat(held("金正恩", "김정은")).isEqualTo(1);
        assertThat(held("김정은", "Kim Jong Un")).isEqualTo(1);
        assertThat(held("Kim Jong Un", "KIM, Jong Un")).isEqualTo(1);
        // Organisations are left alone: their names hold legal forms written in many ways.
        assertThat(ScriptAgreement.hold(FULL, "红兔实业有限公司", "红兔实業有限责任公司", false).score())
                .isEqualTo(1);
    }

    @Test
    void aSingleCharacterIsNeverAWholeName() {
        assertThat(held("金", "Kim Jong Un")).isEqualTo(POLICY.singleCharacterCap());
        assertThat(held("Kim", "金")).isEqualTo(POLICY.singleCharacterCap());
    }
}
