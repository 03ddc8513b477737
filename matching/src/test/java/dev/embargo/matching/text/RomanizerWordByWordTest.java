package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cyrillic, Greek, Devanagari, Thai and the other scripts ICU reads are transliterated one word at a time
 * (each word's reading remembered); that must give what ICU gives for the whole name.
 */
class RomanizerWordByWordTest {
    private final Transliterator cyrillic = Transliterator.getInstance(Romanizer.CYRILLIC_RULES);
    private final Transliterator greek = Transliterator.getInstance("Greek-Latin/UNGEGN; Latin-ASCII");
    private final Transliterator any = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Transliterator ukrainian =
            Transliterator.getInstance("Ukrainian-Latin/BGN; " + Romanizer.CYRILLIC_RULES);
    private final Transliterator belarusian =
            Transliterator.getInstance("Belarusian-Latin/BGN; " + Romanizer.CYRILLIC_RULES);

    @Test
    void everyNameOfTheListsAndTheEvaluationDataThatIcuReadsReadsAsIcuReadsItWhole() throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(SharedData.require("eval/negatives_global.csv"))) {
            names.add(
                    line.startsWith("\"")
                            ? line.substring(1, line.indexOf('"', 1))
                            : line.substring(0, line.indexOf(',')));
        }
        for (Entity e : ListLoader.loadDirectory(SharedData.lists()).entities()) {
            for (Name n : e.names()) {
                names.add(n.full());
            }
        }
        Romanizer romanizer = new Romanizer();
        int checked = 0;
        int devanagariOrThai = 0;
        for (String name : names) {
            java.util.function.UnaryOperator<String> icu = icuReaderOf(name);
            if (icu == null) {
                continue;
            }
            checked++;
            if (name.codePoints()
                    .anyMatch(cp ->
                            UScript.getScript(cp) == UScript.DEVANAGARI || UScript.getScript(cp) == UScript.THAI)) {
                devanagariOrThai++;
            }
            // Twice: the second reading comes from the memo.
            assertThat(romanizer.readings(name).getFirst().latin()).as(name).isEqualTo(icu.apply(name));
            assertThat(romanizer.readings(name).getFirst().latin()).as(name).isEqualTo(icu.apply(name));
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(devanagariOrThai).isGreaterThan(5_000);
    }

    @Test
    void spacingIsKeptAsWritten() {
        Romanizer.WordByWord words = new Romanizer.WordByWord(Romanizer.CYRILLIC_RULES);
        for (String name : new String[] {
            "Владимир  Путин",
            " Путин\tВладимир ",
            "Ёлкин-Ежов",
            "",
            "   ",
            "Иван\u3000Ежов",
            "Иван\u2003Ежов",
            "Иван - Ежов",
            "Елена Ёлкина"
        }) {
            assertThat(words.transliterate(name)).as(name).isEqualTo(cyrillic.transliterate(name));
        }
        // A piece without a letter takes its script from its neighbours: the name is read whole.
        Romanizer.WordByWord any = new Romanizer.WordByWord("Any-Latin; Latin-ASCII");
        for (String name : new String[] {"ক ।", "राम ।", "สมชาย ๆ"}) {
            assertThat(any.transliterate(name)).as(name).isEqualTo(this.any.transliterate(name));
        }
    }

    /**
     * ICU's reading of {@code name} by the transliterator Romanizer uses for it, or null when it reads the name
     * by other means. A Cyrillic name has its Latin look-alikes put as Cyrillic letters first, and is read by the
     * BGN/PCGN rules of the language its letters mark ({@link CyrillicLetters}).
     */
    private java.util.function.UnaryOperator<String> icuReaderOf(String name) {
        if (Romanizer.isLatin(name)) {
            return null;
        }
        Set<Integer> scripts = new LinkedHashSet<>();
        name.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(UScript.getScript(cp)));
        for (int own : new int[] {
            UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.ARABIC, UScript.HEBREW
        }) {
            if (scripts.contains(own)) {
                return null;
            }
        }
        if (scripts.contains(UScript.CYRILLIC)) {
            return n -> {
                String text = CyrillicLetters.withoutLatinLookAlikes(n);
                return switch (CyrillicLetters.languageOf(text)) {
                    case RUSSIAN -> cyrillic.transliterate(text);
                    case UKRAINIAN -> ukrainian.transliterate(text);
                    case BELARUSIAN -> belarusian.transliterate(CyrillicLetters.belarusianUAsU(text));
                };
            };
        }
        return scripts.contains(UScript.GREEK) ? greek::transliterate : any::transliterate;
    }
}
