package dev.embargo.matching.name;

import java.util.List;

/**
 * A name after normalisation: its tokens in order, and how the Latin reading was obtained.
 *
 * @param original the name as given
 * @param reading  how it was read into Latin ("latin", "hangul", "korean hanja", "pinyin", "cyrillic", ...)
 * @param tokens   the words, tagged
 */
public record AnalyzedName(String original, String reading, List<Token> tokens) {
    public AnalyzedName {
        tokens = List.copyOf(tokens);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
