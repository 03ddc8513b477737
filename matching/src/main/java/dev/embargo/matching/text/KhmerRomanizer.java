package dev.embargo.matching.text;

/**
 * Reads Khmer script into Latin letters by the BGN/PCGN 1972 romanization of Khmer, the system UNGEGN reports for
 * Cambodia's names and PCGN uses for them ("Romanization of Khmer (Cambodian), BGN/PCGN 1972 Agreement", checked
 * October 2017; PCGN, "Toponymic Factfile: Cambodia"). ICU has no Khmer-Latin transliterator; this table is
 * written from the standard's tables of consonants, dependent and independent vowels and diacritics.
 *
 * <p>Khmer writes syllables: each consonant belongs to the first (â) or the second (ô) series, and the series
 * decides how its inherent vowel and each dependent vowel after it are read (ា is a after ក, éa after គ). A
 * consonant written below another (after the coeng, U+17D2) joins its cluster, and the cluster takes the series
 * of its last consonant that is not a sonorant (ស្ពាន, spéan), else of its first (ស្រី, srei), and a cluster under
 * ហ that of ហ, which is written there for it (ហ្គា, ha-ka read ga). The muusikatoan
 * (៉) moves a second-series consonant to the first series, the triisap (៊) a first-series one to the second
 * (ស៊ី, si). The signs after a vowel change it (ំ m, ះ h, ៈ a short a; ាំង is ăng), and the bantoc (់) on a
 * final consonant shortens the vowel before it (បាត់ដំបង, Bătdâmbâng). A cluster with no vowel of its own closes
 * the syllable before it when that syllable is open and the next cluster has a vowel or there is none (សែន,
 * sên; ភាព, phéap); else it opens a syllable with the inherent vowel (ប្រជាជន, prâchéachôn).
 *
 * <p>The reading keeps the standard's diacritics (â, ô, é, ĕ, ŭ, œ), which the analyser folds away; the glottal
 * អ, which the standard writes ’ inside a word, is left out, as the apostrophe would cut the word in two. One pass
 * over the text, each cluster looked at twice at most: linear time. Characters of other scripts pass unchanged,
 * Khmer digits become ASCII digits, Khmer punctuation and the zero-width space that separates words a space.
 */
public final class KhmerRomanizer {
    private static final int FIRST_CONSONANT = 0x1780;
    private static final int LAST_CONSONANT = 0x17A2;
    private static final int BA = 0x1794;
    private static final int NGO = 0x1784;
    private static final int KO = 0x1782;
    private static final int NYO = 0x1789;
    private static final int VO = 0x179C;
    private static final int SA = 0x179F;
    private static final int HA = 0x17A0;
    private static final int YO = 0x1799;
    private static final int AA = 0x17B6;
    private static final int U = 0x17BB;
    private static final int OO = 0x17C4;
    private static final int NIKAHIT = 0x17C6;
    private static final int REAHMUK = 0x17C7;
    private static final int YUUKALEAPINTU = 0x17C8;
    private static final int MUUSIKATOAN = 0x17C9;
    private static final int TRIISAP = 0x17CA;
    private static final int BANTOC = 0x17CB;
    private static final int ROBAT = 0x17CC;
    private static final int SAMYOK_SANNYA = 0x17D0;
    private static final int COENG = 0x17D2;
    /** A cluster's vowel when it has none written: the inherent one. */
    private static final int INHERENT = 0;

    /** The consonants U+1780..U+17A2 in the standard's letters; អ, the vowel carrier, is silent. */
    private static final String[] CONSONANTS = {
        "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t", "th", "t", "th",
        "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""
    };

    /** The consonants of the second (ô) series; the others are of the first (â). */
    private static final String SECOND_SERIES = "គឃងជឈញឌឍទធនពភមយរលវ";

    /** The sonorants, which in a cluster leave the series to a consonant beside them. */
    private static final String SONORANTS = "ងញណនមយរលវឡ";

