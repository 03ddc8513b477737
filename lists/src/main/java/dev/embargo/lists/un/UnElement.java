package dev.embargo.lists.un;

import java.util.List;

/**
 * One element of a UN list record as read: its text (for leaves) and its child elements (for groups such as
 * INDIVIDUAL_ALIAS). A record is a few dozen of these, so it is read whole before it is mapped: the
 * reference number that names the entity comes after the names in the file.
 *
 * @param line the file line of the element's start tag
 */
record UnElement(String name, String text, List<UnElement> children, int line) {
    UnElement {
        children = List.copyOf(children);
    }

    /** The text of the first child called {@code name}, stripped; null when absent or blank. */
    String text(String childName) {
        for (UnElement child : children) {
            if (child.name.equals(childName)) {
                String t = child.text.strip();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    List<UnElement> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    boolean isBlank() {
        return text.isBlank() && children.stream().allMatch(UnElement::isBlank);
    }
}
