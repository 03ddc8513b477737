package dev.embargo.matching.name;

import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import dev.embargo.matching.text.TranscriptionKey;
import dev.embargo.matching.text.Transcriptions;
import dev.embargo.matching.text.WordMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The normalisation chain, one step per line: script → Latin reading(s) → folding → words → legal forms,
 * particles, initials and numbers tagged → romanisation-variant and consonant keys. The same chain serves
 * list names (at index time) and queries, so both sides always meet in the same form.
 */
public final class NameAnalyzer {
    private final Romanizer romanizer = new Romanizer();
    /**
     * The token of each plain word met (its kind, romanisation key and consonant skeleton), by word, for words
     * from scripts with and without written vowels: names repeat their words (the 72,000 words of the
     * evaluation's Latin names are 12,000 distinct ones), and the keys cost more than a look-up. A memo of a
     * pure function shared by the threads; cleared when large, which only costs the next words their keys.
     */
    private final WordMemo<Token> wordTokens = new WordMemo<>(w -> newWordToken(w, false));

    private final WordMemo<Token> vowellessWordTokens = new WordMemo<>(w -> newWordToken(w, true));
    /**
     * What separates the words of a name written in another script: white space as the regular expression \s
     * reads it, ASCII punctuation (\p{Punct}), and the middle dots · and ・. Read character by character
     * ({@link #isWordBreak}) rather than by a pattern's split: every query in another script is split so.
     */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * Every reading of {@code name} as a query: one for Latin text, up to three for Chinese characters; a nickname
     * also as the given names it stands for, a given name only as written (the listed names carry its
     * nicknames: {@link #analyzeListed}).
     */
    public List<AnalyzedName> analyze(String name) {
        return analyze(name, true, false, Integer.MAX_VALUE);
    }

    /**
     * The first readings of {@link #analyze(String)}, up to the one numbered {@code last} (the first
     * {@code last + 1} of its readings, or all it has if fewer): what a caller that uses no later
     * reading needs, without working out the others (a name in Chinese characters read in Korean and Japanese
     * too, a Latin name's nickname readings).
     */
    public List<AnalyzedName> analyzeUpTo(String name, int last) {
        return analyze(name, true, false, last);
    }

    /**
     * The readings of a listed name: as {@link #analyze(String)}, but Chinese characters in Mandarin only, and a
     * nickname also read as the given names whose nickname it is (Bill as William), which queries of those
     * names, read as written, meet: read here once per list, not in every query.
     */
    public List<AnalyzedName> analyzeListed(String name) {
        return analyze(name, false, true, Integer.MAX_VALUE);
    }

    /**
     * The readings of a name compared as the listed side of a pair whose other name is a query ({@code embargo
     * compare}, an explanation against a given party): as {@link #analyzeListed}, with every reading of Chinese
     * characters, as neither name need come from the lists.
     */
    public List<AnalyzedName> analyzeAsListed(String name) {
        return analyze(name, true, true, Integer.MAX_VALUE);
    }

    private List<AnalyzedName> analyze(String name, boolean allHanReadings, boolean listed, int last) {
        List<AnalyzedName> out = new ArrayList<>(1);
        for (java.util.Iterator<Romanizer.Reading> readings = romanizer.readingsInTurn(name, allHanReadings);
                out.size() <= last && readings.hasNext(); ) {
            Romanizer.Reading reading = readings.next();
            if (Transcriptions.isTranscription(reading.how())) {
                addTranscribed(name, reading, out);
                continue;
            }
            String latin = NameForms.givenNamesFirst(
                    NameForms.splitJoinedLegalForms(NameForms.withoutOwnAcronym(reading.latin())));
            String folded = LatinFolder.fold(latin);
            List<String> words = OrganisationAbbreviations.expand(
                    NameForms.splitLegalSuffix(List.of(folded.isEmpty() ? new String[0] : folded.split(" "))));
            boolean dottedY = latin.indexOf('.') >= 0 && DOTTED_Y.matcher(latin).find();
            List<Token> tokens = NameForms.withoutTitlesAndRepeats(tag(words, reading.vowelless(), dottedY));
            // Its family name's Belarusian ў as the Russian в, in a name with a Ukrainian or Belarusian given name
            // or patronymic (Siarhei ... RAUKOU): a query's in its one reading, a listed name's in a reading of its
            // own beside the name as written, whose family key a query of initials and the family name as written
            // (D. Y. Shautsou) meets.
            List<Token> inRussianLetters = reading.how().equals("latin")
                    ? EastSlavicLatinNames.instance().withRussianFamilyLetters(tokens)
                    : tokens;
            boolean familyInRussianLetters = inRussianLetters != tokens;
            if (!listed) {
                tokens = inRussianLetters;
            }
            // Pinyin and Wade-Giles are read in Latin names and in the Mandarin reading of characters, not in
            // readings of Korean or Cyrillic, whose syllables (ri, min, ho) only look alike.
            List<Token> asWadeGiles = null;
            List<Token> asWritten = tokens;
            if (reading.how().equals("latin") || reading.how().equals("pinyin")) {
                tokens = NameForms.withChineseKeys(tokens);
                // A Latin name read as Chinese may be Wade-Giles where pinyin reads its words otherwise.
                if (tokens != asWritten && reading.how().equals("latin")) {
                    asWadeGiles = ChineseSyllables.wadeGilesTokens(asWritten);
                }
            }
            if (!tokens.isEmpty()) {
                AnalyzedName main = new AnalyzedName(name, reading.how(), tokens);
                out.add(main);
                if (!reading.vowelless() && out.size() <= last) {
                    // A listed Latin name read as Chinese syllables (CHENG, Teresa; SHEN, Mike) has its given
                    // name's nicknames read from its words as written: a query of the nickname (Tess, Michael)
                    // is read as written, not as syllables, and meets the syllables only joined.
                    AnalyzedName nicknamesOf =
                            listed && tokens != asWritten && reading.how().equals("latin")
                                    ? new AnalyzedName(name, reading.how(), asWritten)
                                    : main;
                    addDerivedReadings(main, nicknamesOf, latin, listed, out);
                    if (listed && familyInRussianLetters) {
                        out.add(new AnalyzedName(name, reading.how(), inRussianLetters));
                    }
                }
            }
            if (asWadeGiles != null) {
                out.add(new AnalyzedName(name, reading.how(), asWadeGiles));
            }
        }
        if (out.size() <= last && !Romanizer.isLatin(name)) {
            // Original-script names are also compared as written: 김정은 meets 김정은 exactly.
            List<Token> asWritten = new ArrayList<>();
            String lower = name.strip().toLowerCase(java.util.Locale.ROOT);
            for (int end = 0; end < lower.length(); ) {
                int start = end;
                while (start < lower.length() && isWordBreak(lower.charAt(start))) {
                    start++;
                }
                end = start;
                while (end < lower.length() && !isWordBreak(lower.charAt(end))) {
                    end++;
                }
                if (end > start) {
                    String w = lower.substring(start, end);
                    asWritten.add(new Token(w, w, w, TokenKind.WORD, false));
                }
            }
            if (!asWritten.isEmpty()) {
                out.add(new AnalyzedName(name, "as written", asWritten));
            }
        }
        // A reading put after one past the last asked for (a Wade-Giles reading after its main one, whose derived
        // readings were not worked out) would not stand where the whole analysis puts it.
        return last < out.size() - 1 ? new ArrayList<>(out.subList(0, last + 1)) : out;
    }

    /** A character of {@link #PUNCTUATION}, white space or a middle dot. */
    private static boolean isWordBreak(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == '·'
                || c == '・'
                || (c < 0x80 && PUNCTUATION.indexOf(c) >= 0);
    }

    /**
     * A transcribed reading (katakana, Chinese transcription characters): each word is compared only through its
     * {@link TranscriptionKey}, kept in the token's skeleton, as a word of a script without written vowels.
     */
    private static void addTranscribed(String name, Romanizer.Reading reading, List<AnalyzedName> out) {
        List<Token> tokens = new ArrayList<>();
        for (String w : reading.latin().split(" ")) {
            if (!w.isEmpty()) {
                String key = TranscriptionKey.ofTranscription(w, reading.how().equals(Transcriptions.CHINESE));
                tokens.add(new Token(
                        w,
                        w,
                        TranscriptionKey.marked(key, reading.how().equals(Transcriptions.KHMER)),
                        TokenKind.WORD,
                        true));
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new AnalyzedName(name, reading.how(), tokens));
        }
    }

    /**
     * The readings a name's own reading implies, each a way the same party is written: its given name read as
     * the names of the same person the nickname table pairs it with ({@link NameForms#nicknameReadings}), and its dotted initialism written as one word (I.R.I.S.L. as
     * IRISL), or its capital letters written apart (K. M. D. T., K M D T) as one word. A long name's acronym is not read: both names of a pair would have one, and people's names of
     * four words share theirs far too often (Santino Mateo Benjamin Mendez, Seyed Mohammad Bagher Moussavi).
     */
    private void addDerivedReadings(
            AnalyzedName main, AnalyzedName nicknamesOf, String latin, boolean listed, List<AnalyzedName> out) {
        out.addAll(NameForms.nicknameReadings(nicknamesOf, listed));
        String joined = NameForms.joinDottedInitialisms(latin);
        if (joined == null) {
            joined = NameForms.joinSpacedInitials(latin);
        }
        if (joined != null) {
            String folded = LatinFolder.fold(joined);
            List<Token> tokens = NameForms.withoutTitlesAndRepeats(tag(List.of(folded.split(" ")), false, false));
            if (!tokens.isEmpty()) {
                out.add(new AnalyzedName(main.original(), main.reading(), tokens));
            }
        }
    }

    /** How an organisation's acronym reading is read ({@link #acronymReading}): the only organisation holding it. */
    public static final String ACRONYM_READING = "acronym";

    /** How an acronym reading is read that other listed organisations hold too ({@link AcronymHolders}). */
    public static final String SHARED_ACRONYM_READING = "shared acronym";

    /**
     * An organisation's name read as one of its acronyms ({@link Acronyms#ofOrganisation}): the acronym as its one
     * word. Its legal form is not part of it: a one-word query against a name of two words is held low by the
     * name scorer, and a bare acronym is how such names are written. Null when the acronym reads as no word (a
     * particle: "del").
     */
    public AnalyzedName acronymReading(AnalyzedName main, String acronym, boolean shared) {
        Token word = wordTokens.get(acronym);
        if (word.kind() != TokenKind.WORD) {
            return null;
        }
        return new AnalyzedName(main.original(), shared ? SHARED_ACRONYM_READING : ACRONYM_READING, List.of(word));
    }

    /**
     * For a Latin name written "FAMILY, Given" that the analyser reads given names first, the number of words
     * of the family name, which its tokens then end with; -1 for a name read in the order it is written.
     */
    public static int familyWordsPutLast(String latinName) {
        return latinName.indexOf(',') < 0 ? -1 : NameForms.familyWordsPutLast(latinName);
    }

    /** The first (or only) reading; for list names in Latin script the only one. */
    public AnalyzedName analyzeFirst(String name) {
        List<AnalyzedName> all = analyze(name);
        return all.isEmpty() ? new AnalyzedName(name, "latin", List.of()) : all.getFirst();
    }

    private List<Token> tag(List<String> words, boolean vowelless, boolean dottedY) {
        List<Token> tokens = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int legal = LegalForms.phraseLength(words, i);
            if (legal == 0 && words.get(i).length() >= 4 && LegalForms.isJoinedForm(words.get(i))) {
                // A form of several words written as one (coltd, sdnbhd, jusikhoesa).
                legal = 1;
            }
            if (legal > 0) {
                String phrase = String.join("", words.subList(i, i + legal));
                String canonical = LegalForms.canonical(phrase);
                tokens.add(new Token(phrase, canonical, canonical, TokenKind.LEGAL_FORM, false));
                i += legal;
                continue;
            }
            int numberLength = NumberWords.phraseLength(words, i);
            if (numberLength > 0) {
                String value = NumberWords.value(words.subList(i, i + numberLength));
                tokens.add(new Token(value, value, value, TokenKind.NUMBER, false));
                i += numberLength;
                continue;
            }
            String numeral = i > 0 ? NumberWords.numeralValue(words.get(i)) : null;
            if (numeral != null) {
                tokens.add(new Token(numeral, numeral, numeral, TokenKind.NUMBER, false));
                i++;
                continue;
            }
            if (isAssimilatedArticle(words, i)) {
                tokens.add(
                        new Token(words.get(i), ARTICLE.variant(), ARTICLE.skeleton(), TokenKind.PARTICLE, vowelless));
                i++;
                continue;
            }
            if (!vowelless && words.get(i).equals("y") && !conjunctionAt(words, i, dottedY)) {
                tokens.add(Y_INITIAL);
                i++;
                continue;
            }
            tokens.add((vowelless ? vowellessWordTokens : wordTokens).get(words.get(i)));
            i++;
        }
        return List.copyOf(tokens);
    }

    /** The letter Y as an initial, where it is not the conjunction ({@link #conjunctionAt}). */
    private static final Token Y_INITIAL = new Token(
            "y", RomanizationVariants.variantKey("y"), RomanizationVariants.skeleton("y"), TokenKind.INITIAL, false);

    /** A Y written with a dot ("S. Y. Naryshkin", "Y.C. Kim"): an initial, never the Spanish conjunction. */
    private static final java.util.regex.Pattern DOTTED_Y =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{M}'])[Yy]\\.");

    /**
     * Whether the word "y" at {@code i} is the Spanish conjunction that joins two family names (Ortega y Gasset),
     * a particle: only between two words of two letters or more, and never where the name writes a Y with a dot.
     * Anywhere else, first, last or beside another initial ("Y. Kim", "Naryshkin S. Y."), it is an initial.
     */
    private static boolean conjunctionAt(List<String> words, int i, boolean dottedY) {
        return !dottedY
                && i > 0
                && i + 1 < words.size()
                && words.get(i - 1).length() > 1
                && words.get(i + 1).length() > 1;
    }

    private static Token newWordToken(String w, boolean vowelless) {
        TokenKind kind = PARTICLES.contains(w)
                ? TokenKind.PARTICLE
                : w.length() == 1 && Character.isLetter(w.charAt(0))
                        ? TokenKind.INITIAL
                        : allDigits(w) ? TokenKind.NUMBER : TokenKind.WORD;
        String variant = kind == TokenKind.NUMBER ? w : RomanizationVariants.variantKey(w);
        if (kind == TokenKind.WORD && !vowelless) {
            // A Ukrainian or Belarusian given name or patronymic (Siarhei, Mykolayovych) as the Russian one.
            Token russian = EastSlavicLatinNames.instance().asRussianForm(w);
            if (russian != null) {
                return russian;
            }
        }
        String skeleton = kind == TokenKind.NUMBER ? w : RomanizationVariants.skeleton(w);
        return new Token(w, variant, skeleton, kind, vowelless);
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words that belong to a name but are shared by a great many names. */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "bin", "ibn", "bint", "ben", "binti", "bte", "de", "da", "del", "della", "der", "den",
            "des", "di", "du", "dos", "das", "van", "von", "le", "la", "los", "las", "the", "of", "and", "y", "und",
            "et");

    /** The Arabic article al-, the form its assimilated spellings are compared in (after PARTICLES, which it reads). */
    private static final Token ARTICLE = newWordToken("al", false);

    /**
     * The article al- as it is said before a word beginning with a "sun letter", and often written: ad-Din,
     * ash-Shabaab, az-Zawahiri, an-Nusra. Taken for the article only before a word that begins with the
     * article's consonant(s), so that As, An or At otherwise stay words.
     */
    private static final Set<String> ASSIMILATED_ARTICLES =
            Set.of("ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "esh", "et", "ez");

    static boolean isAssimilatedArticle(List<String> words, int i) {
        String w = words.get(i);
        if (i + 1 >= words.size() || !ASSIMILATED_ARTICLES.contains(w)) {
            return false;
        }
        String next = words.get(i + 1);
        return next.length() >= 3 && next.startsWith(w.substring(1));
    }

    /** Number words to digits, so "Brigade Forty-Four" and "Brigade 44" agree. */
    static final class NumberWords {
        private static final Map<String, Integer> VALUES = Map.ofEntries(
                Map.entry("zero", 0),
                Map.entry("one", 1),
                Map.entry("two", 2),
                Map.entry("three", 3),
                Map.entry("four", 4),
                Map.entry("five", 5),
                Map.entry("six", 6),
                Map.entry("seven", 7),
                Map.entry("eight", 8),
                Map.entry("nine", 9),
                Map.entry("ten", 10),
                Map.entry("eleven", 11),
                Map.entry("twelve", 12),
                Map.entry("thirteen", 13),
                Map.entry("fourteen", 14),
                Map.entry("fifteen", 15),
                Map.entry("sixteen", 16),
                Map.entry("seventeen", 17),
                Map.entry("eighteen", 18),
                Map.entry("nineteen", 19),
                Map.entry("twenty", 20),
                Map.entry("thirty", 30),
                Map.entry("forty", 40),
                Map.entry("fifty", 50),
                Map.entry("sixty", 60),
                Map.entry("seventy", 70),
                Map.entry("eighty", 80),
                Map.entry("ninety", 90),
                // Ordinals name ships and units as often as cardinals do (First Ocean, 1st Ocean).
                Map.entry("first", 1),
                Map.entry("second", 2),
                Map.entry("third", 3),
                Map.entry("fourth", 4),
                Map.entry("fifth", 5),
                Map.entry("sixth", 6),
                Map.entry("seventh", 7),
                Map.entry("eighth", 8),
                Map.entry("ninth", 9),
                Map.entry("tenth", 10));

        /** Roman numerals of two letters or more made of I, V and X, up to 39: the numbers of ships and units. */
        private static final Map<String, String> ROMAN = roman();

        private static Map<String, String> roman() {
            String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
            String[] tens = {"", "x", "xx", "xxx"};
            Map<String, String> map = new java.util.HashMap<>();
            for (int t = 0; t < tens.length; t++) {
                for (int o = 0; o < ones.length; o++) {
                    String numeral = tens[t] + ones[o];
                    if (numeral.length() >= 2) {
                        map.put(numeral, Integer.toString(10 * t + o));
                    }
                }
            }
            return Map.copyOf(map);
        }

        /**
         * The value of a word written as a Roman numeral (VII → 7) or an ordinal in digits (3rd → 3), or null.
         * Read so after a name's first word only, and not where the numeral is a Chinese syllable (Xi), which
         * the name more likely is.
         */
        static String numeralValue(String w) {
            String roman = ROMAN.get(w);
            if (roman != null) {
                return ChineseSyllables.systemOf(w) == ChineseSyllables.System.NONE ? roman : null;
            }
            int n = w.length();
            if (n >= 3 && n <= 9 && Character.isDigit(w.charAt(0)) && allDigits(w.substring(0, n - 2))) {
                String suffix = w.substring(n - 2);
                if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                    return Integer.toString(Integer.parseInt(w.substring(0, n - 2)));
                }
            }
            return null;
        }

        static int phraseLength(List<String> words, int start) {
            int n = 0;
            while (start + n < words.size() && VALUES.containsKey(words.get(start + n)) && n < 2) {
                if (n == 1 && (VALUES.get(words.get(start)) < 20 || VALUES.get(words.get(start + 1)) >= 10)) {
                    break;
                }
                n++;
            }
            return n;
        }

        static String value(List<String> words) {
            int v = 0;
            for (String w : words) {
                v += VALUES.get(w);
            }
            return Integer.toString(v);
        }
    }
}
