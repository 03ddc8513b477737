package dev.embargo.scanning.claim;

import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.WordLists;
import dev.embargo.scanning.text.PrefilteredPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a sentence is attributed to: a cue ("aldus", "according to", "laut", "selon", "meldde", "said") and the
 * noun phrase after it, or before it for reporting verbs ("X said", "X houden het op"). The phrase is the run
 * of capitalised words or acronyms ("Radio Free Asia", "TASS"), skipping modifiers that lead up to it
 * ("het Russische staatspersbureau TASS"), or a determiner with a common noun ("de experts"). A source keeps
 * the apposition that says who it is ("Westerse inlichtingendiensten, zoals die van Estland") and every name
 * of a list ("according to Reuters, AP and the BBC"). A sentence may carry several attributions.
 *
 * <p>The cues are each language's own ({@code words/<code>/attribution-*.txt}); the word classes (determiners,
 * stops, pronouns, ...) are every language's together, as quotes mix languages ({@link WordLists}). What is
 * grammar stays here: which languages put the verb second, and which take a capitalised adjective's nouns.
 */
final class AttributionFinder {
    /** A source in flat offsets. */
    record Source(int start, int end) {}

    /**
     * One attribution in a sentence: its source, its cue's flat span, and the rank of its cue (lower is the
     * stronger cue: "volgens" before a reporting verb).
     */
    record Attribution(Source source, int cueStart, int cueEnd, int rank) {
        /** Start of the span from source to cue or cue to source. */
        int start() {
            return Math.min(cueStart, source.start());
        }

        int end() {
            return Math.max(cueEnd, source.end());
        }

        /**
         * Whether flat offset {@code i} belongs to the attribution: its source, its cue, or articles and
         * lead-ins between them ("meldt onder meer de NOS"), not a figure between them ("die CIA 350.000 schätzt").
         */
        boolean covers(String flat, int i) {
            if (i >= source.start() && i < source.end() || i >= cueStart && i < cueEnd) {
                return true;
            }
            int gapStart = Math.min(cueEnd, source.end());
            int gapEnd = Math.max(cueStart, source.start());
            if (i < gapStart || i >= gapEnd) {
                return false;
            }
            for (String w : flat.substring(gapStart, gapEnd).trim().split("\\s+")) {
                String key = w.toLowerCase(Locale.ROOT);
                boolean article = w.equals(key) && (DETERMINERS.contains(key) || LEAD_INS.contains(key));
                if (!w.isEmpty() && !article) {
                    return false;
                }
            }
            return true;
        }
    }

    private enum Direction {
        FORWARD,
        EITHER,
        BACKWARD
    }

    private record Cue(PrefilteredPattern pattern, Direction direction) {}

    /** Tokens [first, last] of a sentence, inclusive. */
    private record Phrase(int first, int last) {}

    /**
     * A word, an elided article ("l'", "d'") or a punctuation mark of a sentence; {@code capital} and
     * {@code key} (lower-cased) are worked out once, as every phrase rule asks for them.
     */
    record Token(String text, int start, int end, boolean word, boolean elision, boolean capital, String key) {
        static Token of(String text, int start, int end, boolean word, boolean elision) {
            boolean capital = false;
            for (int i = 0; word && i < text.length() && !capital; i++) {
                capital = Character.isUpperCase(text.charAt(i));
            }
            return new Token(text, start, end, word, elision, capital, text.toLowerCase(Locale.ROOT));
        }

