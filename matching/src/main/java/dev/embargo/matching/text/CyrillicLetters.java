package dev.embargo.matching.text;

/**
 * What a Cyrillic name's letters say about how to read it, before it is transliterated.
 *
 * <p>Latin look-alikes: lists and typists put Latin letters that look like Cyrillic ones inside Cyrillic words
 * ("Cухов" with a Latin C, "МОШКIН" and "Євгенiй" with a Latin I and i, "Pаїса"), which a transliterator leaves
 * as they are: the word then meets neither its Latin spelling nor its Cyrillic one. A Latin letter inside a word
 * that also holds Cyrillic letters is read as the Cyrillic letter it looks like; a Latin i or I as the і of
 * Ukrainian and Belarusian, the only Cyrillic letter drawn so, which Russian lacks.
 *
 * <p>Ukrainian and Belarusian: Russian BGN/PCGN rules leave their own letters (і, ї, є, ґ, ў) untouched and read
 * their г as g, while the Latin names lists give their citizens follow their own romanisations (Serhiy,
 * Yevhen, Kurchenko; Siarhei, Auramenka): г is h, ў is u. A name with those letters is read by its language's
 * BGN/PCGN system (ICU's Ukrainian-Latin/BGN and Belarusian-Latin/BGN, ў read u as the Belarusian passport
 * system and the lists write it) and also in the Russian form the same names have in Russian-language lists
 * (Sergiy, Avramenka), the letters put as the Russian ones they stand for: і → и, ї → йи, є → е, ґ → г, ў → в.
 * ў, or і with ы or э (letters Ukrainian lacks) and without и (which Belarusian lacks), marks Belarusian; і,
 * ї, є or ґ otherwise marks Ukrainian. A name may mix in letters its language lacks (a Russian surname beside a
 * Ukrainian given name, "Эвсюков Сергiй"): what the language's rules leave, Russian rules read.
 */
public final class CyrillicLetters {
    private CyrillicLetters() {}

    /** The language a Cyrillic name's letters mark, as far as its reading is concerned. */
    public enum Language {
        RUSSIAN,
        UKRAINIAN,
        BELARUSIAN
    }

    /** Latin letters that look like Cyrillic ones, and those letters, at the same index. */
    private static final String LATIN_LOOK_ALIKES = "aceopxyiABCEHKMOPTXI";

    private static final String CYRILLIC_OF_LOOK_ALIKES = "асеорхуіАВСЕНКМОРТХІ";

    /**
     * {@code text} with every Latin look-alike inside a word that holds Cyrillic letters put as its Cyrillic
     * letter; {@code text} itself when there is none.
     */
    public static String withoutLatinLookAlikes(String text) {
        StringBuilder out = null;
        int wordStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLetter(text.charAt(i))) {
                if (mixed(text, wordStart, i)) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    for (int k = wordStart; k < i; k++) {
                        int at = LATIN_LOOK_ALIKES.indexOf(text.charAt(k));
                        if (at >= 0) {
                            out.setCharAt(k, CYRILLIC_OF_LOOK_ALIKES.charAt(at));
                        }
                    }
                }
                wordStart = i + 1;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The word {@code text[from, to)} holds both Cyrillic letters and Latin look-alikes. */
    private static boolean mixed(String text, int from, int to) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic = true;
            } else if (LATIN_LOOK_ALIKES.indexOf(c) >= 0) {
                latin = true;
            }
        }
        return cyrillic && latin;
    }

    /** The language {@code text}'s letters mark (a name without Latin look-alikes, see above). */
    public static Language languageOf(String text) {
        boolean i = false;
        boolean ukrainian = false;
        boolean belarusian = false;
        boolean yeruOrE = false;
        boolean russianI = false;
        for (int k = 0; k < text.length(); k++) {
            switch (text.charAt(k)) {
                case 'і', 'І' -> i = true;
                case 'и', 'И' -> russianI = true;
                case 'ї', 'Ї', 'є', 'Є', 'ґ', 'Ґ' -> ukrainian = true;
                case 'ў', 'Ў' -> belarusian = true;
                case 'ы', 'Ы', 'э', 'Э' -> yeruOrE = true;
                default -> {}
            }
        }
        if (belarusian || (i && yeruOrE && !ukrainian && !russianI)) {
            return Language.BELARUSIAN;
        }
        return ukrainian || i ? Language.UKRAINIAN : Language.RUSSIAN;
    }

    /** A Ukrainian or Belarusian name with its own letters put as the Russian letters they stand for. */
    public static String inRussianLetters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case 'і' -> out.append('и');
                case 'І' -> out.append('И');
                case 'ї' -> out.append("йи");
                case 'Ї' -> out.append("Йи");
                case 'є' -> out.append('е');
                case 'Є' -> out.append('Е');
                case 'ґ' -> out.append('г');
                case 'Ґ' -> out.append('Г');
                case 'ў' -> out.append('в');
                case 'Ў' -> out.append('В');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A Belarusian name with ў put as у, the u the Belarusian passport system and the lists write for it. */
    public static String belarusianUAsU(String text) {
        return text.replace('ў', 'у').replace('Ў', 'У');
    }
}
