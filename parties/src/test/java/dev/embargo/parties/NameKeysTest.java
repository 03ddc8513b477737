package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The name keys grouping compares, folded in one buffer for speed, against the rule written out plainly (one
 * string per word, sorted, joined): equal for every name of the real lists, in every script they hold, and for
 * generated names that mix scripts, marks, apostrophes, digits and separators.
 */
class NameKeysTest {
    /** The rule as the class comment states it. */
    private static String plainKey(String name) {
        String s = name.chars().anyMatch(c -> c >= 0x80) ? Normalizer.normalize(name, Normalizer.Form.NFKD) : name;
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = cp >= 0x300
                    && (type == Character.NON_SPACING_MARK
                            || type == Character.COMBINING_SPACING_MARK
                            || type == Character.ENCLOSING_MARK);
            if ("'’‘`ʼʻ".indexOf(cp) >= 0 || mark) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (cp == 'ß') {
                    word.append("ss");
                } else {
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        Collections.sort(words);
        return String.join(" ", words);
    }

    @Test
    void everyNameOfTheRealListsFoldsAsThePlainRuleSays() {
        int names = 0;
        for (Entity e : RealLists.listings()) {
            for (Name n : e.names()) {
                assertThat(NameKeys.key(n.full())).as(n.full()).isEqualTo(plainKey(n.full()));
                names++;
            }
        }
        assertThat(names).isGreaterThan(50_000);
    }

    @Test
    void generatedNamesOfMixedScriptsFoldAsThePlainRuleSays() {
        String[] parts = {
            "KIM",
            "Jong-Un",
            "Straße",
            "Ṭāhā",
            "O'Brien",
            "ʻAbd",
            "Ким",
            "Чен",
            "Ын",
            "김정은",
            "金正恩",
            "محمد",
            "عَلِيّ",
            "שׁלום",
            "ｆｕｌｌ",
            "Ⅻ",
            "x",
            "10",
            "a1b2",
            "ǅemal",
            "İlhan",
            "ΣΊΣΥΦΟΣ",
            "\uD835\uDC00bc"
        };
        String[] separators = {" ", ", ", "-", "  ", "/", ".", "(", ") ", "\t", "·"};
        Random random = new Random(18);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder name = new StringBuilder();
            int words = 1 + random.nextInt(5);
            for (int w = 0; w < words; w++) {
                if (w > 0 || random.nextInt(4) == 0) {
                    name.append(separators[random.nextInt(separators.length)]);
                }
                name.append(parts[random.nextInt(parts.length)]);
            }
            assertThat(NameKeys.key(name.toString())).as(name.toString()).isEqualTo(plainKey(name.toString()));
        }
    }
}
