package dev.embargo.scanning.mention;

import dev.embargo.scanning.language.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The sets of the few languages, each numbered by the languages it holds (one bit per language): the word
 * lists of a set of languages are made once for every set and found by number, with no set copied or hashed
 * per text scanned.
 */
final class LanguageSets {
    private LanguageSets() {}

    /** The number of {@code languages}: bit {@code ordinal} set for each language it holds. */
    static int index(Set<Language> languages) {
        int index = 0;
        for (Language l : languages) {
            index |= 1 << l.ordinal();
        }
        return index;
    }

    /** {@code make} of every set of languages (in the languages' order), at the set's {@link #index}. */
    static <T> List<T> each(Function<Set<Language>, T> make) {
        Language[] all = Language.values();
        List<T> out = new ArrayList<>(1 << all.length);
        for (int index = 0; index < 1 << all.length; index++) {
            Set<Language> set = EnumSet.noneOf(Language.class);
            for (Language l : all) {
                if ((index & 1 << l.ordinal()) != 0) {
                    set.add(l);
                }
            }
            out.add(make.apply(Collections.unmodifiableSet(set)));
        }
        return List.copyOf(out);
    }
}
