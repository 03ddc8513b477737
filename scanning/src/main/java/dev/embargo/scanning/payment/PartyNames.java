package dev.embargo.scanning.payment;

import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentKind;
import dev.embargo.scanning.read.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parties of a payment message are named, and how each name may be read. A party's name lines are
 * one name; in the free-format party fields of SWIFT MT (50K, 59, options D and H) only the first line is
 * surely the name, and the line under it is either the rest of a wrapped name or the first address line.
 * Both readings (and, for a name over three lines, the third) are offered when a line was plausibly wrapped (see {@link #mayWrapInto}), and
 * screening keeps the better: a name plus an address word scores below the name alone, a wrapped name's
 * first half below the whole.
 */
public final class PartyNames {
    /** The longest line of an MT party field (4*35x). */
    static final int MT_LINE = 35;
    /** The longest content of a numbered line of option F ("1/" takes two of the 35 characters). */
    static final int MT_NUMBERED_LINE = 33;
    /** A free-format party field has four lines: a name over three leaves one for the address. */
    static final int MAX_NAME_LINES = 3;

    /**
     * One reading of a party's name: the text span it covers (line breaks inside it) and the queries to
     * screen for it, the plain one (words joined by single spaces) first and, where a line was cut in the
     * middle of a word, the one with the cut closed.
     */
    public record Reading(Field first, int start, int end, List<String> queries) {
        public Reading {
            queries = List.copyOf(queries);
        }
    }

    /** The readings of one party's name, each to be screened; the best-scoring one is the party's. */
    public record Party(List<Reading> readings) {
        public Party {
            readings = List.copyOf(readings);
        }
    }

    private PartyNames() {}

    /** Every party name of {@code document}, in text order. */
    public static List<Party> of(Document document) {
        List<Field> fields = document.fields();
        String text = document.text();
        boolean mt = document.kind() == DocumentKind.SWIFT_MT;
        List<Party> parties = new ArrayList<>();
        int i = 0;
        while (i < fields.size()) {
            Field f = fields.get(i);
            if (f.role() != Field.Role.NAME) {
                i++;
                continue;
            }
            // The name lines that follow one another in one field of one message are one name.
            int j = i + 1;
            while (j < fields.size() && fields.get(j).role() == Field.Role.NAME && sameField(f, fields.get(j))) {
                j++;
            }
            List<Field> lines = fields.subList(i, j);
            int maxLine = mt ? (isOptionF(f) ? MT_NUMBERED_LINE : MT_LINE) : Integer.MAX_VALUE;
            List<Reading> readings = new ArrayList<>();
            readings.add(reading(text, lines, maxLine));
            if (mt && lines.size() == 1) {
                // A long name runs on over the next lines as long as each was plausibly wrapped into the next.
                List<Field> longer = new ArrayList<>(lines);
                for (int k = j; k < fields.size() && longer.size() < MAX_NAME_LINES; k++) {
                    Field next = fields.get(k);
                    if (next.role() != Field.Role.ADDRESS
                            || !sameField(f, next)
                            || !mayWrapInto(longer.getLast().in(text), next.in(text), maxLine)) {
                        break;
                    }
                    longer.add(next);
                    readings.add(reading(text, longer, maxLine));
                }
            }
            parties.add(new Party(readings));
            i = j;
        }
        return parties;
    }

    /**
     * Whether a writer wrapping words at {@code maxLine} could have put {@code next} on a new line only because
     * its first word did not fit on {@code line}: a line ended early on purpose (the name is short) leaves room
     * for the next word, and then the next line is not part of the name.
     */
    static boolean mayWrapInto(String line, String next, int maxLine) {
        String l = line.strip();
        String n = next.strip();
        if (n.isEmpty() || l.isEmpty()) {
            return false;
        }
        int word = 0;
        while (word < n.length() && !Character.isWhitespace(n.charAt(word))) {
            word++;
        }
        return l.length() + 1 + word > maxLine;
    }

    private static Reading reading(String text, List<Field> lines, int maxLine) {
        StringBuilder plain = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        boolean cut = false;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k).in(text).strip();
            if (k > 0) {
                plain.append(' ');
                String before = lines.get(k - 1).in(text).strip();
                // A line filled to its last character and a letter on both sides of the break: perhaps a
                // word cut in two by a writer that breaks at the width, not between words.
                boolean hardCut = before.length() == maxLine
                        && Character.isLetter(before.charAt(before.length() - 1))
                        && !l.isEmpty()
                        && Character.isLetter(l.charAt(0));
                if (hardCut) {
                    cut = true;
                } else {
                    closed.append(' ');
                }
            }
            plain.append(l);
            closed.append(l);
        }
        List<String> queries = new ArrayList<>();
        queries.add(singleSpaced(plain.toString()));
        if (cut) {
            queries.add(singleSpaced(closed.toString()));
        }
        return new Reading(
                lines.getFirst(), lines.getFirst().start(), lines.getLast().end(), queries);
    }

    private static boolean sameField(Field a, Field b) {
        return a.name().equals(b.name()) && a.message().equals(b.message());
    }

    /** 50F and 59F: the tag's option letter, third character of an MT field's name such as "50F ...". */
    private static boolean isOptionF(Field f) {
        return f.name().length() > 3 && f.name().charAt(2) == 'F' && f.name().charAt(3) == ' ';
    }

    /** {@code s} stripped, and each run of white space inside it (as regex {@code \s} has it) one space. */
    static String singleSpaced(String s) {
        String t = s.strip();
        StringBuilder b = new StringBuilder(t.length());
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                b.append(c);
            } else if (!inSpace) {
                b.append(' ');
            }
            inSpace = space;
        }
        return b.toString();
    }
}