        boolean lower() {
            return word && !capital && !Character.isDigit(text.charAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Set<String> DETERMINERS = WordLists.wordsOfAll("determiners");
    /** "a spokesman" names nobody without its article; "the BND" does. */
    private static final Set<String> INDEFINITES = WordLists.wordsOfAll("indefinite-articles");

    private static final Set<String> LEAD_INS = WordLists.wordsOfAll("lead-ins");
    /** Words that join the names of a list of sources. */
    private static final Set<String> LIST_JOINS = WordLists.wordsOfAll("list-joins");
    /** Words that open a clause: a list of sources before a verb starts at one of these, or at punctuation. */
    private static final Set<String> CLAUSE_OPENERS = WordLists.wordsOfAll("clause-openers");
    /** Words that end a source: conjunctions, relative pronouns, common auxiliaries. */
    private static final Set<String> STOPS = WordLists.wordsOfAll("source-stops");
    /** Joins capitalised words inside a name ("Bank of Korea", "Kamer van Koophandel"). */
    private static final Set<String> CONNECTORS = WordLists.wordsOfAll("name-joiners");
    /** Words that open an apposition between commas after a source: examples or a relative clause. */
    private static final Set<String> APPOSITIONS = WordLists.wordsOfAll("apposition-openers");
    /**
     * Openers of an apposition that names who the source is ("zoals die van Estland", "such as those of
     * Estonia", "including Estonia's", "wie die von Estland", "comme celui de l'Estonie"): kept in the source.
     * A relative clause ("die het rapport schreven") is not: it says what the source did.
     */
    private static final List<List<String>> EXAMPLES = WordLists.phrasesOfAll("example-openers");

    private static final Map<String, List<List<String>>> EXAMPLES_BY_FIRST_WORD =
            EXAMPLES.stream().collect(Collectors.groupingBy(List::getFirst, Collectors.toUnmodifiableList()));
    /** "die van", "those of", "die von", "celui de": the pronoun standing for the source's noun. */
    private static final Set<String> STAND_INS = WordLists.wordsOfAll("stand-ins");

    private static final Set<String> OF = WordLists.wordsOfAll("of-words");
    private static final Set<String> PRONOUNS = WordLists.wordsOfAll("pronouns");
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile(".*(e|en|er|es|ern|sch|ian|ean|ese|ish|ais|aise|ien|ienne|ic)");
    /** Scale words that make a noun phrase a figure ("eine Million Granaten"). */
    private static final Set<String> SCALE_WORDS = WordLists.wordsOfAll("scale-words");
    /** The longest apposition kept between commas, in tokens. */
    private static final int MAX_APPOSITION = 14;

    /** English demonyms and compass adjectives, capitalised before their noun: "Western agencies". */
    private static final Pattern ENGLISH_DEMONYM = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|ern|ic|an|ch)");

    private final List<Cue> cues;
    /** Whether a capitalised adjective takes the lower-case nouns after it into the source (English). */
    private final boolean capitalisedAdjectives;
    /** Dutch and German put the verb second: "Volgens A, B en C heeft ...", a list before a verb. */
    private final boolean verbSecond;

    AttributionFinder(Language language) {
        this.verbSecond = language == Language.NL || language == Language.DE;
        this.capitalisedAdjectives = language == Language.EN;
        List<Cue> cues = new ArrayList<>();
        addCue(cues, WordLists.patterns(language, "attribution-cues"), Direction.FORWARD);
        addCue(cues, WordLists.patterns(language, "attribution-verbs-after-source"), Direction.BACKWARD);
        addCue(cues, WordLists.patterns(language, "attribution-verbs"), Direction.EITHER);
        this.cues = List.copyOf(cues);
    }

    /** A cue of these alternatives, ranked after the cues already there; none when the language has none. */
    private static void addCue(List<Cue> cues, List<String> alternatives, Direction direction) {
        if (!alternatives.isEmpty()) {
            cues.add(cue(String.join("|", alternatives), direction));
        }
    }

    private static Cue cue(String words, Direction direction) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", FLAGS);
        PrefilteredPattern.StartTest test =
                PrefilteredPattern.startingWith(literalStarts(words)).atWordStart();
        return new Cue(new PrefilteredPattern(pattern, test), direction);
    }

