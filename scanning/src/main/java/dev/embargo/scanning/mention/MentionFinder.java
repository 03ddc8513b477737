package dev.embargo.scanning.mention;

import dev.embargo.lists.Countries;
import dev.embargo.matching.name.Nicknames;
import dev.embargo.scanning.inflection.NameInflections;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.WordLists;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the spans of prose that may name a person, organisation, vessel or aircraft: runs of capitalised or
 * all-capital words (joined across line breaks and line-end hyphens, with name connectors like "van der" or
 * "bin" inside), phrases of scripts without capitals ({@link CaselessSpans}), short quoted phrases, and the
 * surnames of the exonym table. Function words of the text's languages (sentence-initial "Het", "The", "Die",
 * "Les") open no name. Every run yields itself and its tails of up to five words as candidates (a run starts
 * with titles and context words more often than it ends with them: "Generaal Kim Jong Un"); a name is never
 * cut short at its end, so "Kim Jong Il" is not screened as "Kim Jong". The scanner keeps the best-scoring
 * non-overlapping ones.
 *
 * <p>A span may be screened in several forms, the best kept: as written; without the case ending its language
 * puts on names ("Ким Чен Ыном", "Putins"); a hyphen stays inside a name ("Kim Jong-un", "Shim Hyon-sop") unless
 * a suffix noun follows it ("Lazarus-groep", "Hamas-Terroristen": {@link NameSuffixes}), which may stand for a
 * word of listed names ("Lazarus Group"); and an organisation named in full earlier in the text, named again
 * by its first word ("Lazarus"), is screened as that full name.
 */
public final class MentionFinder {
    private static final int MAX_WORDS = 5;

    private MentionFinder() {}

    /** Candidates in a text of any of the four languages: no language's function words open a name. */
    public static List<Mention> candidates(String text) {
        return candidates(text, EnumSet.allOf(Language.class));
    }

    /** Candidates in a text written in {@code languages}: their function words open no name. */
    public static List<Mention> candidates(String text, Set<Language> languages) {
        return find(text, languages).all();
    }

    /**
     * The candidates of a text, as the scanner weighs them: per run of name-like words its spans, longest
     * first (they all end at the run's last word, so at most one of them can be reported), and the quoted
     * phrases, which may overlap runs.
     */
    public record Candidates(List<List<Mention>> runs, List<Mention> quoted) {
        public Candidates {
            runs = List.copyOf(runs);
            quoted = List.copyOf(quoted);
        }

        /** Every candidate: the runs' in text order, then the quoted phrases. */
        public List<Mention> all() {
            List<Mention> all = new ArrayList<>();
            runs.forEach(all::addAll);
            all.addAll(quoted);
            return all;
        }
    }

    /** The candidates of a text written in {@code languages}, by run; German among them capitalises nouns. */
    public static Candidates find(String text, Set<Language> languages) {
        return find(text, languages, languages.contains(Language.DE));
    }

