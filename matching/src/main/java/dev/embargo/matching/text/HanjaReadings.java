package dev.embargo.matching.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Korean (Sino-Korean) readings of Chinese characters: 金正恩 → 김정은. ICU's Korean collation orders each
 * hanja right beside the Hangul syllable it is read as, so a hanja and a syllable compare equal at primary
 * strength exactly when the hanja reads as that syllable; the syllables themselves follow each other in
 * that order as in code point order, so a hanja's syllable is found by binary search among them (a dozen
 * comparisons), once per hanja met, and needs no dictionary of our own. Readings come without the South
 * Korean initial-sound law (李 → 리), which is the DPRK usage and what lists mostly print.
 *
 * <p>Worked out per character as names need them: deriving the whole table up front took a quarter of a
 * second of the first query in Chinese characters, on one core while the other waited for it.
 */
public final class HanjaReadings {
    private static final int FIRST_SYLLABLE = 0xAC00;
    private static final int LAST_SYLLABLE = 0xD7A3;
    /** What the memo holds for a hanja without a reading (a map cannot hold null). */
    private static final String NO_READING = "";

    /** Frozen: ICU documents a frozen collator as safe to share between threads. */
    private final Collator collator;
    /** Memo of a pure function, bounded by the hanja of the two blocks read. */
    private final ConcurrentHashMap<Integer, String> readings = new ConcurrentHashMap<>();

    private HanjaReadings(Collator collator) {
        this.collator = collator;
    }

    private static final class Holder {
        static final HanjaReadings INSTANCE = create();
    }

    /** The shared instance. */
    public static HanjaReadings instance() {
        return Holder.INSTANCE;
    }

    private static HanjaReadings create() {
        Collator collator = Collator.getInstance(ULocale.KOREAN);
        collator.setStrength(Collator.PRIMARY);
        return new HanjaReadings(collator.freeze());
    }

    /** The Hangul syllable {@code cp} reads as; null when it is not a hanja of the blocks read or has none. */
    String reading(int cp) {
        if (!((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF))) {
            return null;
        }
        String r = readings.computeIfAbsent(cp, this::search);
        return r.isEmpty() ? null : r;
    }

    /** The syllable comparing equal to {@code cp} at primary strength, by binary search; NO_READING if none. */
    private String search(int cp) {
        String hanja = Character.toString(cp);
        int lo = FIRST_SYLLABLE;
        int hi = LAST_SYLLABLE;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            String syllable = Character.toString(mid);
            int c = collator.compare(syllable, hanja);
            if (c == 0) {
                return syllable;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return NO_READING;
    }

    /** Whether every syllable sorts strictly after the one before it (what the binary search relies on). */
    boolean syllablesInOrder() {
        for (int cp = FIRST_SYLLABLE + 1; cp <= LAST_SYLLABLE; cp++) {
            if (collator.compare(Character.toString(cp - 1), Character.toString(cp)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The Hangul reading of every hanja in {@code text}; other characters are kept; null when a hanja has no
     *  known reading. */
    public String toHangul(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String r = reading(cp);
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