    /** The dependent vowels U+17B6..U+17C5, read after a first-series cluster and after a second-series one. */
    private static final String[][] VOWELS = {
        {"a", "éa"},
        {"ĕ", "ĭ"},
        {"ei", "i"},
        {"œ̆", "œ̆"},
        {"œ", "œ"},
        {"ŏ", "ŭ"},
        {"o", "u"},
        {"uŏ", "uŏ"},
        {"aeu", "eu"},
        {"eua", "eua"},
        {"iĕ", "iĕ"},
        {"é", "é"},
        {"ê", "ê"},
        {"ai", "ey"},
        {"aô", "oŭ"},
        {"au", "ŏu"}
    };

    /** The independent vowels U+17A3..U+17B3, each a syllable of its own. */
    private static final String[] INDEPENDENT_VOWELS = {
        "â", "a", "ĕ", "ei", "ŏ", "ŏuk", "ŭ", "ŏu", "rœ̆", "rœ", "lœ̆", "lœ", "é", "ai", "aô", "aôy", "âu"
    };

    private KhmerRomanizer() {}

    /** Whether {@code text} holds a character of the Khmer blocks. */
    public static boolean hasKhmer(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= FIRST_CONSONANT && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF)) {
                return true;
            }
        }
        return false;
    }

    /** The Latin reading of {@code text}: Khmer read by the standard, anything else as it is. */
    public static String romanize(String text) {
        return new Reader(text, false).read();
    }

    /**
     * The reading of {@code text} that its transcription key is made from: as {@link #romanize}, but a final
     * consonant v (a vowel to the ear) written w, which the key leaves out as it does vowels, ញ written ny (one
     * consonant, not n and h), and the f, g and z of loanwords (ហ្វ, ហ្គ, ហ្ស) read as those sounds.
     */
    public static String romanizeForKey(String text) {
        return new Reader(text, true).read();
    }

    static boolean isConsonant(int c) {
        return c >= FIRST_CONSONANT && c <= LAST_CONSONANT;
    }

    private static boolean isDependentVowel(int c) {
        return c >= AA && c <= 0x17C5;
    }

    /** A sign that ends a cluster's vowel (ំ ះ ៈ ័), or makes one where none is written. */
    private static boolean isVowelSign(int c) {
        return c == NIKAHIT || c == REAHMUK || c == YUUKALEAPINTU || c == SAMYOK_SANNYA;
    }

    /** The combining marks of the block, dropped where they are not read. */
    private static boolean isMark(int c) {
        return (c >= 0x17B4 && c <= 0x17D3) || c == 0x17DD;
    }

    /** One reading, from left to right; the state of one call, never shared. */
    private static final class Reader {
        private final String text;
        private final boolean forKey;
        private final StringBuilder out;
        private int at;
        /** Whether the syllable last written has a vowel and no final consonant. */
        private boolean open;
        /** Where the vowel of the syllable last written begins in {@link #out}, its kind and series. */
        private int vowelStart = -1;

        private int vowel;
        private boolean secondSeries;

        Reader(String text, boolean forKey) {
            this.text = text;
            this.forKey = forKey;
            this.out = new StringBuilder(text.length() * 2);
        }

        String read() {
            int n = text.length();
            while (at < n) {
                char c = text.charAt(at);
                if (isConsonant(c)) {
                    cluster();
                } else if (c >= 0x17A3 && c <= 0x17B3) {
                    out.append(INDEPENDENT_VOWELS[c - 0x17A3]);
                    vowelStart = -1;
                    open = true;
                    at++;
                } else {
                    if (c >= 0x17E0 && c <= 0x17E9) {
                        out.append((char) ('0' + c - 0x17E0));
                    } else if (c >= 0x17F0 && c <= 0x17F9) {
                        // The lek attak numerals of divination, read as the digits they stand for.
                        out.append((char) ('0' + c - 0x17F0));
                    } else if ((c >= 0x17D4 && c <= 0x17DC) || (c >= 0x19E0 && c <= 0x19FF) || c == '\u200B') {
                        out.append(' ');
                    } else if (c < FIRST_CONSONANT || c > 0x17FF) {
                        out.append(c);
                    }
                    // A mark with no consonant before it (a stray sign, a doubled vowel) is dropped.
                    vowelStart = -1;
                    open = false;
                    at++;
                }
            }
            return out.toString();
        }

        /** Reads the cluster at {@link #at}: its consonants, then its vowel or none, and the signs after it. */
        private void cluster() {
            int start = at;
            int n = text.length();
            int base = text.charAt(at++);
            int seriesFrom = base;
            boolean muusikatoan = false;
            boolean triisap = false;
            boolean robat = false;
            int firstBelow = 0;
            StringBuilder letters = new StringBuilder(4);
            letters.append(CONSONANTS[base - FIRST_CONSONANT]);
            while (at < n) {
                char c = text.charAt(at);
                if (c == COENG && at + 1 < n && isConsonant(text.charAt(at + 1))) {
                    char sub = text.charAt(at + 1);
                    if (firstBelow == 0) {
                        firstBelow = sub;
                    }
                    letters.append(CONSONANTS[sub - FIRST_CONSONANT]);
                    // ហ above a consonant is there to give the cluster its first series (ហ្គ, ហ្វ, ហ្ម).
                    if (SONORANTS.indexOf(sub) < 0 && base != HA) {
                        seriesFrom = sub;
                    }
                    at += 2;
                } else if (c == MUUSIKATOAN) {
                    muusikatoan = true;
                    at++;
                } else if (c == TRIISAP) {
                    triisap = true;
                    at++;
                } else if (c == ROBAT) {
                    robat = true;
                    at++;
                } else if (c == COENG || (isMark(c) && !isDependentVowel(c) && !isVowelSign(c) && c != BANTOC)) {
                    // A coeng with no consonant under it, the toandakhiat and the other marks of learned
                    // spellings: the standard writes the letters they sit on and nothing for them.
                    at++;
                } else {
                    break;
                }
            }
            if (base == BA && (muusikatoan || letters.length() > 1)) {
                // ប៉ is the p of loanwords (ប៉ៃលិន, Pailĭn), and ប with a consonant below it is p (ប្រជាជន,
                // prâchéachôn).
                letters.setCharAt(0, 'p');
            }
            if (forKey && base == HA && firstBelow != 0) {
                loanSound(letters, firstBelow);
            }
            if (forKey && base == NYO) {
                // ញ is one consonant, written nh by the standard and ny by many Latin spellings (Nyunt, Nyein).
                letters.setCharAt(1, 'y');
            }
            boolean second = !muusikatoan && (triisap || SECOND_SERIES.indexOf(seriesFrom) >= 0);
            int v = INHERENT;
            if (at < n && isDependentVowel(text.charAt(at))) {
                v = text.charAt(at++);
            }
            int sign = at < n && isVowelSign(text.charAt(at)) ? text.charAt(at++) : 0;
            if (v == INHERENT && sign == 0 && open && !nextClusterHasNoVowel()) {
                // A final consonant: it closes the open syllable before it.
                appendFinal(letters);
                open = false;
                if (at < n && text.charAt(at) == BANTOC) {
                    at++;
                    shortenVowel();
                }
                if (robat) {
                    out.append('r');
                }
                return;
            }
            out.append(letters);
            if (robat) {
                out.append('r');
            }
            vowelStart = out.length();
            vowel = v;
            secondSeries = second;
            open = true;
            appendVowel(v, sign, second);
            if (at > start && at < n && text.charAt(at) == BANTOC) {
                // A bantoc on an onset (a stray one): nothing to shorten after it.
                at++;
            }
        }

        /**
         * For the key: ហ above វ, គ or ស is how Khmer writes the f, g and z of other languages (ហ្វ, ហ្គ, ហ្ស), and
         * above a sonorant it marks the series, not a sound (ហ្លួង, luŏng): read as the sound, not as h and the letter.
         */
        private static void loanSound(StringBuilder letters, int below) {
            String sound = below == VO ? "f" : below == KO ? "g" : below == SA ? "z" : null;
            if (sound != null) {
                letters.replace(0, 2, sound);
            } else if (SONORANTS.indexOf(below) >= 0) {
                letters.deleteCharAt(0);
            }
        }

        /**
         * A final consonant's letters; for the key of a transcription, a final v as w: Latin spellings of Khmer
         * names write the final វ as the vowel it is heard as (ខៀវ, Khieu; ទាវ, Teav).
         */
        private void appendFinal(StringBuilder letters) {
            if (forKey && letters.length() == 1 && letters.charAt(0) == 'v') {
                out.append('w');
            } else {
                out.append(letters);
            }
        }

        /** Writes a vowel and the sign after it, and notes whether the syllable stays open. */
        private void appendVowel(int v, int sign, boolean second) {
            int s = second ? 1 : 0;
            switch (sign) {
                case NIKAHIT -> {
                    open = false;
                    if (v == INHERENT) {
                        out.append(second ? "um" : "âm");
                    } else if (v == U) {
                        out.append(second ? "ŭm" : "om");
                    } else if (v == AA) {
                        // ាំង is read ăng, the m of the nikahit silent before the ng.
                        boolean beforeNg = at < text.length() && text.charAt(at) == NGO;
                        out.append(second ? "eă" : "ă");
                        if (!beforeNg) {
                            out.append('m');
                        } else {
                            open = true;
                        }
                    } else {
                        out.append(VOWELS[v - AA][s]).append('m');
                    }
                }
                case REAHMUK -> {
                    open = false;
                    if (v == INHERENT || v == AA) {
                        out.append(second ? "eăh" : "ăh");
                    } else if (v == U) {
                        out.append(second ? "uh" : "ŏh");
                    } else if (v == OO) {
                        out.append(second ? "uŏh" : "aôh");
                    } else {
                        out.append(VOWELS[v - AA][s]).append('h');
                    }
                }
                case YUUKALEAPINTU -> out.append(v == INHERENT ? (second ? "eă" : "ă") : VOWELS[v - AA][s]);
                case SAMYOK_SANNYA -> {
                    // ័យ is read as ៃ (ជ័យ, chey); ័ alone as a short a.
                    if (at < text.length() && text.charAt(at) == YO) {
                        at++;
                        out.append(second ? "ey" : "ai");
                        open = false;
                    } else {
                        out.append(second ? "eă" : "ă");
                    }
                }
                default -> out.append(v == INHERENT ? (second ? "ô" : "â") : VOWELS[v - AA][s]);
            }
        }

        /** The bantoc on a final consonant: the vowel before it short (â ă, ô ó, a ă, éa eă). */
        private void shortenVowel() {
            if (vowelStart < 0 || (vowel != INHERENT && vowel != AA)) {
                return;
            }
            int end = vowelEnd();
            String shorter = vowel == INHERENT ? (secondSeries ? "ó" : "ă") : (secondSeries ? "eă" : "ă");
            String finalLetters = out.substring(end);
            out.setLength(vowelStart);
            out.append(shorter).append(finalLetters);
            vowelStart = -1;
        }

        /** Where the vowel last written ends: after its letters, before the final consonant. */
        private int vowelEnd() {
            String written = vowel == INHERENT ? (secondSeries ? "ô" : "â") : VOWELS[vowel - AA][secondSeries ? 1 : 0];
            return Math.min(out.length(), vowelStart + written.length());
        }

        /**
         * Whether the characters after the cluster just read start another cluster with no vowel of its own — the
         * cluster just read then opens a syllable rather than closing one. At a word's end, or before a vowel, a
         * sign or anything but a consonant, it closes.
         */
        private boolean nextClusterHasNoVowel() {
            int n = text.length();
            int i = at;
            if (i < n && text.charAt(i) == BANTOC) {
                return false;
            }
            if (i >= n || !isConsonant(text.charAt(i))) {
                return false;
            }
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (c == COENG && i + 1 < n && isConsonant(text.charAt(i + 1))) {
                    i += 2;
                } else if (c == MUUSIKATOAN || c == TRIISAP || c == ROBAT || c == COENG) {
                    i++;
                } else if (isDependentVowel(c) || isVowelSign(c)) {
                    return false;
                } else if (isMark(c) && c != BANTOC) {
                    i++;
                } else {
                    return true;
                }
            }
            return true;
        }
    }
}
