package dev.embargo.scanning.language;

import dev.embargo.lists.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The word lists the scanner reads prose with, one folder of resources per language
 * ({@code dev/embargo/scanning/words/nl/function-words.txt}, {@code .../en/attribution-verbs.txt}, ...) and one
 * for lists that belong to no language ({@code words/any/}, such as the connectors inside names). Each file
 * says at its top where its words come from and what they are for. Adding a language is adding a folder with
 * every file the other languages have (a file may hold only comments) and a {@link Language} constant.
 *
 * <p>Files are UTF-8 with one entry per line and {@code #} comment lines ({@link ResourceLines}). Callers load
 * each list once, into a static field or a reader built once per language; a malformed entry fails at that
 * load, naming the resource and line.
 */
public final class WordLists {
    static final String ROOT = "/dev/embargo/scanning/words/";
    /** The folder of lists that are no one language's. */
    static final String ANY = "any";

    private static final Pattern WORD = Pattern.compile("[^\\s#]+");
    private static final Pattern PHRASE = Pattern.compile("[^\\s#]+(?: [^\\s#]+)*");

    private WordLists() {}

    /** The words of one language's list, as written (lower case, no two alike). */
    public static Set<String> words(Language language, String list) {
        return words(entries(language.code(), list));
    }

    /** The words of a list every language has, all languages together. */
    public static Set<String> wordsOfAll(String list) {
        Set<String> all = new HashSet<>();
        for (Language l : Language.values()) {
            all.addAll(words(l, list));
        }
        return Set.copyOf(all);
    }

    /** The words of a list that is no one language's ({@code words/any/}). */
    public static Set<String> wordsOfAny(String list) {
        return words(entries(ANY, list));
    }

    /** One language's list in file order: the words, each lower case, no two alike. */
    public static List<String> orderedWords(Language language, String list) {
        return checked(entries(language.code(), list), WORD, "one lower-case word");
    }

    /**
     * The phrases of a list, every language's in {@link Language} order, each a list of its words: lower case,
     * separated by single spaces ("such as", "onder andere").
     */
    public static List<List<String>> phrasesOfAll(String list) {
        List<List<String>> out = new ArrayList<>();
        for (Language l : Language.values()) {
            for (String phrase :
                    checked(entries(l.code(), list), PHRASE, "lower-case words separated by single spaces")) {
                out.add(List.of(phrase.split(" ")));
            }
        }
        return List.copyOf(out);
    }

    /**
     * One language's regular expressions, in file order: each line a Java regex alternative, checked to
     * compile. Empty when the language's file holds none.
     */
    public static List<String> patterns(Language language, String list) {
        List<String> out = new ArrayList<>();
        for (ResourceLines.Line line : entries(language.code(), list)) {
            try {
                Pattern.compile(line.text());
            } catch (PatternSyntaxException e) {
                throw line.malformed("a Java regular expression (" + e.getDescription() + ")");
            }
            out.add(line.text());
        }
        return List.copyOf(out);
    }

    /** The raw entries of a list in a folder, for lists with more than a word a line (number words and values). */
    public static List<ResourceLines.Line> entries(Language language, String list) {
        return entries(language.code(), list);
    }

    /**
     * The raw entries of a list in a folder that is no {@link Language}'s: the languages and scripts the mention
     * finder reads names in without reading their prose ({@code ru}, {@code uk}, {@code ko}, {@code ja},
     * {@code ar}, {@code he}). {@link #MENTION_FOLDERS} names each such list.
     */
    public static List<ResourceLines.Line> entriesOf(String folder, String list) {
        return entries(folder, list);
    }

    /** The words of a list in a folder that is no {@link Language}'s, as {@link #entriesOf} reads it. */
    public static Set<String> wordsOf(String folder, String list) {
        return words(entries(folder, list));
    }

    /**
     * The folders beside the languages' own and the lists each holds: the mention finder reads names in these
     * languages and scripts (case endings, particles, function words between caseless words) but not their
     * prose. {@code WordListsTest} checks that exactly these exist.
     */
    public static final java.util.Map<String, List<String>> MENTION_FOLDERS = java.util.Map.of(
            "ru", List.of("name-endings"),
            "uk", List.of("name-endings"),
            "ko", List.of("particles"),
            "ja", List.of("particles"),
            "ar", List.of("function-words"),
            "he", List.of("function-words"));

    private static List<ResourceLines.Line> entries(String folder, String list) {
        return ResourceLines.read(WordLists.class, ROOT + folder + "/" + list + ".txt");
    }

    static Set<String> words(List<ResourceLines.Line> lines) {
        return Set.copyOf(checked(lines, WORD, "one lower-case word"));
    }

    /** The entries, each checked to match {@code form}, to be lower case and not to repeat an earlier one. */
    private static List<String> checked(List<ResourceLines.Line> lines, Pattern form, String expected) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResourceLines.Line line : lines) {
            String text = line.text();
            if (!form.matcher(text).matches() || !text.equals(text.toLowerCase(Locale.ROOT))) {
                throw line.malformed(expected);
            }
            if (!seen.add(text)) {
                throw line.malformed("each entry once; it stands on an earlier line too");
            }
            out.add(text);
        }
        return List.copyOf(out);
    }
}
