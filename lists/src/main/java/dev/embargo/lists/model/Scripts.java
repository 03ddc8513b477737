package dev.embargo.lists.model;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Finds the writing system a name is written in. */
public final class Scripts {
    private Scripts() {}

    /** ISO 15924 code of the script most letters of {@code text} belong to; "Zyyy" when it has no letters. */
    public static String dominantScript(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints()
                .filter(Character::isLetter)
                .mapToObj(UnicodeScript::of)
                .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED)
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> iso15924(e.getKey()))
                .orElse("Zyyy");
    }

    static String iso15924(UnicodeScript script) {
        return switch (script) {
            case LATIN -> "Latn";
            case CYRILLIC -> "Cyrl";
            case GREEK -> "Grek";
            case ARABIC -> "Arab";
            case HEBREW -> "Hebr";
            case HANGUL -> "Hang";
            case HAN -> "Hani";
            case HIRAGANA -> "Hira";
            case KATAKANA -> "Kana";
            case THAI -> "Thai";
            case DEVANAGARI -> "Deva";
            case GEORGIAN -> "Geor";
            case ARMENIAN -> "Armn";
            case ETHIOPIC -> "Ethi";
            case BENGALI -> "Beng";
            case TAMIL -> "Taml";
            case MYANMAR -> "Mymr";
            case KHMER -> "Khmr";
            default -> {
                String n = script.name();
                yield n.charAt(0) + n.substring(1, Math.min(4, n.length())).toLowerCase(java.util.Locale.ROOT);
            }
        };
    }
}
