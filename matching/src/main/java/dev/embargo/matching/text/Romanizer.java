package dev.embargo.matching.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a name in any script into its Latin reading(s), the form all names are compared in:
 * Cyrillic by BGN/PCGN, Greek by UN/ELOT, Hangul syllable by syllable ({@link HangulRomanizer}),
 * Chinese characters in each of their three readings — Mandarin pinyin, Korean ({@link HanjaReadings})
 * and Japanese ({@link JapaneseReadings}) — since a name in hanzi/hanja/kanji does not say which it is;
 * Arabic, Persian and Hebrew letter by letter, marked {@link Reading#vowelless()} because those scripts
 * leave out short vowels and must be compared by consonants. Latin text passes through unchanged.
 *
 * <p>ICU documents its transliterators as stateless, to be shared by threads without synchronising them
 * (its rule-based ones take a lock of their own while they work). Each is created once, on first use, and
 * shared: creating one costs up to half a second (Han-Latin parses thousands of rules), which a copy per
 * thread paid again on every core at start-up. Most calls never reach ICU: readings are memoised per word,
 * and Chinese characters are read one at a time from a table made from ICU ({@link HanPinyin}).
 */
public final class Romanizer {
    /** One Latin reading of a name; {@code vowelless} when the source script does not write short vowels. */
    public record Reading(String latin, String how, boolean vowelless) {}

    /**
     * BGN/PCGN alone, without ICU's Latin-ASCII after it: the analyser's {@link LatinFolder} drops the
     * diacritics (ë) and marks (ʹ) either way, and Latin-ASCII would be most of the cost of a Cyrillic word.
     * One difference, for the better: the hard sign's ʺ, which Latin-ASCII turns into a quotation mark and so
     * into a word break, falls silent inside the word (Объединённая → obyedinennaya, not "ob yedinennaya";
     * Bulgarian Леандър → leandr, not "leand r"). {@code RomanizerCyrillicTest} holds the rest equal.
     */
    private final WordByWord cyrillic = new WordByWord(CYRILLIC_RULES);

    static final String CYRILLIC_RULES = "Russian-Latin/BGN";
    /** Names with Ukrainian or Belarusian letters, read by their own BGN/PCGN systems ({@link CyrillicLetters}). */
    private final WordByWord ukrainian = new WordByWord("Ukrainian-Latin/BGN; " + CYRILLIC_RULES);

    private final WordByWord belarusian = new WordByWord("Belarusian-Latin/BGN; " + CYRILLIC_RULES);
    private final WordByWord greek = new WordByWord("Greek-Latin/UNGEGN; Latin-ASCII");
    /** For the names ICU must read whole; other names in Chinese characters are read from {@link HanPinyin}. */
    private final SharedTransliterator pinyin = new SharedTransliterator(HanPinyin.ICU_RULES);

    private final WordByWord any = new WordByWord("Any-Latin; Latin-ASCII");
    private final ThreadLocal<JapaneseReadings> japanese = ThreadLocal.withInitial(JapaneseReadings::new);
    /** One ICU transliterator, created by the first thread that needs it while the others wait for it. */
    static final class SharedTransliterator {
        private final String id;
        private volatile Transliterator instance;

        SharedTransliterator(String id) {
            this.id = id;
        }

        Transliterator get() {
            Transliterator t = instance;
            if (t == null) {
                synchronized (this) {
                    t = instance;
                    if (t == null) {
                        t = Transliterator.getInstance(id);
                        instance = t;
                    }
                }
            }
            return t;
        }
    }

    /**
     * An ICU transliterator applied one whitespace-separated word at a time, each word's reading remembered:
     * ICU costs tens of microseconds per name in Cyrillic, Devanagari or Thai, a tenth of a query's time,
     * while names repeat their words. The rules of these transliterators do not reach across whitespace: the
     * word-by-word reading equals ICU's whole-name reading for every such name of the lists and the
     * evaluation data (11,774 names, {@code RomanizerWordByWordTest}). The memo is shared by the threads (a
     * memo of a pure function: a race only computes a word twice), as is the transliterator.
     */
    static final class WordByWord {
        private final SharedTransliterator icu;
        private final WordMemo<String> readings;

        WordByWord(String id) {
            this.icu = new SharedTransliterator(id);
            this.readings = new WordMemo<>(word -> icu.get().transliterate(word));
        }

        String transliterate(String text) {
            // Words are what spaces separate. A piece without a letter (a danda, a dash) takes its script from
            // its neighbours in ICU, and other spacing characters become spaces only through ICU: such names
            // are read whole, as ICU reads them.
            if (!wordsWithLetters(text)) {
                return icu.get().transliterate(text);
            }
            StringBuilder out = new StringBuilder(text.length() + 8);
            int i = 0;
            while (i < text.length()) {
                int j = text.indexOf(' ', i);
                if (j == i) {
                    out.append(' ');
                    i++;
                    continue;
                }
                String piece = text.substring(i, j < 0 ? text.length() : j);
                out.append(readings.get(piece));
                i += piece.length();
            }
            return out.toString();
        }

        /** Every piece between spaces holds a letter, and no spacing but the plain space separates them. */
        private static boolean wordsWithLetters(String text) {
            boolean letter = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (c == ' ') {
                    if (!letter && i > 0 && text.charAt(i - 1) != ' ') {
                        return false;
                    }
                    letter = false;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return false;
                } else if (Character.isLetter(c)) {
                    letter = true;
                }
                i += Character.charCount(c);
            }
            return letter || text.isEmpty() || text.charAt(text.length() - 1) == ' ';
        }
    }

    public static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x250 && Character.isLetter(c) && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0xFF00 && c <= 0xFFEF)) {
                return false;
            }
        }
        return true;
    }

    public List<Reading> readings(String text) {
        return readings(text, true);
    }

    /**
     * @param allHanReadings read Chinese characters in all three languages (for queries); when false, only in
     *                       Mandarin, which is enough for list names: a listed party written in hanja or kanji
     *                       has its Latin name beside it, and the characters are also matched as written
     */
    public List<Reading> readings(String text, boolean allHanReadings) {
        if (isLatin(text)) {
            return List.of(new Reading(text, "latin", false));
        }
        List<Reading> out = new ArrayList<>(3);
        readingsInTurn(text, allHanReadings).forEachRemaining(out::add);
        return List.copyOf(out);
    }

    /**
     * {@link #readings(String, boolean)} one at a time, each worked out only when asked for: a caller that needs
     * only the first readings of a name in Chinese characters (the delta scores a record's readings up to the
     * last one a changed listing's names may meet) does not read it in Korean and Japanese too. A reading that
     * repeats an earlier one is left out as {@link #readings(String, boolean)} leaves it out, so the readings
     * given are always the first of those.
     */
    public java.util.Iterator<Reading> readingsInTurn(String text, boolean allHanReadings) {
        if (isLatin(text)) {
            return List.of(new Reading(text, "latin", false)).iterator();
        }
        java.util.BitSet scripts = scriptsOf(text);
        if (scripts.get(UScript.HAN) && !scripts.get(UScript.HIRAGANA) && !scripts.get(UScript.KATAKANA)) {
            List<java.util.function.Supplier<Reading>> inTurn = new ArrayList<>(4);
            inTurn.add(() -> new Reading(pinyin(text), "pinyin", false));
            inTurn.add(() -> present(Transcriptions.chinese(text), Transcriptions.CHINESE, true));
            if (allHanReadings) {
                inTurn.add(() -> {
                    String hangul = HanjaReadings.instance().toHangul(text);
                    return hangul == null ? null : new Reading(HangulRomanizer.romanize(hangul), "korean hanja", false);
                });
                inTurn.add(() -> present(japanese.get().romanize(text), "japanese", false));
            }
            return new Distinct(inTurn.iterator());
        }
        return dedupe(eagerReadings(text, scripts)).iterator();
    }

    /** The readings the suppliers give, in turn, each that is not null nor an earlier one ({@link #dedupe}). */
    private static final class Distinct implements java.util.Iterator<Reading> {
        private final java.util.Iterator<java.util.function.Supplier<Reading>> inTurn;
        private final Set<String> seen = new java.util.HashSet<>();
        private Reading next;

        Distinct(java.util.Iterator<java.util.function.Supplier<Reading>> inTurn) {
            this.inTurn = inTurn;
        }

        @Override
        public boolean hasNext() {
            while (next == null && inTurn.hasNext()) {
                Reading r = inTurn.next().get();
                if (r != null && seen.add(dedupeKey(r))) {
                    next = r;
                }
            }
            return next != null;
        }

        @Override
        public Reading next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Reading r = next;
            next = null;
            return r;
        }
    }

    private static Reading present(String latin, String how, boolean vowelless) {
        return latin != null && !latin.isBlank() ? new Reading(latin, how, vowelless) : null;
    }

    /** The readings of a name in a script other than Chinese characters alone, before repeats are left out. */
    private List<Reading> eagerReadings(String text, java.util.BitSet scripts) {
        List<Reading> out = new ArrayList<>(3);
        if (scripts.get(UScript.HIRAGANA) || scripts.get(UScript.KATAKANA)) {
            addIfPresent(out, japanese.get().romanize(text), "japanese", false);
            // A name all in katakana is most often a foreign name, compared by what its transcription keeps.
            addIfPresent(out, Transcriptions.katakana(text), Transcriptions.KATAKANA, true);
        } else if (scripts.get(UScript.HANGUL)) {
            out.add(new Reading(HangulRomanizer.romanize(text), "hangul", false));
        } else if (scripts.get(UScript.CYRILLIC)) {
            String cyrillicText = CyrillicLetters.withoutLatinLookAlikes(text);
            CyrillicLetters.Language language = CyrillicLetters.languageOf(cyrillicText);
            switch (language) {
                case RUSSIAN -> out.add(new Reading(cyrillic.transliterate(cyrillicText), "cyrillic", false));
                case UKRAINIAN ->
                    out.add(new Reading(ukrainian.transliterate(cyrillicText), "cyrillic (ukrainian)", false));
                case BELARUSIAN ->
                    out.add(new Reading(
                            belarusian.transliterate(CyrillicLetters.belarusianUAsU(cyrillicText)),
                            "cyrillic (belarusian)",
                            false));
            }
            // Given names and patronymics put as the Russian ones, then the letters as Russian letters; also for
            // a name whose letters look Russian but whose given name is not ("Сяргей ХРЫПАЧ").
            String russianForms = EastSlavicGivenNames.instance().inRussianForms(cyrillicText);
            if (language != CyrillicLetters.Language.RUSSIAN || !russianForms.equals(cyrillicText)) {
                out.add(new Reading(
                        cyrillic.transliterate(CyrillicLetters.inRussianLetters(russianForms)),
                        "cyrillic (russian form)",
                        false));
            }
            if (CyrillicKorean.looksKorean(text)) {
                out.add(new Reading(CyrillicKorean.romanize(text), "cyrillic (korean name)", false));
            }
        } else if (scripts.get(UScript.GREEK)) {
            String latin = greek.transliterate(text);
            out.add(new Reading(latin, "greek", false));
            // Greek names carry a nominative ending the same name lacks in other languages
            // (Alexandros / Alexander / Aleksandr, Georgios / George).
            String stem = GREEK_NOMINATIVE.matcher(latin).replaceAll("$1");
            if (!stem.equals(latin)) {
                out.add(new Reading(stem, "greek (stem)", false));
            }
        } else if (scripts.get(UScript.ARABIC)) {
            out.add(new Reading(ArabicLetters.romanize(text), "arabic", true));
            addIfPresent(out, ArabicLetters.romanizeAsPersianSounds(text), "arabic (persian sounds)", true);
        } else if (scripts.get(UScript.HEBREW)) {
            out.add(new Reading(HebrewLetters.romanize(text), "hebrew", true));
            // Vav is a vowel letter (o/u) or the consonant v (David); read it both ways.
            out.add(new Reading(HebrewLetters.romanize(text).replace('w', 'v'), "hebrew (vav as v)", true));
        } else if (scripts.get(UScript.KHMER)) {
            // By BGN/PCGN, with the f, g and z of loanwords read as sounds, and by consonants: Latin spellings of
            // Khmer names follow no one system.
            out.add(new Reading(KhmerRomanizer.romanize(text), "khmer", false));
            out.add(new Reading(KhmerRomanizer.romanizeForKey(text), "khmer (loan sounds)", false));
            addIfPresent(out, Transcriptions.khmer(text), Transcriptions.KHMER, true);
        } else if (scripts.get(UScript.THAI)) {
            out.add(new Reading(any.transliterate(text), "thai", true));
        } else {
            out.add(new Reading(any.transliterate(text), "icu any-latin", false));
        }
        return out;
    }

    /** A word's nominative ending (Alexandros → Alexandr), compiled once rather than per name. */
    private static final java.util.regex.Pattern GREEK_NOMINATIVE =
            java.util.regex.Pattern.compile("(?i)(\\p{L}{3,})(os|as|is|es)\\b");

    private static void addIfPresent(List<Reading> out, String latin, String how, boolean vowelless) {
        if (latin != null && !latin.isBlank()) {
            out.add(new Reading(latin, how, vowelless));
        }
    }

    private static List<Reading> dedupe(List<Reading> readings) {
        Set<String> seen = new LinkedHashSet<>();
        List<Reading> out = new ArrayList<>();
        for (Reading r : readings) {
            if (seen.add(dedupeKey(r))) {
                out.add(r);
            }
        }
        return out;
    }

    /** What makes two readings one: their folded letters, and whether they are compared by consonants. */
    private static String dedupeKey(Reading r) {
        // A reading compared by consonants is another reading than the same letters compared as spelled.
        return (r.vowelless() ? "\u0001" : "") + LatinFolder.fold(r.latin());
    }

    /**
     * The Mandarin reading of {@code text}, as ICU's Han-Latin gives it (from the table, with runs of whitespace
     * as one space and none at the ends; the analyser folds whitespace the same way either way).
     */
    String pinyin(String text) {
        String fromTable = pinyinFromTable(text);
        if (fromTable != null) {
            return fromTable;
        }
        return readByNeighbourAnywhere(text) ? icuPinyin(text) : pinyinWordByWord(text);
    }

    /**
     * The words of a name the table cannot read whole, each read as ICU reads it: where a name's characters
     * beside another script's letters ("稔 Çamurcuoğlu", "수민 梁", "里佳 ถนัดรักษา") sent it to ICU, which reads a
     * name of a few words in tens of microseconds, each word is read from the table or else by ICU once
     * ({@link #pinyinWords}: names repeat their words). Words are what spaces separate; ICU's rules do not reach
     * across a space: Han-Spacedhan's put a space beside a character, letter or bracket, never one beside a space,
     * Latin-ASCII's contexts are letters, and the rules of the characters read by their neighbour (重庆) are
     * left to ICU whole ({@link #readByNeighbourAnywhere}). {@code RomanizerPinyinTest} holds the two equal (with
     * runs of whitespace as one space, none at the ends) over the lists, the evaluation data and mixed text.
     */
    String pinyinWordByWord(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 3);
        int i = 0;
        while (i < text.length()) {
            int j = text.indexOf(' ', i);
            if (j == i) {
                i++;
                continue;
            }
            String word = text.substring(i, j < 0 ? text.length() : j);
            String fromTable = pinyinFromTable(word);
            sb.append(' ').append(fromTable != null ? fromTable : pinyinWords.get(word));
            i += word.length();
        }
        return collapseSpaces(sb);
    }

    /** Each word the table cannot read, as ICU's Han-Latin reads it (a memo of a pure function). */
    private final WordMemo<String> pinyinWords = new WordMemo<>(this::icuPinyin);

    /** Whether a character of {@code text} is one ICU may read by a neighbour that {@code text} holds. */
    private static boolean readByNeighbourAnywhere(String text) {
        HanPinyin table = HanPinyin.instance();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (table.readingOrNull(cp) != null && table.readByNeighbour(cp, text)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with each run of ASCII whitespace as one space and none at the ends. */
    private static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The Mandarin reading of {@code text} made without ICU, or null when ICU must read it whole. Chinese
     * characters are read one at a time from {@link HanPinyin}, the other characters are what ICU's first step
     * (Han-Spacedhan) makes of them (ASCII and the middle dot of 阿不都·哈克 as they are, fullwidth ASCII as
     * ASCII, the ideographic comma and full stop as ',' and '.', the iteration mark of 佐々木 as ⓶), and the
     * spaces that step puts between letters, characters and punctuation are put by {@link #spaceBetween}. Any
     * other character, or a character ICU reads by its neighbour (重庆), sends the name to ICU.
     * {@code RomanizerPinyinTest} checks the two give the same.
     */
    String pinyinFromTable(String text) {
        HanPinyin table = HanPinyin.instance();
        StringBuilder sb = new StringBuilder(text.length() * 4);
        int previous = ' ';
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                previous = ' ';
                pendingSpace = !sb.isEmpty();
                continue;
            }
            String syllable = table.readingOrNull(cp);
            int seen;
            if (syllable != null) {
                if (table.readByNeighbour(cp, text)) {
                    return null;
                }
                seen = IDEOGRAPH;
            } else {
                seen = cp >= 0xFF01 && cp <= 0xFF5E
                        ? cp - 0xFEE0
                        : cp == 0x3001 ? ',' : cp == 0x3002 ? '.' : cp == ITERATION_MARK ? ITERATION_MARK_READING : cp;
                if ((seen <= ' ' || seen > '~') && seen != '·' && seen != ITERATION_MARK_READING) {
                    return null;
                }
            }
            if (pendingSpace || spaceBetween(previous, seen)) {
                sb.append(' ');
            }
            pendingSpace = false;
            if (syllable != null) {
                sb.append(syllable);
            } else {
                sb.appendCodePoint(seen);
            }
            previous = seen;
        }
        return sb.toString();
    }

    /** 々 (佐々木), which Han-Spacedhan writes as ⓶ and Han-Latin leaves so, with no space on either side. */
    private static final int ITERATION_MARK = 0x3005;

    private static final int ITERATION_MARK_READING = 0x24F6;

    /** Stands for any Chinese character in {@link #spaceBetween}. */
    private static final int IDEOGRAPH = -1;

    /**
     * Whether Han-Spacedhan puts a space between {@code previous} and {@code next} (ASCII or {@link #IDEOGRAPH}):
     * its rules {@code [[:Ideographic:][.,:;?!][:Pe:][:Pf:]]{}[:Letter:] > ' '} and
     * {@code [:Letter:][:Mark:]*{}[[:Ideographic:][:Ps:][:Pi:]] > ' '}, for the characters read here.
     */
    private static boolean spaceBetween(int previous, int next) {
        boolean previousLetter = previous == IDEOGRAPH || isAsciiLetter(previous);
        boolean nextLetter = next == IDEOGRAPH || isAsciiLetter(next);
        boolean previousCloses = previous == IDEOGRAPH || ".,:;?!)]}".indexOf(previous) >= 0;
        boolean nextOpens = next == IDEOGRAPH || "([{".indexOf(next) >= 0;
        return (previousCloses && nextLetter) || (previousLetter && nextOpens);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String apply(SharedTransliterator t, String text) {
        return t.get().transliterate(text);
    }

    /** Texts given to ICU's Han-Latin so far (whole names or words): what the table and the memo leave to it. */
    private final java.util.concurrent.atomic.LongAdder pinyinByIcu = new java.util.concurrent.atomic.LongAdder();

    long pinyinReadByIcu() {
        return pinyinByIcu.sum();
    }

    private String icuPinyin(String text) {
        pinyinByIcu.increment();
        return apply(pinyin, text);
    }

    /** The scripts of the letters of {@code text} other than Latin and the shared ones, as a set of ICU codes. */
    private static java.util.BitSet scriptsOf(String text) {
        java.util.BitSet scripts = new java.util.BitSet(256);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int s = UScript.getScript(cp);
                if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.LATIN) {
                    scripts.set(s);
                }
            }
        }
        return scripts;
    }
}
