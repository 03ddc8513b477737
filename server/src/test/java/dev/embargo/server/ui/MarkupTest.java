package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The small pieces pages are built from. */
class MarkupTest {
    @Property(tries = 2000)
    void anEntityHrefIsAValidPathThatDecodesToTheId(@ForAll String id) {
        String href = Markup.entityHref(id);
        assertThat(href).matches("/entity/[A-Za-z0-9\\-._~:/%]*");
        assertThat(URI.create(href).getPath()).isEqualTo("/entity/" + id);
    }

    @Test
    void idsKeepTheirColonsAndSlashes() {
        assertThat(Markup.entityHref("ca-sema:russia/1-part-2/182")).isEqualTo("/entity/ca-sema:russia/1-part-2/182");
        assertThat(Markup.entityHref("au-dfat:12 a")).isEqualTo("/entity/au-dfat:12%20a");
    }

    private static String name(String text) {
        return PageOutput.render(64, out -> JtenameGenerated.render(out, null, text));
    }

    @Test
    void namesGetALanguageTagForTheirScriptAndAlwaysDirAuto() {
        assertThat(name("김정은")).isEqualTo("<span class=\"name\" dir=\"auto\" lang=\"ko\">김정은</span>");
        assertThat(name("Ким Чен Ын"))
                .isEqualTo("<span class=\"name\" dir=\"auto\" lang=\"und-Cyrl\">Ким Чен Ын</span>");
        assertThat(name("حماس")).isEqualTo("<span class=\"name\" dir=\"auto\" lang=\"und-Arab\">حماس</span>");
        assertThat(name("KIM, Jong Un")).isEqualTo("<span class=\"name\" dir=\"auto\">KIM, Jong Un</span>");
        assertThat(name("<b>x</b>")).isEqualTo("<span class=\"name\" dir=\"auto\">&lt;b&gt;x&lt;/b&gt;</span>");
    }

    @Test
    void scoresAndEffectsAreWrittenAsTheApiWritesThem() {
        assertThat(Markup.score(0.856)).isEqualTo("0.86");
        assertThat(Markup.effect(0.06)).isEqualTo("+0.06");
        assertThat(Markup.effect(-0.15)).isEqualTo("\u22120.15");
        assertThat(Markup.effect(0.001)).isEqualTo("0.00");
        assertThat(Markup.strength(0.97)).isEqualTo("strong");
        assertThat(Markup.strength(0.9)).isEqualTo("medium");
        assertThat(Markup.strength(0.89)).isEqualTo("weak");
    }
}
