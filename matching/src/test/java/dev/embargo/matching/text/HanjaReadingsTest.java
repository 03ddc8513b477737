package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hanja read one at a time, by binary search among the syllables, as the whole table derived up front reads them. */
class HanjaReadingsTest {

    /** The table as it was derived before: each hanja with the first syllable sharing its primary key. */
    private static Map<Integer, String> wholeTable() {
        Collator collator = Collator.getInstance(ULocale.KOREAN);
        collator.setStrength(Collator.PRIMARY);
        Map<String, String> syllableByKey = new HashMap<>();
        for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
            syllableByKey.putIfAbsent(key(collator, cp), Character.toString(cp));
        }
        Map<Integer, String> readings = new HashMap<>();
        for (int[] block : new int[][] {{0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String syllable = syllableByKey.get(key(collator, cp));
                if (syllable != null) {
                    readings.put(cp, syllable);
                }
            }
        }
        return readings;
    }

    private static String key(Collator collator, int cp) {
        CollationKey k = collator.getCollationKey(Character.toString(cp));
        return Arrays.toString(k.toByteArray());
    }

    @Test
    void everyHanjaReadsAsTheWholeTableReadsIt() {
        HanjaReadings lazy = HanjaReadings.instance();
        assertThat(lazy.syllablesInOrder()).isTrue();
        Map<Integer, String> table = wholeTable();
        assertThat(table).hasSizeGreaterThan(4_000);
        int read = 0;
        for (int[] block : new int[][] {{0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x3400, 0x3410}}) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                assertThat(lazy.reading(cp)).as("U+%04X", cp).isEqualTo(table.get(cp));
                read += lazy.reading(cp) == null ? 0 : 1;
            }
        }
        assertThat(read).isEqualTo(table.size());
    }

    @Test
    void namesReadSyllableBySyllable() {
        assertThat(HanjaReadings.instance().toHangul("金正恩")).isEqualTo("김정은");
        assertThat(HanjaReadings.instance().toHangul("李 明")).isEqualTo("리 명");
        // A character of an extension block is not read: the name has no Korean reading.
        assertThat(HanjaReadings.instance().toHangul("金\uD840\uDC0B")).isNull();
    }
}
