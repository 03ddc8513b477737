package dev.embargo.scanning.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern run only where a cheap test says a match may start (a word start with the right first letters,
 * a digit), instead of at every character: most of a text is passed over without entering the regex engine.
 * The matches are exactly those of {@link Matcher#find()} over the same region with transparent bounds,
 * provided the test never refuses a place where the pattern matches: it must be a necessary condition.
 */
public final class PrefilteredPattern {
    /** Whether a match may start at {@code at}; must hold wherever the pattern matches. */
    @FunctionalInterface
    public interface StartTest {
        boolean mayStartAt(CharSequence text, int at);

        /**
         * This test, where no letter stands before: for patterns that begin by refusing one. The test itself
         * first: it fails at most places, and costs less than asking whether the character before is a letter.
         */
        default StartTest atWordStart() {
            return (text, at) -> mayStartAt(text, at) && (at == 0 || !Letters.isLetter(text.charAt(at - 1)));
        }

        default StartTest or(StartTest other) {
            return (text, at) -> mayStartAt(text, at) || other.mayStartAt(text, at);
        }
    }

    private final Pattern pattern;
    private final StartTest test;
    /**
     * When the pattern is an alternation of many words: for each (folded) first character, the same pattern
     * with only the alternatives that begin with it, in their order. The regex engine tries the alternatives
     * of an alternation one after the other at every place; those that begin with another character cannot
     * match there, so leaving them out changes no match, and a place costs a dozen tries instead of hundreds.
     * Null for a single pattern.
     */
    private final Map<Character, Pattern> byFirstCharacter;

    public PrefilteredPattern(Pattern pattern, StartTest test) {
        this(pattern, test, null);
    }

    private PrefilteredPattern(Pattern pattern, StartTest test, Map<Character, Pattern> byFirstCharacter) {
        this.pattern = pattern;
        this.test = test;
        this.byFirstCharacter = byFirstCharacter;
    }

    /**
     * {@code before(?:alternative|alternative|...)after}, case-insensitive, tried only where {@code test}
     * allows and, at each place, only with the alternatives whose literal start ({@code starts}, one per
     * alternative, in the same order) begins with the character there.
     */
    public static PrefilteredPattern alternation(
            String before, List<String> alternatives, List<String> starts, String after, int flags, StartTest test) {
        if (alternatives.size() != starts.size()) {
            throw new IllegalArgumentException("one literal start per alternative");
        }
        Map<Character, List<String>> groups = new java.util.HashMap<>();
        for (int i = 0; i < alternatives.size(); i++) {
            groups.computeIfAbsent(fold(starts.get(i).charAt(0)), k -> new ArrayList<>())
                    .add(alternatives.get(i));
        }
        Map<Character, Pattern> byFirst = new java.util.HashMap<>();
        groups.forEach((c, group) ->
                byFirst.put(c, Pattern.compile(before + "(?:" + String.join("|", group) + ")" + after, flags)));
        Pattern whole = Pattern.compile(before + "(?:" + String.join("|", alternatives) + ")" + after, flags);
        return new PrefilteredPattern(whole, test, Map.copyOf(byFirst));
    }

    /** The pattern to try at {@code at}, or null when no alternative can start there. */
    private Pattern patternAt(CharSequence text, int at) {
        return byFirstCharacter == null ? pattern : byFirstCharacter.get(fold(text.charAt(at)));
    }

    /** A matcher of {@code p} over {@code text}, made on first need and kept for the rest of one search. */
    private static Matcher matcher(Map<Pattern, Matcher> matchers, Pattern p, CharSequence text) {
        Matcher m = matchers.get(p);
        if (m == null) {
            m = p.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers.put(p, m);
        }
        return m;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in [from, to), left to right and not overlapping, as {@code find()} gives them. */
    public List<MatchResult> findAll(CharSequence text, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>(4);
        int p = from;
        while (p < to) {
            Pattern here;
            if (test.mayStartAt(text, p) && (here = patternAt(text, p)) != null) {
                Matcher m = matcher(matchers, here, text);
                m.region(p, to);
                if (m.lookingAt()) {
                    out.add(m.toMatchResult());
                    p = m.end() > p ? m.end() : p + 1;
                    continue;
                }
            }
            p++;
        }
        return out;
    }

    public List<MatchResult> findAll(CharSequence text) {
        return findAll(text, 0, text.length());
    }

    /**
     * The matches of the whole text when they can only start at {@code places} (ascending): the same as
     * {@link #findAll(CharSequence)} when every match starts at one of them. For several patterns over one text,
     * the places are found once.
     */
    public List<MatchResult> findAllAt(CharSequence text, int[] places) {
        return findAllAt(text, places, text.length());
    }

    /**
     * The matches in [from, {@code to}) when they can only start at {@code places} (ascending, within
     * [from, to)): the same as {@link #findAll(CharSequence, int, int)} when every match starts at one of them.
     * For several patterns over one stretch of text, the places are found once.
     */
    public List<MatchResult> findAllAt(CharSequence text, int[] places, int to) {
        List<MatchResult> out = new ArrayList<>();
        Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>(4);
        int next = 0;
        for (int p : places) {
            Pattern here;
            if (p < next || !test.mayStartAt(text, p) || (here = patternAt(text, p)) == null) {
                continue;
            }
            Matcher m = matcher(matchers, here, text);
            m.region(p, to);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                next = Math.max(m.end(), p + 1);
            }
        }
        return out;
    }

    /**
     * The places in [from, to) with no letter right before (with {@code orDigit}, no letter or digit), and those
     * holding one of the characters of {@code alsoAt}: the only places a pattern that refuses a letter (or digit)
     * before its start, or begins with one of those characters, can match. Found in one pass, so that the
     * patterns' start tests are asked only there ({@link #findAllAt}), and once for several patterns.
     */
    public static int[] placesAfterNonLetter(CharSequence text, int from, int to, boolean orDigit, String alsoAt) {
        int[] places = new int[to - from];
        int count = 0;
        for (int p = from; p < to; p++) {
            char before = p == 0 ? ' ' : text.charAt(p - 1);
            if (!(orDigit ? Letters.isLetterOrDigit(before) : Letters.isLetter(before))
                    || alsoAt.indexOf(text.charAt(p)) >= 0) {
                places[count++] = p;
            }
        }
        return java.util.Arrays.copyOf(places, count);
    }

    /**
     * A test for patterns that match, case-insensitively, one of {@code starts} at their start: up to two
     * leading characters of each (one when a space or hyphen follows the first, where the pattern may allow
     * other whitespace). Each start must begin with a literal character of the pattern.
     */
    public static StartTest startingWith(Collection<String> starts) {
        BitSet singles = new BitSet(Character.MAX_VALUE + 1);
        // pairs of Latin-1 characters in a bit set, others in a hash set: most text is Latin-1
        BitSet latinPairs = new BitSet(1 << 16);
        Set<Integer> otherPairs = new HashSet<>();
        for (String s : starts) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("an empty start would allow every place");
            }
            char first = fold(s.charAt(0));
            if (s.length() > 1 && !Character.isWhitespace(s.charAt(1)) && s.charAt(1) != '-') {
                char second = fold(s.charAt(1));
                if (first < 256 && second < 256) {
                    latinPairs.set(first << 8 | second);
                } else {
                    otherPairs.add(first << 16 | second);
                }
            } else {
                singles.set(first);
            }
        }
        Set<Integer> frozenPairs = Set.copyOf(otherPairs);
        return (text, at) -> {
            char first = fold(text.charAt(at));
            if (singles.get(first)) {
                return true;
            }
            if (at + 1 >= text.length()) {
                return false;
            }
            char second = fold(text.charAt(at + 1));
            return first < 256 && second < 256
                    ? latinPairs.get(first << 8 | second)
                    : !frozenPairs.isEmpty() && frozenPairs.contains(first << 16 | second);
        };
    }

    /**
     * A test for patterns that match, case-insensitively, one of {@code words} (letters only) as a whole word
     * where they start, with no letter right after it: the run of letters from the place on, folded, must be one
     * of them. Stricter than {@link #startingWith} for short words whose first letters begin many others (the
     * "th" of three begins the, this and that), where the pattern itself would be tried in vain.
     */
    public static StartTest wholeWordIn(Collection<String> words) {
        Set<String> folded = new HashSet<>();
        int longest = 0;
        for (String w : words) {
            char[] f = new char[w.length()];
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i))) {
                    throw new IllegalArgumentException("whole words of letters only, got \"" + w + "\"");
                }
                f[i] = fold(w.charAt(i));
            }
            folded.add(new String(f));
            longest = Math.max(longest, w.length());
        }
        Set<String> frozen = Set.copyOf(folded);
        int maxLength = longest;
        return (text, at) -> {
            int end = at;
            while (end < text.length() && Letters.isLetter(text.charAt(end))) {
                if (end - at == maxLength) {
                    return false;
                }
                end++;
            }
            if (end == at) {
                return false;
            }
            char[] f = new char[end - at];
            for (int i = at; i < end; i++) {
                f[i - at] = fold(text.charAt(i));
            }
            return frozen.contains(new String(f));
        };
    }

    /**
     * Each character's folding, worked out once: the start tests fold a character at every place they test,
     * and the two case mappings cost more than the rest of a test.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    /** Case folding as case-insensitive Unicode regex matching compares characters. */
    static char fold(char c) {
        return FOLDED[c];
    }
}
