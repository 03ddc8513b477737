package dev.embargo.lists.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name cell that carries the list's note on it: "Nik Mohammad (previously listed as)", "Yassin Sywal
 * (formerly listed as)", "Ri'ad Muhammad Hasan Muhammad Hijazi (Previously listed as. In Arabic: رياض ...)".
 * The UN gives this note in an alias's NOTE element, and the lists that copy the UN's entries (DFAT's name
 * column, now and then the UN's own ALIAS_NAME) write it into the name. The note is not part of the name: read
 * as name words, "previously listed as" stands in every query's way (the name alone scored 0.72 against its own
 * cell). A reader files the name as a former name, the original-script name the note gives beside it, and
 * the note as a remark.
 *
 * @param name           the name before the note
 * @param originalScript the name the note gives in its own script ("In Arabic: ..."), or null
 * @param note           the note as written, without its brackets
 */
public record ListedAsNote(String name, String originalScript, String note) {
    /** A trailing bracket that opens with "previously listed as" or "formerly listed as" (any case). */
    private static final Pattern NOTE =
            Pattern.compile("(?iu)^(.*?\\S)\\s*\\(\\s*((?:previously|formerly)\\s+listed\\s+as\\b[^()]*)\\)\\s*$");

    /** "in Arabic: ...", "in Arabic script: ...", "original script: ..." inside the note. */
    private static final Pattern SCRIPT =
            Pattern.compile("(?iu)(?:original script|in \\p{L}+(?: script)?)\\s*:\\s*(.+?)\\s*$");

    /** The name and note of a cell that ends in a "listed as" note; empty for any other cell. */
    public static Optional<ListedAsNote> of(String cell) {
        if (cell == null || cell.indexOf('(') < 0) {
            return Optional.empty();
        }
        Matcher m = NOTE.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String note = m.group(2).strip();
        Matcher script = SCRIPT.matcher(note);
        String original = script.find() ? script.group(1) : null;
        return Optional.of(new ListedAsNote(m.group(1).strip(), original, note));
    }
}