    /**
     * The literal letters each alternative of {@code words} starts with, up to where the regex stops being
     * literal ("puts? (?:it" starts with "put", "d['’]après" with "d").
     */
    static List<String> literalStarts(String words) {
        List<String> starts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= words.length(); i++) {
            char c = i < words.length() ? words.charAt(i) : '|';
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alternative = words.substring(start, i);
                int n = 0;
                while (n < alternative.length()
                        && Character.isLetter(alternative.charAt(n))
                        && !(n + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(n + 1)) >= 0)) {
                    n++;
                }
                if (n == 0) {
                    throw new IllegalArgumentException("cue alternative without a literal start: " + alternative);
                }
                starts.add(alternative.substring(0, n));
                start = i + 1;
            }
        }
        return starts;
    }

    /**
     * Every attribution in the flat sentence [from, to), in text order; where two overlap, the one with the
     * stronger cue (then the earlier) is kept.
     */
    List<Attribution> findAll(String flat, int from, int to) {
        List<Token> tokens = null;
        List<Attribution> found = new ArrayList<>();
        // Every cue's start test wants no letter before the cue (see cue()), so the places after a non-letter
        // are the only ones any cue can start at: found once per sentence, not tested by every cue at every
        // character.
        int[] places = PrefilteredPattern.placesAfterNonLetter(flat, from, to, false, "");
        for (int rank = 0; rank < cues.size(); rank++) {
            Cue cue = cues.get(rank);
            for (MatchResult m : cue.pattern().findAllAt(flat, places, to)) {
                if (tokens == null) {
                    tokens = tokens(flat, from, to);
                }
                int cueToken = firstAtOrAfter(tokens, m.start());
                int afterCue = firstAtOrAfter(tokens, m.end());
                Phrase p = switch (cue.direction()) {
                    case FORWARD -> forward(tokens, afterCue, true);
                    case BACKWARD -> backward(tokens, cueToken);
                    case EITHER -> either(tokens, cueToken, afterCue);
                };
                if (p != null) {
                    Source s = new Source(
                            tokens.get(p.first()).start(), tokens.get(p.last()).end());
                    found.add(new Attribution(s, m.start(), m.end(), rank));
                }
            }
        }
        found.sort(Comparator.comparingInt(Attribution::rank).thenComparingInt(Attribution::start));
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : found) {
            if (kept.stream().noneMatch(k -> k.start() < a.end() && a.start() < k.end())) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparingInt(Attribution::start));
        return kept;
    }

    /**
     * Where the sentence [from, to) may be cut into two clauses between an attribution ending at {@code after}
     * and one starting at {@code before}: a semicolon, a clause conjunction ("while", "terwijl", "während",
     * "tandis que", "and"), or a comma right before the second attribution with words between it and the first.
     * Returns {end of the first clause, start of the second}, or null.
     */
    int[] clauseBoundary(String flat, int from, int to, int after, int before) {
        List<Token> tokens = tokens(flat, from, to);
        int first = firstAtOrAfter(tokens, after);
        int second = firstAtOrAfter(tokens, before);
        for (int i = second - 1; i >= first; i--) {
            Token t = tokens.get(i);
            if (t.is(";")) {
                return new int[] {t.start(), tokens.get(i + 1).start()};
            }
            if (t.lower() && CLAUSE_OPENERS.contains(t.key()) && !OPENS_COMPLEMENT.contains(t.key())) {
                int next = i + 1;
                if (next < second
                        && (tokens.get(next).is("que") || tokens.get(next).is("qu"))) {
                    next++; // "tandis que", "alors que"
                }
                int end = i > first && tokens.get(i - 1).is(",")
                        ? tokens.get(i - 1).start()
                        : t.start();
                return i > first ? new int[] {end, tokens.get(next).start()} : null;
            }
            if (t.is(",") && i == second - 1 && i > first) {
                return new int[] {t.start(), tokens.get(second).start()};
            }
        }
        return null;
    }

    /** "dat", "that", "dass", "que" open what was said, not a second statement. */
    private static final Set<String> OPENS_COMPLEMENT = WordLists.wordsOfAll("complement-openers");

    /**
     * The tokens of the flat sentence [from, to): elided articles ("l'" before a letter, no letter before
     * it), words of letters and digits joined by "-" or "&" and keeping a possessive "'s" ("Estonia's", so it
     * neither ends nor opens a phrase), and every other non-space character on its own. Nothing outside
     * [from, to) is looked at.
     */
    static List<Token> tokens(String flat, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = flat.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                i++;
                continue;
            }
            if ("lLdDjJ".indexOf(c) >= 0
                    && !letterBefore(flat, i, from)
                    && i + 2 < to
                    && isApostrophe(flat.charAt(i + 1))
                    && Character.isLetter(codePointAt(flat, i + 2, to))) {
                tokens.add(Token.of(flat.substring(i, i + 2), i, i + 2, false, true));
                i += 2;
                continue;
            }
            int cp = codePointAt(flat, i, to);
            if (cp < 0) {
                break; // a character pair cut by the end
            }
            if (letterOrNumber(cp)) {
                int j = skipLettersAndNumbers(flat, i, to);
                while (j + 1 < to
                        && (flat.charAt(j) == '-' || flat.charAt(j) == '&')
                        && letterOrNumber(codePointAt(flat, j + 1, to))) {
                    j = skipLettersAndNumbers(flat, j + 1, to);
                }
                if (j + 1 < to
                        && isApostrophe(flat.charAt(j))
                        && flat.charAt(j + 1) == 's'
                        && !(j + 2 < to && Character.isLetter(codePointAt(flat, j + 2, to)))) {
                    j += 2;
                }
                tokens.add(Token.of(flat.substring(i, j), i, j, true, false));
                i = j;
                continue;
            }
            int n = Character.charCount(cp);
            tokens.add(Token.of(flat.substring(i, i + n), i, i + n, false, false));
            i += n;
        }
        return tokens;
    }

    /** The code point at {@code i}, or -1 when it is a pair of characters that {@code to} cuts. */
    private static int codePointAt(String flat, int i, int to) {
        int cp = Character.codePointAt(flat, i);
        return i + Character.charCount(cp) <= to ? cp : -1;
    }

    /** Whether a letter ends just before {@code i}, looking no further back than {@code from}. */
    private static boolean letterBefore(String flat, int i, int from) {
        if (i == from) {
            return false;
        }
        int cp = i - 2 >= from ? Character.codePointBefore(flat, i) : flat.charAt(i - 1);
        return Character.isLetter(cp);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static int skipLettersAndNumbers(String flat, int i, int to) {
        while (i < to) {
            int cp = codePointAt(flat, i, to);
            if (!letterOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean letterOrNumber(int cp) {
        if (cp < 0) {
            return false;
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static int firstAtOrAfter(List<Token> tokens, int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /**
     * A reporting verb names its source before it when the source opens the clause ("Kim zei", "the ministry
     * said"); after it in an inversion ("meldde de NIS", "…, said Kim"). English and French invert only after
     * the statement itself, so after punctuation.
     */
    private Phrase either(List<Token> tokens, int cue, int afterCue) {
        Phrase back = backward(tokens, cue);
        if (back != null && opensClause(tokens, back.first())) {
            return back;
        }
        boolean inversion = verbSecond || cue == 0 || !tokens.get(cue - 1).word();
        Phrase forth = inversion ? forward(tokens, afterCue, false) : null;
        return forth != null ? forth : back;
    }

    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return !before.word() || before.lower() && CLAUSE_OPENERS.contains(before.key());
    }

    /**
     * The source after a cue, with its apposition or the other names of its list.
     *
     * @param bareNouns whether "volgens experts" may name a source without a determiner; not after verbs
     */
    private Phrase forward(List<Token> tokens, int i, boolean bareNouns) {
        Phrase head = forwardPhrase(tokens, i, bareNouns);
        if (head == null) {
            return null;
        }
        Phrase apposition = exampleAfter(tokens, head.last() + 1);
        if (apposition != null) {
            return new Phrase(head.first(), apposition.last());
        }
        return listAfter(tokens, head, bareNouns);
    }

    /** The source phrase starting at token {@code i}, or null. */
    private Phrase forwardPhrase(List<Token> tokens, int i, boolean bareNouns) {
        while (i < tokens.size()
                && tokens.get(i).lower()
                && LEAD_INS.contains(tokens.get(i).key())) {
            i++;
        }
        Token determiner = null;
        int determinerAt = -1;
        if (i < tokens.size()
                && (tokens.get(i).elision()
                        || tokens.get(i).lower()
                                && DETERMINERS.contains(tokens.get(i).key()))) {
            determinerAt = i;
            determiner = tokens.get(i++);
        }
        int runStart = -1;
        int runEnd = -1;
        int lowerStart = -1;
        int lowerEnd = -1;
        int limit = Math.min(tokens.size(), i + 8);
        boolean nextPhrase = false;
        for (; i < limit; i++) {
            Token t = tokens.get(i);
            if (!t.word() || (t.lower() && STOPS.contains(t.key()) && !(runStart >= 0 && connects(tokens, i)))) {
                break;
            }
            // After a common noun and another word, a capital or an article starts the next phrase: "volgens de
            // kustwacht vervoerde het schip", "according to the coast guard Pyongyang shipped".
            if (runStart < 0
                    && lowerStart >= 0
                    && (t.capital() && i - lowerStart >= 2 || t.lower() && DETERMINERS.contains(t.key()))) {
                nextPhrase = true;
                break;
            }
            if (t.capital()) {
                if (runStart < 0) {
                    runStart = i;
                }
                runEnd = i;
            } else if (!t.lower()) {
                break;
            } else if (runStart >= 0) {
                if (connects(tokens, i)) {
                    continue;
                }
                if (adjective(tokens.get(runEnd)) && capitalAhead(tokens, i)) {
                    runStart = -1; // the run was a modifier: "Russische staatspersbureau TASS"
                    runEnd = -1;
                    continue;
                }
                break;
            } else {
                if (lowerStart < 0) {
                    lowerStart = i;
                }
                lowerEnd = i;
            }
        }
        if (runStart >= 0) {
            int first = runStart;
            boolean commonNounInside = tokens.subList(runStart, runEnd + 1).stream()
                    .anyMatch(t -> t.text().matches(".*-\\p{Ll}.*"));
            if (determiner != null
                    && (commonNounInside || INDEFINITES.contains(determiner.key()))
                    && determinerAt == runStart - 1) {
                first = determinerAt;
            }
            return new Phrase(first, capitalisedAdjectives ? nounAfterAdjective(tokens, runStart, runEnd) : runEnd);
        }
        if (nextPhrase && verbSecond && lowerEnd > lowerStart) {
            lowerEnd--; // in Dutch and German the verb stands between the two: "de kustwacht [vervoerde]"
        }
        if (lowerStart >= 0 && lowerEnd - lowerStart < 3) {
            if (PRONOUNS.contains(tokens.get(lowerStart).key()) || determiner == null && !bareNouns) {
                return null;
            }
            return new Phrase(determiner != null ? determinerAt : lowerStart, lowerEnd);
        }
        return null;
    }

    private static boolean adjective(Token t) {
        return ADJECTIVE_ENDING.matcher(t.text()).matches()
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
    }

    /** "Western agencies", "Iranian state media": a capitalised adjective names nobody without its noun. */
    private static int nounAfterAdjective(List<Token> tokens, int runStart, int runEnd) {
        if (runStart != runEnd
                || !ENGLISH_DEMONYM.matcher(tokens.get(runEnd).text()).matches()) {
            return runEnd;
        }
        int last = runEnd;
        for (int j = runEnd + 1; j < Math.min(tokens.size(), runEnd + 4); j++) {
            Token t = tokens.get(j);
            if (!t.lower()
                    || STOPS.contains(t.key())
                    || DETERMINERS.contains(t.key())
                    || PRONOUNS.contains(t.key())
                    || LIST_JOINS.contains(t.key())
                    || exampleAt(tokens, j) > 0) {
                break;
            }
            last = j;
        }
        return last;
    }

    private static boolean connects(List<Token> tokens, int i) {
        return CONNECTORS.contains(tokens.get(i).key())
                && i + 1 < tokens.size()
                && tokens.get(i + 1).capital();
    }

    private static boolean capitalAhead(List<Token> tokens, int i) {
        for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
            Token t = tokens.get(j);
            if (t.capital()) {
                return true;
            }
            if (!t.lower() || STOPS.contains(t.key())) {
                return false;
            }
        }
        return false;
    }

    /** How many tokens at {@code i} open an example apposition ("zoals", "such as"); 0 when none does. */
    private static int exampleAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).lower()) {
            return 0;
        }
        for (List<String> words :
                EXAMPLES_BY_FIRST_WORD.getOrDefault(tokens.get(i).key(), List.of())) {
            if (i + words.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.size() && all; k++) {
                Token t = tokens.get(i + k);
                all = t.lower() && t.key().equals(words.get(k));
            }
            if (all) {
                return words.size();
            }
        }
        return 0;
    }

    /**
     * An example apposition at token {@code i}, after a source: ", zoals die van Estland", "such as those of
     * Estonia", "including Estonia and Latvia". Its phrase may be a list. Null when none is there.
     */
    private Phrase exampleAfter(List<Token> tokens, int i) {
        int k = i;
        if (k < tokens.size() && tokens.get(k).is(",")) {
            k++;
        }
        int opener = exampleAt(tokens, k);
        if (opener == 0) {
            return null;
        }
        k += opener;
        if (k + 1 < tokens.size()
                && tokens.get(k).lower()
                && STAND_INS.contains(tokens.get(k).key())
                && (tokens.get(k + 1).elision() || tokens.get(k + 1).lower())
                && OF.contains(tokens.get(k + 1).key())) {
            k += tokens.get(k + 1).elision() ? 1 : 2;
        }
        Phrase named = forwardPhrase(tokens, k, true);
        return named == null ? null : listAfter(tokens, named, true);
    }

    /**
     * The phrase extended over the other names of a list: "A en B", "A, B and C". A list with commas must end
     * in a conjunction; in English and French it must also end the clause ("According to Reuters, North Korea
     * and Russia signed" lists nothing), in Dutch and German the verb may follow ("Volgens A, B en C heeft").
     */
    private Phrase listAfter(List<Token> tokens, Phrase head, boolean bareNouns) {
        int last = head.last();
        boolean commas = false;
        int j = last + 1;
        while (j + 1 < tokens.size()) {
            Token t = tokens.get(j);
            boolean join = t.is(",") || t.lower() && LIST_JOINS.contains(t.key()) || t.is("&");
            if (!join) {
                break;
            }
            Phrase item = forwardPhrase(tokens, j + 1, bareNouns);
            if (item == null) {
                break;
            }
            if (t.is(",")) {
                commas = true;
                j = item.last() + 1;
                continue;
            }
            boolean closes = item.last() + 1 >= tokens.size()
                    || !tokens.get(item.last() + 1).word();
            if (!commas || verbSecond || closes) {
                last = item.last();
            }
            break;
        }
        return new Phrase(head.first(), last);
    }

    /**
     * The phrase ending just before the cue at token {@code cue}. An apposition between commas before the cue
     * is kept when it names examples (", zoals die van Estland,") and skipped when it is a relative clause
     * (", die het rapport schreven,").
     */
    private Phrase backward(List<Token> tokens, int cue) {
        int end = cue - 1;
        if (end >= 0 && tokens.get(end).is(",")) {
            int open = end - 1;
            // back to the comma that opens the apposition; commas of a list inside it are passed over
            while (open >= 0
                    && end - open <= MAX_APPOSITION
                    && (tokens.get(open).word()
                            || tokens.get(open).elision()
                            || tokens.get(open).is(",")
                                    && !(open + 1 < end
                                            && APPOSITIONS.contains(
                                                    tokens.get(open + 1).key())))) {
                open--;
            }
            if (open < 0 || end - open > MAX_APPOSITION || !tokens.get(open).is(",") || open + 1 >= end) {
                return null;
            }
            Phrase head = phraseBefore(tokens, open - 1);
            if (head == null) {
                return null;
            }
            head = listBefore(tokens, head);
            return exampleAt(tokens, open + 1) > 0 ? new Phrase(head.first(), end - 1) : head;
        }
        Phrase p = phraseBefore(tokens, end);
        if (p == null) {
            return null;
        }
        if (verbSecond && !opensClause(tokens, p.first())) {
            Phrase subject = subjectBeforeFigure(tokens, p);
            p = subject != null ? subject : p;
        }
        Phrase withExample = exampleBefore(tokens, p);
        return listBefore(tokens, withExample != null ? withExample : p);
    }

    /**
     * In a Dutch or German clause that ends in its verb, the phrase before the verb may be the figure, not the
     * source ("während die CIA 350.000 Granaten schätzt"): then the source opens the clause before the figure.
     */
    private static Phrase subjectBeforeFigure(List<Token> tokens, Phrase object) {
        boolean figure = false;
        for (int k = object.first(); k <= object.last(); k++) {
            figure |= SCALE_WORDS.contains(tokens.get(k).key());
        }
        int i = object.first() - 1;
        while (i >= 0
                && (digits(tokens.get(i))
                        || (tokens.get(i).is(".") || tokens.get(i).is(",")) && i > 0 && digits(tokens.get(i - 1)))) {
            figure = true;
            i--;
        }
        if (!figure) {
            return null;
        }
        Phrase subject = phraseBefore(tokens, i);
        return subject != null && opensClause(tokens, subject.first()) ? subject : null;
    }

    private static boolean digits(Token t) {
        return t.word() && Character.isDigit(t.text().charAt(0));
    }

    /** The capital- or determiner-anchored phrase ending at token {@code end}, or null. */
    private static Phrase phraseBefore(List<Token> tokens, int end) {
        int start = end + 1;
        boolean anchored = false;
        for (int i = end; i >= 0 && end - i < 5; i--) {
            Token t = tokens.get(i);
            if (t.elision() || (t.lower() || i == 0) && DETERMINERS.contains(t.key())) {
                if (i < end) {
                    start = i;
                    anchored = true;
                }
                break;
            }
            // "Dat zei ook de NIS": a function word capitalised at the sentence start names nobody
            boolean functionWord = (t.lower() || i == 0) && (STOPS.contains(t.key()) || PRONOUNS.contains(t.key()));
            if (!t.word() || Character.isDigit(t.text().charAt(0)) || functionWord) {
                break;
            }
            start = i;
            anchored |= t.capital();
        }
        if (end < 0
                || start > end
                || !anchored
                || PRONOUNS.contains(tokens.get(end).key())) {
            return null;
        }
        return new Phrase(start, end);
    }

    /**
     * A list item before a conjunction or comma: stricter than {@link #phraseBefore}, since a verb phrase may
     * stand there too ("Noord-Korea leverde granaten en de VS zeiden"): capitalised words with connectors,
     * optionally after a determiner, or a determiner with at most two lower-case words.
     */
    private static Phrase itemBefore(List<Token> tokens, int end) {
        if (end < 0 || !tokens.get(end).word()) {
            return null;
        }
        int i = end;
        boolean capitals = tokens.get(end).capital();
        while (i >= 0 && i > end - 5) {
            Token t = tokens.get(i);
            if (t.elision() || t.lower() && DETERMINERS.contains(t.key())) {
                return new Phrase(i, end);
            }
            boolean fits = capitals
                    ? t.capital() || t.lower() && CONNECTORS.contains(t.key()) && i < end
                    : t.lower() && !STOPS.contains(t.key()) && end - i < 2;
            if (!fits) {
                break;
            }
            i--;
        }
        return capitals && i < end && tokens.get(i + 1).capital() ? new Phrase(i + 1, end) : null;
    }

    /** "Westerse diensten zoals die van Estland": the source before an example apposition with no commas. */
    private static Phrase exampleBefore(List<Token> tokens, Phrase named) {
        int k = named.first() - 1;
        if (tokens.get(named.first()).elision()
                && OF.contains(tokens.get(named.first()).key())
                && k >= 0
                && tokens.get(k).lower()
                && STAND_INS.contains(tokens.get(k).key())) {
            k--; // "celle d'Estonie"
        } else if (k >= 0
                && (tokens.get(k).elision() || tokens.get(k).lower())
                && OF.contains(tokens.get(k).key())
                && k - 1 >= 0
                && tokens.get(k - 1).lower()
                && STAND_INS.contains(tokens.get(k - 1).key())) {
            k -= 2;
        }
        for (List<String> words : EXAMPLES) {
            int at = k - words.size() + 1;
            if (at >= 1 && exampleAt(tokens, at) == words.size()) {
                Phrase head = phraseBefore(tokens, at - 1);
                return head == null ? null : new Phrase(head.first(), named.last());
            }
        }
        return null;
    }

    /** "Reuters, AP and the BBC reported": the other names of a list that opens its clause. */
    private static Phrase listBefore(List<Token> tokens, Phrase last) {
        int join = last.first() - 1;
        if (join < 1
                || !(tokens.get(join).lower()
                                && LIST_JOINS.contains(tokens.get(join).key())
                        || tokens.get(join).is("&"))) {
            return last;
        }
        Phrase item = itemBefore(tokens, join - 1);
        if (item == null) {
            return last;
        }
        int first = item.first();
        while (first >= 2 && tokens.get(first - 1).is(",")) {
            Phrase more = itemBefore(tokens, first - 2);
            if (more == null) {
                break;
            }
            first = more.first();
        }
        if (opensClause(tokens, first)) {
            return new Phrase(first, last.last());
        }
        return opensClause(tokens, item.first()) ? new Phrase(item.first(), last.last()) : last;
    }
}
