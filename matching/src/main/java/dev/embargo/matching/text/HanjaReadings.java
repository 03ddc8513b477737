package dev.embargo.matching.text;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Korean (Sino-Korean) readings of Chinese characters: 金正恩 → 김정은. ICU's Korean collation orders each
 * hanja right beside the Hangul syllable it is read as, so two strings share a primary collation key
 * exactly when the hanja reads as that syllable; the table is derived from that once, on first use, and
 * needs no dictionary of our own. Readings come without the South Korean initial-sound law (李 → 리), which
 * is the DPRK usage and what lists mostly print.
 */
public final class HanjaReadings {
    private final Map<Integer, String> readings;

    private HanjaReadings(Map<Integer, String> readings) {
        this.readings = readings;
    }

    private static final class Holder {
        static final HanjaReadings INSTANCE = build();
    }

    /** The shared, immutable table; built on first use (about half a second). */
    public static HanjaReadings instance() {
        return Holder.INSTANCE;
    }

    private static HanjaReadings build() {
        Collator collator = Collator.getInstance(ULocale.KOREAN);
        collator.setStrength(Collator.PRIMARY);
        Map<String, String> syllableByKey = new HashMap<>(16_384);
        for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
            syllableByKey.putIfAbsent(key(collator, cp), new String(Character.toChars(cp)));
        }
        Map<Integer, String> readings = new HashMap<>(16_384);
        for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
            String syllable = syllableByKey.get(key(collator, cp));
            if (syllable != null) {
                readings.put(cp, syllable);
            }
        }
        for (int cp = 0xF900; cp <= 0xFAFF; cp++) {
            String syllable = syllableByKey.get(key(collator, cp));
            if (syllable != null) {
                readings.put(cp, syllable);
            }
        }
        return new HanjaReadings(Map.copyOf(readings));
    }

    private static String key(Collator collator, int cp) {
        CollationKey k = collator.getCollationKey(new String(Character.toChars(cp)));
        return Arrays.toString(k.toByteArray());
    }

    /** The Hangul reading of every hanja in {@code text}; other characters are kept; null when a hanja has no
     *  known reading. */
    public String toHangul(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String r = readings.get(cp);
                if (r == null) {
                    return null;
                }
                out.append(r);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
