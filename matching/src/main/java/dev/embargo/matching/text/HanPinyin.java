package dev.embargo.matching.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Mandarin reading of each Chinese character alone, exactly as ICU's {@code Han-Latin; Latin-ASCII}
 * gives it, and the characters of the few ICU rules that read a character by its neighbour
 * ({@code {重}' '?庆 > chóng}), from a table made from ICU ({@value #RESOURCE}, beside this class).
 *
 * <p>Why a table: ICU parses the tens of thousands of rules of Han-Latin on first use, which the first index
 * build would wait for although the lists hold only a few dozen names in Chinese characters; the table loads
 * far quicker. ICU is still used for the names
 * it must read whole (a character read by its neighbour, characters outside the table such as 〇 or kana), and
 * {@code HanPinyinTest} checks the table equals what the ICU on the class path gives; after upgrading ICU4J,
 * regenerate it with {@link #main}.
 */
final class HanPinyin {
    static final String RESOURCE = "han-pinyin.tsv";
    static final String ICU_RULES = "Han-Latin; Latin-ASCII";
    private static final String CONTEXT = "!context";

    /** The characters with a reading other than themselves, ascending, and their readings. */
    private final int[] characters;

    private final String[] readings;
    /** By character, the character sets of the rules that read it (or a neighbour) by context. */
    private final Map<Integer, List<Set<Integer>>> rulesWithNeighbours;

    private HanPinyin(int[] characters, String[] readings, Map<Integer, List<Set<Integer>>> rulesWithNeighbours) {
        this.characters = characters;
        this.readings = readings;
        this.rulesWithNeighbours = rulesWithNeighbours;
    }

    private static final class Holder {
        static final HanPinyin INSTANCE = parse(readResource());
    }

    /** The shared, immutable table, read on first use. */
    static HanPinyin instance() {
        return Holder.INSTANCE;
    }

    /**
     * ICU's reading of {@code cp} alone, or null when the table has none: not a unified or compatibility
     * ideograph (〇), or one ICU leaves as it is (𠀋).
     */
    String readingOrNull(int cp) {
        int at = Arrays.binarySearch(characters, cp);
        return at >= 0 ? readings[at] : null;
    }

    /** Whether some rule reading {@code cp} by its neighbour may apply in {@code text} (all its characters are there). */
    boolean readByNeighbour(int cp, String text) {
        List<Set<Integer>> mentioning = rulesWithNeighbours.get(cp);
        if (mentioning == null) {
            return false;
        }
        for (Set<Integer> needed : mentioning) {
            if (needed.stream().allMatch(c -> text.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static String readResource() {
        try (InputStream in = HanPinyin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + RESOURCE + " beside " + HanPinyin.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table's text: comment lines, {@code !context<TAB>chars} lines, {@code reading<TAB>chars} lines. */
    static HanPinyin parse(String table) {
        TreeMap<Integer, String> byCharacter = new TreeMap<>();
        Map<Integer, List<Set<Integer>>> rules = new HashMap<>();
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(RESOURCE + ": expected reading<TAB>characters, got \"" + line + "\"");
            }
            String head = line.substring(0, tab);
            int[] chars = line.substring(tab + 1).codePoints().toArray();
            if (head.equals(CONTEXT)) {
                Set<Integer> needed = Set.copyOf(Arrays.stream(chars).boxed().toList());
                for (int c : chars) {
                    rules.computeIfAbsent(c, k -> new ArrayList<>()).add(needed);
                }
            } else {
                String reading = head.intern();
                for (int c : chars) {
                    byCharacter.put(c, reading);
                }
            }
        }
        int[] characters = new int[byCharacter.size()];
        String[] readings = new String[byCharacter.size()];
        int i = 0;
        for (Map.Entry<Integer, String> e : byCharacter.entrySet()) {
            characters[i] = e.getKey();
            readings[i++] = e.getValue();
        }
        Map<Integer, List<Set<Integer>>> frozen = new HashMap<>();
        rules.forEach((c, sets) -> frozen.put(c, List.copyOf(sets)));
        return new HanPinyin(characters, readings, Map.copyOf(frozen));
    }

    /**
     * The table's text from {@code hanLatin}: every unified ideograph whose reading alone is not itself,
     * grouped by reading, and the Chinese characters of every rule with a context (a rule whose left side
     * has a set of characters, which needs only one of them, as one entry per character).
     */
    static String generate(Transliterator hanLatin) {
        TreeMap<String, StringBuilder> byReading = new TreeMap<>();
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x3134F}};
        for (int[] block : blocks) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String alone = Character.toString(cp);
                String reading = hanLatin.transliterate(alone).strip();
                if (!reading.equals(alone)) {
                    byReading.computeIfAbsent(reading, k -> new StringBuilder()).appendCodePoint(cp);
                }
            }
        }
        StringBuilder rules = new StringBuilder();
        for (Transliterator part : hanLatin.getElements()) {
            rules.append(part.toRules(false)).append(';');
        }
        Set<String> contexts = new TreeSet<>();
        for (String rule : rules.toString().split(";")) {
            int arrow = rule.indexOf('>');
            String left = arrow < 0 ? "" : rule.substring(0, arrow);
            if (left.indexOf('{') < 0 && left.indexOf('}') < 0) {
                continue;
            }
            int[] han = left.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .distinct()
                    .sorted()
                    .toArray();
            if (han.length == 0) {
                continue;
            }
            if (left.indexOf('[') >= 0) {
                for (int c : han) {
                    contexts.add(Character.toString(c));
                }
            } else {
                contexts.add(new String(han, 0, han.length));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Mandarin readings of Chinese characters one at a time, as ICU ")
                .append(VersionInfo.ICU_VERSION)
                .append("'s \"")
                .append(ICU_RULES)
                .append("\" gives them\n");
        out.append("# (reading<TAB>characters), and the characters of its rules that read by context.\n");
        out.append("# Made by dev.embargo.matching.text.HanPinyin#main; do not edit.\n");
        for (String c : contexts) {
            out.append(CONTEXT).append('\t').append(c).append('\n');
        }
        byReading.forEach((reading, chars) ->
                out.append(reading).append('\t').append(chars).append('\n'));
        return out.toString();
    }

    /** Writes the table made from the ICU on the class path to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), generate(Transliterator.getInstance(ICU_RULES)), StandardCharsets.UTF_8);
    }
}
