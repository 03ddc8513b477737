package dev.embargo.matching.name;

/**
 * One word of a normalised name.
 *
 * @param text      folded Latin form ("jong")
 * @param variant   romanisation-variant key: spellings of the same sound share it (jeong/chong/jong)
 * @param skeleton  consonant skeleton: vowels, y and w dropped, voicing merged; how vowelless scripts compare
 * @param kind      word, legal form, particle, initial or number
 * @param vowelless the word came from a script that does not write short vowels (Arabic, Hebrew, Thai)
 */
public record Token(String text, String variant, String skeleton, TokenKind kind, boolean vowelless) {
}
