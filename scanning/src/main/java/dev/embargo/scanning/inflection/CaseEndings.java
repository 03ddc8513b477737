package dev.embargo.scanning.inflection;

import dev.embargo.lists.ResourceLines;
import dev.embargo.scanning.language.WordLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case endings names take in one language's running text ({@code words/<code>/name-endings.txt}), and the
 * nominative a word has under each case: "Ыном" → "Ын" (instrumental), "Путина" → "Путин" (genitive),
 * "Putins" → "Putin". A reduction only ever removes or swaps an ending the language's grammar puts there; the
 * caller screens the reduced form beside the form as written and keeps the better one, so a name that happens
 * to end like a case ("Hamas", "Иванова") loses nothing.
 */
public final class CaseEndings {
    /** Shorter stems are no name: "Ким" must not become "К" by a rule for "-им". */
    private static final int MIN_STEM = 2;

    /** An ending of the inflected form and the nominative ending that replaces it. */
    record Rule(String ending, String replacement) {}

    /** Per case label, its rules, longest ending first (file order among equals). */
    private final Map<String, List<Rule>> byCase;

    private CaseEndings(Map<String, List<Rule>> byCase) {
        this.byCase = byCase;
    }

    /** The endings of a language folder's {@code name-endings} list. */
    public static CaseEndings read(List<ResourceLines.Line> lines) {
        Map<String, List<Rule>> byCase = new LinkedHashMap<>();
        for (ResourceLines.Line line : lines) {
            String[] f = line.text().split(" ");
            if (f.length != 3
                    || !f[1].equals(f[1].toLowerCase(Locale.ROOT))
                    || !f[2].equals(f[2].toLowerCase(Locale.ROOT))) {
                throw line.malformed("a case label, a lower-case ending and its replacement (or -), by single spaces");
            }
            byCase.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Rule(f[1], f[2].equals("-") ? "" : f[2]));
        }
        Map<String, List<Rule>> out = new LinkedHashMap<>();
        byCase.forEach((label, rules) -> {
            List<Rule> sorted = new ArrayList<>(rules);
            sorted.sort(Comparator.comparingInt((Rule r) -> -r.ending().length()));
            out.put(label, List.copyOf(sorted));
        });
        return new CaseEndings(out);
    }

    /** The endings of {@code words/<folder>/name-endings.txt}. */
    public static CaseEndings of(String folder) {
        return read(WordLists.entriesOf(folder, "name-endings"));
    }

    public boolean isEmpty() {
        return byCase.isEmpty();
    }

    /** The case labels, in file order. */
    public List<String> cases() {
        return List.copyOf(byCase.keySet());
    }

    /**
     * The word's nominative under {@code caseLabel}: its longest ending of that case replaced, keeping the
     * word's own capitals; null when no ending of that case fits a stem of two letters or more.
     */
    public String reduce(String word, String caseLabel) {
        List<Rule> rules = byCase.get(caseLabel);
        if (rules == null) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (lower.endsWith(r.ending()) && lower.length() - r.ending().length() >= MIN_STEM) {
                String stem = word.substring(0, word.length() - r.ending().length());
                boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
                return stem + (upper ? r.replacement().toUpperCase(Locale.ROOT) : r.replacement());
            }
        }
        return null;
    }
}
