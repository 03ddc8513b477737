package dev.embargo.matching.name;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A man's and a woman's given name of one stem: Victor / Victoria, Aleksandr / Aleksandra, Yevgeny / Yevgenia,
 * Paul / Paula, Mario / Maria, Julius / Julia. They are spelled one or two letters apart, which the rules for
 * typing errors and sounds pair, and they name two people, as Mary and Mark do. Told on the words as written and on
 * their romanisation keys, with the Slavic endings written alike (Yevgeniy, Evgenij, Yevgeny: yevgeni; Yevgeniya,
 * Evgenija: yevgenia): the woman's name is the man's with -a or -ia after it, or with -a in place of -o, -us or
 * -er's e (Alexander / Alexandra).
 *
 * <p>Only where one of the two is a given name of the matcher's given-name tables (English given names and their
 * nicknames, Russian, Ukrainian and Belarusian given names and their short forms), in any spelling that has its
 * key. In Arabic and Persian names a final -a or -ia writes ta marbuta, hamza or 'ayn, no sex: the lists write one
 * man Hamad and Hamada, Waseem Badi and Waseem Badia, Ibrahim Hassan Tali and Talia. Those tables hold no such
 * name, and a pair neither of them holds is not told apart here.
 */
public final class GenderedGivenNames {
    /** The shortest stem read: a shorter one is too little of a name to say which (Ali / Alia, Ala). */
    private static final int MIN_STEM = 3;

    private static final Set<String> GIVEN = load();

    private GenderedGivenNames() {}

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (String resource : List.of(Nicknames.RESOURCE, Nicknames.SLAVIC_RESOURCE)) {
            for (String line : NameTables.lines(Nicknames.class, resource)) {
                String[] f = line.split("\t");
                for (String given : f[f.length - 1].split(" ")) {
                    names.add(slavicEndings(given));
                    names.add(slavicEndings(RomanizationVariants.variantKey(given)));
                }
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Whether two name words are a man's and a woman's given name of one stem, one of them a given name of the
     * tables: as written or by their romanisation keys. Cheap where they are not: most pairs fail on their lengths
     * or last letters.
     */
    public static boolean otherSex(Token a, Token b) {
        return otherSex(a.text(), b.text())
                || (!a.variantIsText() || !b.variantIsText()) && otherSex(a.variant(), b.variant());
    }

    static boolean otherSex(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3 || a.length() < MIN_STEM || b.length() < MIN_STEM) {
            return false;
        }
        char x = a.charAt(a.length() - 1);
        char y = b.charAt(b.length() - 1);
        // One of the two a woman's name, in -a; the other not.
        if ((x == 'a') == (y == 'a')) {
            return false;
        }
        String m = slavicEndings(x == 'a' ? b : a);
        String f = slavicEndings(x == 'a' ? a : b);
        return shapes(m, f) && (GIVEN.contains(m) || GIVEN.contains(f));
    }

    /** The woman's {@code f} is the man's {@code m} with -a or -ia after it, or -a for -o, -us or -er's e. */
    private static boolean shapes(String m, String f) {
        int lm = m.length();
        int lf = f.length();
        if (lf == lm + 1) {
            return f.startsWith(m);
        }
        if (lf == lm + 2) {
            return f.charAt(lf - 2) == 'i' && !isVowel(m.charAt(lm - 1)) && f.startsWith(m);
        }
        if (lf == lm && lm - 1 >= MIN_STEM) {
            return m.charAt(lm - 1) == 'o' && m.regionMatches(0, f, 0, lm - 1)
                    || lm - 2 >= MIN_STEM && m.endsWith("er") && f.endsWith("ra") && m.regionMatches(0, f, 0, lm - 2);
        }
        if (lm == lf + 1 && lf - 1 >= MIN_STEM) {
            return m.endsWith("us") && m.regionMatches(0, f, 0, lf - 1);
        }
        return false;
    }

    /**
     * The Slavic endings of a name written one way: a man's -iy, -ij, -ii, -yi and -y after a consonant as -i
     * (Yevgeniy, Evgenij, Yevgeny), a woman's -iya, -ija, -iia and -ya after a consonant as -ia (Yevgeniya,
     * Evgenija, Darya).
     */
    static String slavicEndings(String w) {
        int n = w.length();
        if (n < 4) {
            return w;
        }
        if (w.endsWith("iya") || w.endsWith("ija") || w.endsWith("iia")) {
            return w.substring(0, n - 3) + "ia";
        }
        if (w.endsWith("ya") && !isVowel(w.charAt(n - 3))) {
            return w.substring(0, n - 2) + "ia";
        }
        if (w.endsWith("iy") || w.endsWith("ij") || w.endsWith("ii") || w.endsWith("yi")) {
            return w.substring(0, n - 2) + "i";
        }
        if (w.charAt(n - 1) == 'y' && !isVowel(w.charAt(n - 2))) {
            return w.substring(0, n - 1) + "i";
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