    /**
     * The candidates of a text written in {@code languages}, by run.
     *
     * @param nounsCapitalised whether the text may capitalise its common nouns (German): a capitalised word
     *                         before a one-word name is then not taken for a given name
     */
    public static Candidates find(String text, Set<Language> languages, boolean nounsCapitalised) {
        FunctionWords functionWords = FunctionWords.of(languages);
        NameSuffixes suffixes = NameSuffixes.of(languages);
        Set<String> elisions = elisions(languages);
        List<Word> words = WordSplitter.split(text);
        Emitter emitter = new Emitter(text, languages, nounsCapitalised, suffixes, functionWords);
        List<Word> run = new ArrayList<>();
        List<Word> caseless = new ArrayList<>();
        // The run's last word cut before a hyphen and a lower-case syllable ("Jong" of "Jong-un"): tried too.
        String lastHead = null;
        for (int i = 0; i < words.size(); i++) {
            Word raw = words.get(i);
            // A name does not run on into the next sentence ("... Wagner Group. Bundeskanzler Olaf Scholz").
            if (raw.sentenceStart()) {
                emitter.emit(run, null, lastHead);
                run.clear();
            }
            if (raw.caseless()) {
                emitter.emit(run, null, lastHead);
                run.clear();
                if (!caseless.isEmpty()
                        && (raw.sentenceStart()
                                || !onlySpacesBetween(text, caseless.getLast().end(), raw.start()))) {
                    CaselessSpans.emit(text, caseless, emitter.runs);
                    caseless.clear();
                }
                caseless.add(raw);
                continue;
            }
            if (!caseless.isEmpty()) {
                CaselessSpans.emit(text, caseless, emitter.runs);
                caseless.clear();
            }
            Part part = nameablePart(elided(raw, elisions), suffixes);
            Word w = part == null ? null : part.word();
            // A capitalised function word opens no name ("Maar", "Het"), but inside one it is part of it
            // ("Kim Jong Un", where "Un" is also French for "a"), and so is one in capitals before another
            // word in capitals ("the tanker UN RYUL", "LA PEROUSE"): prose writes its own function words in
            // lower case, or the sentence's first one capitalised, not in capitals.
            boolean nameLike = w != null
                    && (w.capitalised() || w.allCaps())
                    && (!run.isEmpty() || !functionWords.isFunctionWord(w.text()) || opensNameInCapitals(w, words, i));
            boolean connector = w != null
                    && !run.isEmpty()
                    && FunctionWords.isConnector(w.text())
                    && i + 1 < words.size()
                    && startsName(words.get(i + 1), functionWords);
            if (nameLike || connector) {
                run.add(w);
                lastHead = part.head();
                // A compound cut at its suffix noun or lower-case part ends the run there.
                if (part.cut()) {
                    emitter.emit(run, part.suffix(), null);
                    run.clear();
                    lastHead = null;
                }
            } else {
                // A suffix noun standing after the name ("the Lazarus group") says what it names.
                emitter.emit(run, suffixes.isSuffix(raw.text()) ? raw : null, lastHead);
                run.clear();
                lastHead = null;
            }
        }
        emitter.emit(run, null, lastHead);
        if (!caseless.isEmpty()) {
            CaselessSpans.emit(text, caseless, emitter.runs);
        }
        List<Mention> quoted = new ArrayList<>();
        quoted(text, quoted);
        return new Candidates(emitter.runs, quoted);
    }

    private static boolean onlySpacesBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern QUOTED =
            java.util.regex.Pattern.compile("[\"“„«‘']([^\"”“«»‘’'\n]{2,60})[\"”“»’']");

