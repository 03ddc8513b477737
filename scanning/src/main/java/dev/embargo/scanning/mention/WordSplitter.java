package dev.embargo.scanning.mention;

import dev.embargo.scanning.text.Letters;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's text into words with their offsets, the way text extracted from PDFs needs it: a word
 * hyphenated at a line end is joined again ("Noord-\n\nKorea" is one word, spanning the break), apostrophes
 * and inner hyphens stay inside words, and each word knows whether a sentence starts with it.
 */
final class WordSplitter {
    private WordSplitter() {}

    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        boolean lineBreak = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c == '\n') {
                    lineBreak = true;
                }
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '‘' || c == '“' || c == '"') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            // The word's text is the document's own characters, unless it goes on after a line break: then the
            // pieces are copied, from where the word (or its last piece) began.
            StringBuilder joined = null;
            int piece = start;
            while (i < n) {
                char x = text.charAt(i);
                if (isWordChar(x)) {
                    i++;
                } else if ((x == '-' || x == '\'' || x == '’') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    i++;
                } else if (x == '-' && lineBreakFollows(text, i + 1)) {
                    // Hyphen at a line end: the word goes on after the break.
                    int next = skipBreak(text, i + 1);
                    if (next < n && isWordChar(text.charAt(next))) {
                        if (joined == null) {
                            joined = new StringBuilder();
                        }
                        joined.append(text, piece, i).append('-');
                        i = next;
                        piece = next;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            String word = joined == null
                    ? text.substring(start, i)
                    : joined.append(text, piece, i).toString();
            words.add(new Word(word, start, i, lineBreak, sentenceStart));
            sentenceStart = false;
            lineBreak = false;
        }
        return words;
    }

    static boolean lineBreakFollows(String text, int from) {
        int j = from;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static int skipBreak(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isWordChar(char c) {
        return Letters.isLetterOrDigit(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
