package dev.embargo.matching.name;

import dev.embargo.matching.text.WordMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways one name is written that are not spelling: a title before it, a word written twice, a legal form
 * written onto the name (SiemensAG, GAZPROMPAO), a nickname for the given name, a dotted initialism, pinyin
 * against Wade–Giles. Pure functions over a name's text or tokens, used by
 * {@link NameAnalyzer} for listed names and queries alike.
 */
final class NameForms {
    private NameForms() {}

    /**
     * Legal forms that are written onto a name in capitals without a break (GAZPROMPAO, ROSNEFTOAO): forms of
     * three letters or more that end no common word, so a word ending in one is a name with its form.
     * Two-letter forms (AG, SA, AO) end too many names (Musa, Tariq Aziz... Mohammad) to be split off
     * unless the case shows the joint (SiemensAG: {@link #splitJoinedLegalForms}).
     */
    private static final Set<String> SUFFIX_FORMS = Set.of(
            "llc", "ltd", "ltda", "plc", "gmbh", "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ooo", "bhd",
            "corp", "inc", "sarl", "srl", "fzco", "fze", "llp");
    /** Letters left before a joined legal form: a name, not a word that happens to end like one. */
    private static final int MIN_STEM = 3;

    /**
     * Breaks a legal form off the name it is written onto where the case shows the joint: a lower-case letter
     * followed by capitals that, to the word's end, spell a legal form (SiemensAG, RosneftPAO, SiemensGmbH).
     */
    static String splitJoinedLegalForms(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char prev = text.charAt(i - 1);
            char c = text.charAt(i);
            if (!Character.isLowerCase(prev) || !Character.isUpperCase(c)) {
                continue;
            }
            int end = i;
            while (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
            String tail = text.substring(i, end).replace(".", "").toLowerCase(java.util.Locale.ROOT);
            if (LegalForms.isForm(tail)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.insert(i + (out.length() - n), ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    /** The most words on either side of the comma of "FAMILY, Given Middle" that are read as a person's name. */
    private static final int MAX_COMMA_PART_WORDS = 4;

    /**
     * A name written "FAMILY, Given Middle", as the lists and most forms write people, read in the order the
     * given names are said in: "Given Middle FAMILY". The scoring rules that are about the place of a word (a
     * middle name or patronymic on one side only costs little, a missing first given name is a relative, X bin
     * Y) read the first word as the first given name and the last as the family name; written family first, a
     * listed patronymic ("POTEPKIN, Mikhail Sergeyevich") stood where the family name should, and a query
     * without it lost the family name. Only a text with one comma, one family name before it and at most four
     * words after it, none a legal form or a number: a company's comma ("OCEAN MARITIME MANAGEMENT COMPANY,
     * LIMITED") says nothing of order.
     */
    static String givenNamesFirst(String text) {
        String turned = turned(text);
        return turned != null ? turned : withoutGivenPartTitles(text);
    }

    /** {@link #givenNamesFirst}'s turned text, or null where it reads the text as written. */
    private static String turned(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
            return null;
        }
        String family = text.substring(0, comma).strip();
        String given = text.substring(comma + 1).strip();
        if (!personLike(family) || !personLike(given)) {
            return null;
        }
        // A title written before the family name ("Alhaji DALAH, Ghaith") stays before the name.
        String[] familyWords = family.split("\\s+");
        int titles = 0;
        while (titles < familyWords.length - 1
                && Titles.isTitle(dev.embargo.matching.text.LatinFolder.fold(familyWords[titles]))) {
            titles++;
        }
        String title = String.join(" ", java.util.Arrays.asList(familyWords).subList(0, titles));
        String name = String.join(" ", java.util.Arrays.asList(familyWords).subList(titles, familyWords.length));
        if (familyWords(name) != 1 || chinese(name + " " + given)) {
            return null;
        }
        return (title.isEmpty() ? "" : title + " ") + given + " " + name;
    }

    /**
     * A person's name written "FAMILY, Given" and kept in that order (two family names, a Chinese or Korean
     * name) without the titles that open its given part: "GHIASSOUDDINE AGHA, SAYYED" is said "Sayyed
     * Ghiassouddine Agha", and the title that stands first when the name is said is dropped as it is from a name
     * written given names first (by {@link #withoutTitlesAndRepeats}: only where two name words stay). Read with
     * it, the same person written the two ways had a word the other lacked, and a double family name with a
     * title is how lists and forms write many Afghan, Pakistani and Arab names (Sayed, Haji, Maulavi, Mullah).
     */
    private static String withoutGivenPartTitles(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
            return text;
        }
        String family = text.substring(0, comma).strip();
        String given = text.substring(comma + 1).strip();
        if (!personLike(family) || !personLike(given)) {
            return text;
        }
        String[] givenWords = given.split("\\s+");
        int titles = 0;
        while (titles < givenWords.length
                && Titles.isTitle(dev.embargo.matching.text.LatinFolder.fold(givenWords[titles]))) {
            titles++;
        }
        if (titles == 0) {
            return text;
        }
        String rest = String.join(" ", java.util.Arrays.asList(givenWords).subList(titles, givenWords.length));
        if (familyWords(family) + familyWords(rest) < 2) {
            return text;
        }
        return rest.isEmpty() ? family : family + ", " + rest;
    }

    /**
     * The number of words of the family name {@link #givenNamesFirst} puts last in {@code text}, or -1 when it
     * reads the text as written.
     */
    static int familyWordsPutLast(String text) {
        if (turned(text) == null) {
            return -1;
        }
        String family = text.substring(0, text.indexOf(',')).strip();
        String[] words = family.split("\\s+");
        int titles = 0;
        while (titles < words.length - 1 && Titles.isTitle(dev.embargo.matching.text.LatinFolder.fold(words[titles]))) {
            titles++;
        }
        String name = String.join(" ", java.util.Arrays.asList(words).subList(titles, words.length));
        String folded = dev.embargo.matching.text.LatinFolder.fold(name);
        return folded.isEmpty() ? 0 : folded.split(" ").length;
    }

    /**
     * A name of Chinese or Korean syllables only ("DU, Changgen", "KIM, Jong Un"): written family first as it is
     * said, and read so by {@link ChineseSyllables} and the joined-word rule (Kimjongun).
     */
    private static boolean chinese(String text) {
        String[] words = dev.embargo.matching.text.LatinFolder.fold(text).split(" ");
        // Korean names too ("KIM, Jong Un", "PAK, Yong Sik"): three syllables or more, none longer than four.
        if (words.length >= 3 && java.util.Arrays.stream(words).allMatch(w -> w.length() <= 4)) {
            return true;
        }
        for (String w : words) {
            if (!w.isEmpty() && ChineseSyllables.systemOf(w) == ChineseSyllables.System.NONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a family name that are not particles (AL-TIKRITI is one). Two family names ("GONZALEZ
     * VALENCIA, Abigael": the father's and the mother's) stay first: given first, the father's name would stand
     * where middle names stand and cost as little as one, and "Abigail Valencia" would be taken for her.
     */
    private static int familyWords(String family) {
        int n = 0;
        for (String w : dev.embargo.matching.text.LatinFolder.fold(family).split(" ")) {
            if (!w.isEmpty() && !NameAnalyzer.PARTICLES.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static boolean personLike(String part) {
        String folded = dev.embargo.matching.text.LatinFolder.fold(part);
        if (folded.isEmpty()) {
            return false;
        }
        String[] words = folded.split(" ");
        if (words.length > MAX_COMMA_PART_WORDS) {
            return false;
        }
        List<String> list = List.of(words);
        for (int i = 0; i < words.length; i++) {
            if (LegalForms.isForm(words[i])
                    || LegalForms.phraseLength(list, i) > 0
                    || Character.isDigit(words[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A bracketed word closing a name: "RECONNAISSANCE GENERAL BUREAU (RGB)", "JAMAAT-UL-AHRAR (JuA)". */
    private static final Pattern CLOSING_ACRONYM =
            Pattern.compile("^(.*[\\p{L}\\p{N}.])\\s*\\(\\s*([\\p{L}][\\p{L}.\\-]{1,11})\\s*\\)\\s*$");

    /**
     * The name without the acronym it is followed by in brackets, where the acronym spells the initials of the
     * name's words: "ISLAMIC INTERNATIONAL BRIGADE (IIB)" is "ISLAMIC INTERNATIONAL BRIGADE", and another list
     * writes it without the brackets; read with the acronym it had a word the other name lacks. A bracketed word
     * that does not spell the initials is something else, a place or a branch ("AL-HARAMAIN (BANGLADESH)"), and
     * stays.
     */
    static String withoutOwnAcronym(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = CLOSING_ACRONYM.matcher(text);
        if (!m.matches()) {
            return text;
        }
        String acronym = m.group(2);
        int capitals = 0;
        for (int i = 0; i < acronym.length(); i++) {
            capitals += Character.isUpperCase(acronym.charAt(i)) ? 1 : 0;
        }
        if (capitals < 2) {
            return text;
        }
        return Acronyms.spellsInitials(acronym, m.group(1)) ? m.group(1).strip() : text;
    }

    /** Splits a legal form of {@link #SUFFIX_FORMS} off the end of the name's last word (gazprompao). */
    static List<String> splitLegalSuffix(List<String> words) {
        if (words.isEmpty()) {
            return words;
        }
        String last = words.getLast();
        if (LegalForms.isForm(last)) {
            return words;
        }
        // A form of five letters or more written on (SERVICESLIMITED, TRADINGCORPORATION, MANAGEMENTCOLTD)
        // ends no name word that keeps a stem of MIN_STEM letters before it: the words that end in one begin
        // with a prefix of two (unlimited, incorporated, accompany).
        for (int len = Math.min(LegalForms.LONGEST_JOINED, last.length() - MIN_STEM); len >= 5; len--) {
            String suffix = last.substring(last.length() - len);
            if (LegalForms.isForm(suffix)) {
                List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
                out.add(last.substring(0, last.length() - len));
                out.add(suffix);
                return out;
            }
        }
        for (int len = 4; len >= 3; len--) {
            if (last.length() - len < MIN_STEM) {
                continue;
            }
            String suffix = last.substring(last.length() - len);
            if (SUFFIX_FORMS.contains(suffix)) {
                List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
                out.add(last.substring(0, last.length() - len));
                out.add(suffix);
                return out;
            }
        }
        return words;
    }

    /**
     * The tokens without the titles before the name (Mr, Dr, Sheikh, General: {@link Titles}) and without a word
     * that repeats the word before it. A title is dropped only where two name words or initials follow it and
     * the name has no legal form (General Dynamics Corp keeps its first word), so a title that is itself how a
     * party is known ("Mullah Omar") stays.
     */
    /** Words of Arabic and Berber names that join a person to a parent or a child: bin, ibn, bint, ould, abu. */
    private static final Set<String> LINEAGE =
            Set.of("bin", "ibn", "bint", "binti", "ben", "ould", "walad", "abu", "abou", "bou");

    static List<Token> withoutTitlesAndRepeats(List<Token> tokens) {
        int start = 0;
        boolean legalForm = false;
        for (Token t : tokens) {
            legalForm |= t.kind() == TokenKind.LEGAL_FORM;
        }
        if (!legalForm) {
            while (start < tokens.size()
                    && tokens.get(start).kind() == TokenKind.WORD
                    && Titles.isTitle(tokens.get(start).text())
                    && nameWordsFrom(tokens, start + 1) >= 2) {
                start++;
            }
        }
        List<Token> out = null;
        // In a name that gives its lineage (Ali Saed bin Ali), a word twice is a father's or grandfather's name
        // equal to one's own, not a word typed twice: every word stays, and so does the order bin/ibn tells.
        boolean lineage = false;
        for (Token t : tokens) {
            lineage |= LINEAGE.contains(t.text());
        }
        for (int i = start + 1; i < tokens.size() && !lineage; i++) {
            Token t = tokens.get(i);
            // Chinese given names double a syllable on purpose (Tingting, T'ing-t'ing): a syllable twice stays.
            if (t.kind() == TokenKind.WORD
                    && t.sameText(tokens.get(i - 1))
                    && ChineseSyllables.systemOf(t.text()) == ChineseSyllables.System.NONE) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(start, i));
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        if (out != null) {
            return List.copyOf(out);
        }
        return start == 0 ? tokens : List.copyOf(tokens.subList(start, tokens.size()));
    }

    private static int nameWordsFrom(List<Token> tokens, int from) {
        int n = 0;
        for (int i = from; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.WORD || k == TokenKind.INITIAL) {
                n++;
            }
        }
        return n;
    }

    /** The tokens as {@link ChineseSyllables#chineseTokens} reads them where the name reads as Chinese. */
    static List<Token> withChineseKeys(List<Token> tokens) {
        List<Token> chinese = ChineseSyllables.chineseTokens(tokens);
        return chinese == null ? tokens : chinese;
    }

    /**
     * A query's nickname read as each given name it stands for ({@link #nicknameReadings}), by the nickname: a
     * memo of a pure function: the same nicknames recur, and their given names' keys cost more than a look-up.
     */
    private static final WordMemo<List<Token>> QUERY_NICKNAME_TOKENS = new WordMemo<>(NameForms::asGivenNames);
    /** A listed given name's word read as each name of the same person ({@link #nicknameReadings}), by the word. */
    private static final WordMemo<List<Token>> LISTED_NICKNAME_TOKENS = new WordMemo<>(NameForms::asSameGivenNames);

    /**
     * A nickname as each given name it stands for; nothing for a word the table also gives as a given name
     * (William, Robert, Bob: {@link Nicknames#isGivenName}): in a query it is read as written, and the listed
     * names carry the other direction ({@link #asSameGivenNames}).
     */
    private static List<Token> asGivenNames(String nickname) {
        if (Nicknames.isGivenName(nickname)) {
            return List.of();
        }
        List<String> given = Nicknames.givenNames(nickname);
        List<Token> out = new ArrayList<>(given.size());
        for (String g : given) {
            out.add(readAs(nickname, g, Token.AS_ITS_GIVEN_NAME));
        }
        return List.copyOf(out);
    }

    /**
     * A listed word as each given name it stands for (Bill as Robert, Will as William), and as each given name
     * whose row the word is a form of (Bill as Robert and William, by their rows): what a query of that given
     * name, which is read as written, must meet. Not as a form of the word's own key and skeleton, which is the
     * word, nor twice as one form.
     */
    private static List<Token> asSameGivenNames(String word) {
        List<String> given = Nicknames.givenNames(word);
        List<String> byRows = Nicknames.givenNamesByTheirRows(word);
        if (given.isEmpty() && byRows.isEmpty()) {
            return List.of();
        }
        List<Token> out = new ArrayList<>(given.size() + byRows.size());
        Set<String> seen = new java.util.HashSet<>();
        seen.add(RomanizationVariants.variantKey(word) + " " + RomanizationVariants.skeleton(word));
        for (String g : given) {
            Token t = readAs(word, g, Token.AS_ITS_GIVEN_NAME);
            seen.add(t.variant() + " " + t.skeleton());
            out.add(t);
        }
        for (String g : byRows) {
            Token t = readAs(word, g, Token.AS_GIVEN_NAME_OF_ITS_ROW);
            if (seen.add(t.variant() + " " + t.skeleton())) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** The word with its spelling and the given name's romanisation key and skeleton. */
    private static Token readAs(String word, String givenName, int form) {
        return new Token(
                word,
                RomanizationVariants.variantKey(givenName),
                RomanizationVariants.skeleton(givenName),
                TokenKind.WORD,
                false,
                form);
    }

    /**
     * The name read with its first given name that the nickname table knows as each name of the same person:
     * the word keeps its spelling, so it meets the same word exactly, and takes the other name's variant key, so
     * it meets the other name as a variant, never as the same spelling. A query reads a nickname (Sasha, Liz) as
     * the given names it stands for, and a given name as written; a listed name reads its word both as the given
     * names it stands for and as the given names whose rows hold it ({@link #asSameGivenNames}), once per list:
     * so a query "William Smith" meets a listed "Bill Smith", without a query reading per nickname of William.
     * Two given names that only share a nickname (William and Robert, both Bill) are not read as each other.
     * Only in names of two words or more: a nickname alone names no one. Only in a given name's place
     * ({@link #givenNamePlaces}): a family name that is also a nickname (John HOWIE, Anna BILLY, Maria LIZ) is a
     * family name, and read as Howard it made the name of another family.
     */
    static List<AnalyzedName> nicknameReadings(AnalyzedName name, boolean listed) {
        List<Token> tokens = name.tokens();
        if (nameWordsFrom(tokens, 0) < 2) {
            return List.of();
        }
        WordMemo<List<Token>> memo = listed ? LISTED_NICKNAME_TOKENS : QUERY_NICKNAME_TOKENS;
        boolean[] givenPlaces = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            if (!listed && Nicknames.givenNames(t.text()).isEmpty()) {
                continue;
            }
            List<Token> forms = memo.get(t.text());
            if (forms.isEmpty()) {
                continue;
            }
            if (givenPlaces == null) {
                givenPlaces = givenNamePlaces(name.original(), tokens);
            }
            if (!givenPlaces[i]) {
                continue;
            }
            List<AnalyzedName> out = new ArrayList<>(forms.size());
            for (Token g : forms) {
                List<Token> copy = new ArrayList<>(tokens);
                copy.set(i, g);
                out.add(new AnalyzedName(name.original(), name.reading(), copy));
            }
            return out;
        }
        return List.of();
    }

    /**
     * Which of a name's tokens stand where a given name stands, as the name's structure tells: not the family
     * names of "FAMILY, Given" (put last when read given names first, or kept first with a double family name),
     * not the words written in capitals in a name that has words in lower case too ("John HOWIE", "SMITH Bob");
     * in a name that tells neither, every word before its last name word, the family name of the given-first
     * order in which nicknames are written ("Bill Clinton", "Volodya Zelensky"). Where the original's words do
     * not line up with the tokens (a title dropped, a word split), the last-word rule.
     */
    static boolean[] givenNamePlaces(String original, List<Token> tokens) {
        int n = tokens.size();
        boolean[] given = new boolean[n];
        int comma = original.indexOf(',');
        if (comma > 0 && original.indexOf(',', comma + 1) < 0) {
            int putLast = turned(original) == null ? -1 : familyWordsPutLast(original);
            int givenWords = putLast > 0 ? n - putLast : foldedWords(givenPart(withoutGivenPartTitles(original)));
            if (putLast > 0 && putLast < n) {
                java.util.Arrays.fill(given, 0, n - putLast, true);
                return given;
            }
            if (putLast < 0 && givenWords > 0 && givenWords < n) {
                java.util.Arrays.fill(given, n - givenWords, n, true);
                return given;
            }
        }
        if (comma < 0 && markedByCapitals(original, given)) {
            return given;
        }
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (tokens.get(i).kind() == TokenKind.WORD) {
                last = i;
            }
        }
        java.util.Arrays.fill(given, 0, Math.max(last, 0), true);
        return given;
    }

    /** The text after a name's one comma, or empty. */
    private static String givenPart(String text) {
        int comma = text.indexOf(',');
        return comma < 0 ? "" : text.substring(comma + 1);
    }

    private static int foldedWords(String text) {
        String folded = dev.embargo.matching.text.LatinFolder.fold(text);
        return folded.isEmpty() ? 0 : folded.split(" ").length;
    }

    /**
     * Marks in {@code given} the words not written in capitals, where the original has words of both kinds and
     * its words line up one for one with {@code given}'s places; false (nothing marked) otherwise.
     */
    private static boolean markedByCapitals(String original, boolean[] given) {
        if (original.equals(original.toUpperCase(java.util.Locale.ROOT))
                || original.equals(original.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean[] out = new boolean[given.length];
        int at = 0;
        boolean anyCapitals = false;
        boolean anyOther = false;
        for (String chunk : original.strip().split("\\s+")) {
            int words = foldedWords(chunk);
            boolean capitals = capitals(chunk);
            for (int k = 0; k < words; k++) {
                if (at >= out.length) {
                    return false;
                }
                out[at++] = !capitals;
                anyCapitals |= capitals;
                anyOther |= !capitals;
            }
        }
        if (at != out.length || !anyCapitals || !anyOther) {
            return false;
        }
        System.arraycopy(out, 0, given, 0, out.length);
        return true;
    }

    /** Two or more letters, all capitals. */
    private static boolean capitals(String chunk) {
        int letters = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * A name that is nothing but capital letters written apart, each alone or with a dot ("K. M. D. T.", "K M D
     * T"), three or more, with at most legal forms beside them ("K. M. D. T. Ltd"), with the letters written as
     * one word (KMDT Ltd); null for any other name. A name of single letters alone names no person (initials
     * stand beside a name), so such a query is an organisation's acronym written out, as "K.M.D.T." is; within a
     * name ("J. P. Morgan") the letters are a person's initials and stay.
     */
    static String joinSpacedInitials(String text) {
        String stripped = text.strip();
        // Most names begin with a word of more than one letter, which rules them out: told without splitting.
        if (!startsWithCapitalLetter(stripped)) {
            return null;
        }
        String[] words = SPACES.split(stripped);
        StringBuilder letters = new StringBuilder();
        StringBuilder forms = new StringBuilder();
        for (String w : words) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)) && forms.isEmpty()) {
                letters.append(bare);
            } else if (letters.length() > 0
                    && LegalForms.isForm(
                            dev.embargo.matching.text.LatinFolder.fold(w).replace(" ", ""))) {
                forms.append(' ').append(w);
            } else {
                return null;
            }
        }
        return letters.length() >= Acronyms.MIN_READ_LETTERS ? letters + forms.toString() : null;
    }

    /** What separates the words of {@link #joinSpacedInitials} (compiled once, not per name). */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Whether the text's first word (up to a space of {@link #SPACES}) is one capital letter, maybe with a dot. */
    private static boolean startsWithCapitalLetter(String text) {
        int end = 0;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        if (end == 2 && text.charAt(1) == '.') {
            end = 1;
        }
        return end == 1 && Character.isUpperCase(text.charAt(0));
    }

    /** A character {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Single letters each followed by a dot, two or more: U.S.A., I.R.I.S.L., J.S. */
    private static final Pattern DOTTED_INITIALISM =
            Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{L}\\.){1,}\\p{L}(?![\\p{L}\\p{N}])\\.?");

    /** The text with its dotted initialisms written as one word (I.R.I.S.L. → IRISL); null when it has none. */
    static String joinDottedInitialisms(String text) {
        // Most names have no dot, which the pattern needs: told without running it.
        if (text.indexOf('.') < 0) {
            return null;
        }
        Matcher m = DOTTED_INITIALISM.matcher(text);
        if (!m.find()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(text, last, m.start()).append(m.group().replace(".", ""));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
