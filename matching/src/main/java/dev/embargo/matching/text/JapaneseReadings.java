package dev.embargo.matching.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese readings of names written in kanji and kana (山田太郎 → "yamada taro"), through the Kuromoji
 * morphological analyser's dictionary, then Hepburn romanisation without long-vowel marks (the way
 * passports and lists write Japanese names: Taro, not Tarou).
 */
public final class JapaneseReadings {
    private final Transliterator katakanaToLatin =
            Transliterator.getInstance("Katakana-Latin; Hiragana-Latin; Latin-ASCII");
    /** Reused between calls (Lucene tokenizers are reset for each new text); one instance per thread. */
    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);

    private final CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
    /**
     * Latin spellings of the kana readings met so far: ICU's transliteration of a reading is the costly part of
     * reading a name, and names are made of a few thousand readings. A memo of a pure function, per instance
     * (so per thread), bounded: once full it stops growing.
     */
    private final java.util.Map<String, String> latinOfReading = new java.util.HashMap<>();

    private static final int MEMO_LIMIT = 50_000;

    /** Romanised reading, words separated by spaces; null when some word has no reading. Not thread-safe. */
    public String romanize(String text) {
        StringBuilder out = new StringBuilder();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String r = reading.getReading();
                String word = r != null ? r : term.toString();
                String latin = latinOfReading.get(word);
                if (latin == null) {
                    latin = katakanaToLatin.transliterate(word);
                    if (latinOfReading.size() < MEMO_LIMIT) {
                        latinOfReading.put(word, latin);
                    }
                }
                if (hasNonAsciiLetter(latin)) {
                    return null;
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(simplifyLongVowels(latin.toLowerCase(java.util.Locale.ROOT)));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    private static boolean hasNonAsciiLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp > 127 && Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String simplifyLongVowels(String s) {
        return s.replace("ou", "o").replace("uu", "u").replace("oo", "o").replace("~", "");
    }
}
