package dev.embargo.scanning.mention;

/** A word of a document: its text and where it stands in the document's text. */
record Word(String text, int start, int end, boolean lineBreakBefore, boolean sentenceStart) {
    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Letters of a script without case (Hangul, Chinese, Arabic, ...): a name may start anywhere. */
    boolean caseless() {
        int cp = text.codePointAt(0);
        return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp);
    }
}