    /**
     * Short quoted phrases ("the vessel “Sea Star”", 'Ocean Glory'): ship and company names are often quoted
     * and need not be capitalised. Phrases of one to four words only; longer quotes are speech, not names.
     */
    private static void quoted(String text, List<Mention> out) {
        java.util.regex.Matcher m = QUOTED.matcher(text);
        // As m.find() would, but the regex is entered only at an opening quote: its search tried the quote
        // class at every character of the text, a twentieth of a scan's time.
        int at = 0;
        while (at < text.length()) {
            if (!isOpeningQuote(text.charAt(at))) {
                at++;
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            Mention phrase = quotedPhrase(m);
            if (phrase != null) {
                out.add(phrase);
            }
        }
    }

    /** The mention a match of {@link #QUOTED} makes: its phrase, when of one to four words with a letter. */
    static Mention quotedPhrase(java.util.regex.MatchResult m) {
        String inner = m.group(1).strip();
        int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
        if (words < 1 || words > 4 || inner.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        int start = m.start(1) + m.group(1).indexOf(inner);
        return new Mention(start, start + inner.length(), inner, inner.replaceAll("\\s+", " "), false);
    }

    /** The first character class of {@link #QUOTED}. */
    private static boolean isOpeningQuote(char c) {
        // Letters and digits, most of a text, lie between ' and « and are passed with one test.
        if (c > '\'' && c < '«') {
            return false;
        }
        return c == '"' || c == '“' || c == '„' || c == '«' || c == '‘' || c == '\'';
    }

    /**
     * Whether {@code w}, a function word, is written in capitals of two letters or more and followed, with
     * only spaces between and in the same sentence, by a word in capitals of two letters or more: then it is
     * the first word of a name written in capitals ("UN RYUL", "LA PEROUSE", "DE BEERS").
     */
    private static boolean opensNameInCapitals(Word w, List<Word> words, int i) {
        if (!w.allCaps() || w.text().length() < 2 || i + 1 >= words.size()) {
            return false;
        }
        Word next = words.get(i + 1);
        return !next.sentenceStart()
                && !next.lineBreakBefore()
                && next.allCaps()
                && next.text().length() >= 2
                && next.start() - w.end() == 1;
    }

    private static boolean startsName(Word w, FunctionWords functionWords) {
        return (w.capitalised() || w.allCaps()) && !functionWords.isFunctionWord(w.text());
    }

    /**
     * Turns runs of name-like words into candidates, in text order, and remembers the organisations named in
     * full so far: a later mention of one by its first word alone ("Lazarus" after "the Lazarus Group") is
     * screened as the full name, marked as standing for it.
     */
    private static final class Emitter {
        /** Words that mark a run as an organisation's name ("Group", "Network", "Bank"), lower case. */
        private static final Set<String> ORGANISATION_WORDS = NameSuffixes.allDesignators();

        private static final int MIN_SHORT_NAME = 3;

        private static final Set<String> DETERMINERS = WordLists.wordsOfAll("determiners");
        /** German common nouns the given-name tables also hold ("Fall", "See"): not a given name in German. */
        private static final Set<String> GERMAN_NOUNS_NAMED_LIKE_GIVEN_NAMES =
                WordLists.words(Language.DE, "nouns-named-like-given-names");

        final List<List<Mention>> runs = new ArrayList<>();
        private final String text;
        private final Set<Language> languages;
        private final boolean nounsCapitalised;
        private final NameSuffixes suffixes;
        /** The full names of organisations named so far, by their first word, lower case. */
        private final Map<String, String> organisations = new HashMap<>();

        private final FunctionWords functionWords;

        Emitter(
                String text,
                Set<Language> languages,
                boolean nounsCapitalised,
                NameSuffixes suffixes,
                FunctionWords functionWords) {
            this.text = text;
            this.languages = languages;
            this.nounsCapitalised = nounsCapitalised;
            this.suffixes = suffixes;
            this.functionWords = functionWords;
        }

        /**
         * The candidates of a run: every tail of up to {@value #MAX_WORDS} words, each as written and in the
         * forms its language gives it (case endings removed, the head of a hyphenated last word, the listed
         * word a suffix noun after it stands for).
         *
         * @param suffix   a suffix noun that ends the run ("groep" of "Lazarus-groep", "group" after it), or null
         * @param lastHead the last word's part before a hyphen, tried too, or null
         */
        void emit(List<Word> run, Word suffix, String lastHead) {
            // Trailing connectors are not part of a name.
            int size = run.size();
            while (size > 0 && FunctionWords.isConnector(run.get(size - 1).text())) {
                size--;
            }
            if (size == 0) {
                return;
            }
            List<Word> words = List.copyOf(run.subList(0, size));
            // A capitalised suffix noun that ends the run ("Lazarus Gruppe") is tried as one after it too.
            if (size > 1 && suffix == null && suffixes.isSuffix(words.getLast().text())) {
                emitTails(words.subList(0, size - 1), words.getLast(), null);
            }
            // A lower-case connector may join a name to the place after it ("Kim Jong Un da Coreia do Norte"):
            // the words before it are tried on their own too.
            for (int k = 1; k < size - 1; k++) {
                if (FunctionWords.isConnector(words.get(k).text())
                        && !words.get(k).capitalised()
                        && !FunctionWords.isConnector(words.get(k - 1).text())) {
                    emitTails(words.subList(0, k), null, null);
                }
            }
            emitTails(words, suffix, lastHead);
        }

        private void emitTails(List<Word> words, Word suffix, String lastHead) {
            int size = words.size();
            List<Mention> out = new ArrayList<>();
            String designator =
                    suffix == null ? null : suffixes.designator(suffix.text()).orElse(null);
            Word last = words.getLast();
            for (int from = Math.max(0, size - MAX_WORDS); from < size; from++) {
                // "der Berg" is no name, but a capitalised particle that opened the run is part of it ("Van
                // Dijk", "Al Qaida"): function words of the text's language never open one
                if (FunctionWords.isConnector(words.get(from).text())
                        && !words.get(from).capitalised()) {
                    continue;
                }
                Word first = words.get(from);
                if (from > 0 && from == size - 1 && givenNameBefore(words, from) && shortName(first) == null) {
                    continue;
                }
                List<String> texts = new ArrayList<>(size - from);
                for (int k = from; k < size; k++) {
                    texts.add(words.get(k).text());
                }
                String q = String.join(" ", texts);
                String written = text.substring(first.start(), last.end());
                Optional<String> full = from == size - 1 ? Exonyms.fullName(q) : Optional.empty();
                if (full.isPresent()) {
                    out.add(new Mention(first.start(), last.end(), written, full.get(), true));
                    continue;
                }
                // The text named this organisation in full before: here the word stands for that name, not
                // for another party that bears the word alone ("Wagner" after "the Wagner Group").
                Mention shortName = from == size - 1 && designator == null ? shortName(first) : null;
                if (shortName != null) {
                    out.add(shortName);
                    continue;
                }
                out.add(new Mention(first.start(), last.end(), written, q, false));
                for (String form : NameInflections.forms(texts, languages)) {
                    out.add(new Mention(first.start(), last.end(), written, form, false));
                }
                if (lastHead != null) {
                    List<String> cut = new ArrayList<>(texts);
                    cut.set(cut.size() - 1, lastHead);
                    out.add(new Mention(first.start(), last.end(), written, String.join(" ", cut), false));
                }
                if (designator != null && !last.text().equalsIgnoreCase(designator)) {
                    out.add(new Mention(
                            first.start(),
                            suffix.end(),
                            text.substring(first.start(), suffix.end()),
                            q + " " + designator,
                            false));
                }
            }
            remember(words, designator);
            if (!out.isEmpty()) {
                runs.add(out);
            }
        }

        /**
         * Whether the last word of a run, screened alone, would leave out a given name of the same person: a
         * run's tails drop the words that stand before a name without being part of it (titles, "Generaal";
         * context nouns, "die Konten"; the compounds of titles, "Außenminister"), but a title-case word of
         * letters right before a one-word surname is, in prose, far more often that person's given name
         * ("Chelsea Hassan", "James Faiz"), and that person is not the one the list names by the surname
         * alone or whose surname the exonym table stands for: the whole run, screened too, is their name. Not
         * where a determiner opens the run ("die Konten Faiz", "die Gruppe Wagner"): a determiner is followed
         * by a common noun, not a given name; not where the word opens a sentence ("Later Sina denied"): there
         * its capital says nothing; not in a text that may be German, where a capitalised noun before a name is
         * a role as often; and not for an organisation the text named in full before (the caller).
         */
        private boolean givenNameBefore(List<Word> words, int last) {
            Word before = words.get(last - 1);
            String t = before.text();
            if (nounsCapitalised && !knownGivenName(t)) {
                // German capitalises every noun: a capitalised word before a surname is as often a role
                // ("Kremlchef Putin", "Staatschef Lukaschenko", "Oligarch Deripaska") as a given name, and a
                // listed party missed costs more than a namesake shown; only a word the given-name tables
                // hold ("Jessica Fox") says it is the person's given name. Also where the language is not
                // clear and the text holds a word only German uses; a text with none (Portuguese, Russian)
                // does not capitalise nouns this way.
                return false;
            }
            if (!before.capitalised()
                    || before.allCaps()
                    || !text.substring(before.end(), words.get(last).start()).isBlank()
                    || FunctionWords.isConnector(t)
                    || functionWords.isFunctionWord(t)
                    || FunctionWords.endsWithTitle(t)
                    || Countries.toIso(t).isPresent()) {
                // A country or nationality word ("Lebanese Hezbollah", "Russian Putin") says where the named
                // party is from, not whose given name it is.
                return false;
            }
            for (int i = 0; i < t.length(); i++) {
                if (!Character.isLetter(t.charAt(i))) {
                    return false;
                }
            }
            return !determinerBefore(words.getFirst().start()) && !opensSentence(before.start());
        }

        /**
         * Whether the word is a given name or nickname of the matcher's tables and not also a German common noun
         * ("Fall", "See").
         */
        private static boolean knownGivenName(String word) {
            String folded = word.toLowerCase(Locale.ROOT);
            return Nicknames.isInTables(folded) && !GERMAN_NOUNS_NAMED_LIKE_GIVEN_NAMES.contains(folded);
        }

        /** Whether only spaces stand between {@code start} and the text's start or a sentence's end. */
        private boolean opensSentence(int start) {
            int i = start;
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                return true;
            }
            char c = text.charAt(i - 1);
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '«';
        }

        /** Whether the word right before {@code start} (spaces between) is a determiner of any language. */
        private boolean determinerBefore(int start) {
            int end = start;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            return begin < end
                    && end < start
                    && DETERMINERS.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
        }

        /** An organisation named before by its full name, here by its first word alone: that full name. */
        private Mention shortName(Word w) {
            String full = organisations.get(w.text().toLowerCase(Locale.ROOT));
            if (full == null || full.equalsIgnoreCase(w.text())) {
                return null;
            }
            return new Mention(w.start(), w.end(), w.text(), full, true);
        }

        /** A run that names an organisation in full ("Lazarus Group", "Lazarus-groep"): by its first word. */
        private void remember(List<Word> words, String designator) {
            Word first = words.getFirst();
            // Only a run with a suffix noun or ending in an organisation word names one; the other tests are
            // asked of those alone (most runs are people and places).
            boolean organisation = designator != null
                    || (words.size() > 1
                            && ORGANISATION_WORDS.contains(
                                    words.getLast().text().toLowerCase(Locale.ROOT)));
            // A country opens many names ("Korea Trading Bank") and stands for none of them alone.
            if (!organisation
                    || first.text().length() < MIN_SHORT_NAME
                    || FunctionWords.isConnector(first.text())
                    || Countries.toIso(first.text()).isPresent()) {
                return;
            }
            String key = first.text().toLowerCase(Locale.ROOT);
            List<String> texts = new ArrayList<>();
            words.forEach(w -> texts.add(w.text()));
            String full = String.join(" ", texts);
            organisations.put(key, designator != null ? full + " " + designator : full);
        }
    }

    /**
     * The part of a word that can be a name, and what the rest of the word says of it.
     *
     * @param word   the part: "Hamas" of "Hamas-terroristen", "Un" of "Un's", the whole "Jong-un"
     * @param cut    whether the word goes on past the part with a suffix noun or a lower-case compound part:
     *               then the name ends with it
     * @param suffix the suffix noun cut off ("groep" of "Lazarus-groep"), with its offsets; or null
     * @param head   for a word kept whole with a lower-case syllable after a hyphen ("Jong-un", "Hyon-sop"),
     *               the part before it, also tried ("Kim-regime" is rare, but "Hamas-top" is Dutch); or null
     */
    record Part(Word word, boolean cut, Word suffix, String head) {}

    /**
     * A romanised syllable of a Korean or Chinese given name as written after a hyphen ("Jong-un", "Hyon-sop",
     * "Il-sung", "Yong-chol", "Myong-hwan"): a few consonants, vowels (w, y glides), and a final n, ng, m, k, l,
     * p, t or r. Anything longer after a lower-case hyphen is a compound ("Hamas-terroristen").
     */
    private static final java.util.regex.Pattern ROMANISED_SYLLABLE =
            java.util.regex.Pattern.compile("[bcdfghjklmnpqrstvz]{0,3}[aeiouyw]{1,3}(?:ng|n|m|k|l|p|t|r)?");

    /** The part of a word that can be a name ({@link Part}); null when nothing is. */
    static Part nameablePart(Word w, NameSuffixes suffixes) {
        if (w == null) {
            return null;
        }
        String t = w.text();
        if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
            String head = t.substring(0, t.length() - 2);
            w = new Word(head, w.start(), w.start() + head.length(), w.lineBreakBefore(), w.sentenceStart());
            t = head;
        }
        int lastHyphen = t.lastIndexOf('-');
        if (lastHyphen > 0 && lastHyphen + 1 < t.length()) {
            String last = t.substring(lastHyphen + 1).strip();
            if (suffixes.isSuffix(last)) {
                // "Lazarus-groep", "Hamas-Terroristen", "Kim Jong-un-Regime": the name is before the noun.
                Word suffix = new Word(last, w.end() - last.length(), w.end(), false, false);
                return new Part(cutAt(w, lastHyphen), true, suffix, null);
            }
        }
        int hyphen = t.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < t.length()) {
            String after = t.substring(hyphen + 1).replaceAll("^\\s+", "");
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0))) {
                if (ROMANISED_SYLLABLE.matcher(after).matches()) {
                    return new Part(w, false, null, t.substring(0, hyphen));
                }
                return new Part(cutAt(w, hyphen), true, null, null);
            }
        }
        return new Part(w, false, null, null);
    }

    private static Word cutAt(Word w, int at) {
        String head = w.text().substring(0, at);
        return new Word(head, w.start(), w.start() + head.length(), w.lineBreakBefore(), w.sentenceStart());
    }

    /** The word without an elided article of the text's languages before a name ("d'Al-Qaïda" → "Al-Qaïda"). */
    private static Word elided(Word w, Set<String> elisions) {
        String t = w.text();
        int apostrophe = Math.max(t.indexOf('\''), t.indexOf('’'));
        if (apostrophe <= 0 || apostrophe + 1 >= t.length() || !Character.isUpperCase(t.charAt(apostrophe + 1))) {
            return w;
        }
        String article = t.substring(0, apostrophe).toLowerCase(Locale.ROOT) + "'";
        if (!elisions.contains(article)) {
            return w;
        }
        return new Word(
                t.substring(apostrophe + 1),
                w.start() + apostrophe + 1,
                w.end(),
                w.lineBreakBefore(),
                w.sentenceStart());
    }

    private static Set<String> elisions(Set<Language> languages) {
        return ELISIONS_OF_LANGUAGES.get(LanguageSets.index(languages));
    }

    private static final java.util.Map<Language, Set<String>> ELISIONS = elisionsByLanguage();

    /** The elisions of every set of languages, made once. */
    private static final List<Set<String>> ELISIONS_OF_LANGUAGES = LanguageSets.each(languages -> {
        Set<String> out = new java.util.HashSet<>();
        for (Language l : languages) {
            out.addAll(ELISIONS.get(l));
        }
        return Set.copyOf(out);
    });

    private static java.util.Map<Language, Set<String>> elisionsByLanguage() {
        java.util.Map<Language, Set<String>> out = new java.util.EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, dev.embargo.scanning.language.WordLists.words(l, "elisions"));
        }
        return out;
    }
}
