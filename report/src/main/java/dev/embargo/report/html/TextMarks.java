package dev.embargo.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spans of a document to highlight, none overlapping another, gathered one layer after another (mentions,
 * then identifiers, then places): a mark is taken only where it overlaps none already taken. Each mark carries
 * a tag saying what it is; a template decides how a tag looks, so no HTML is built here and the document's
 * text reaches the page only through the template's escaping.
 *
 * @param <T> what a mark says about its span
 */
public final class TextMarks<T> {
    /** A span {@code [start, end)} of the document and what it is. */
    public record Mark<T>(int start, int end, T tag) {}

    /** A run of the document's text: under a mark ({@code tag} is the mark's), or plain ({@code tag} is null). */
    public record Piece<T>(String text, T tag) {
        public boolean plain() {
            return tag == null;
        }
    }

    private final List<Mark<T>> taken = new ArrayList<>();
    // Taken marks never overlap, so ordered by start they are ordered by end too, and one look at the last one
    // starting before a new mark's end tells whether it is free; comparing with every taken mark is quadratic.
    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

    /** Takes {@code mark} unless it overlaps one already taken; says whether it was taken. */
    public boolean addIfFree(Mark<T> mark) {
        Map.Entry<Integer, Integer> before = endByStart.lowerEntry(mark.end());
        if (before != null && mark.start() < before.getValue()) {
            return false;
        }
        taken.add(mark);
        endByStart.merge(mark.start(), mark.end(), Math::max);
        return true;
    }

    /** The marks taken, in the order they were. */
    public List<Mark<T>> list() {
        return List.copyOf(taken);
    }

    /**
     * {@code text} cut into pieces at the marks taken, in text order, every character in exactly one piece; a
     * mark that starts inside an earlier one or runs past the text is left out (its text stays plain). An empty
     * plain piece is left out too.
     */
    public List<Piece<T>> pieces(String text) {
        List<Mark<T>> inOrder = new ArrayList<>(taken);
        inOrder.sort(Comparator.comparingInt(Mark::start));
        List<Piece<T>> out = new ArrayList<>(inOrder.size() * 2 + 1);
        int at = 0;
        for (Mark<T> m : inOrder) {
            if (m.start() < at || m.end() > text.length()) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Piece<>(text.substring(at, m.start()), null));
            }
            out.add(new Piece<>(text.substring(m.start(), m.end()), m.tag()));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Piece<>(text.substring(at), null));
        }
        return out;
    }
}
