package dev.embargo.lists.eu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One element of a {@code <sanctionEntity>} subtree, read whole: the FSF XML puts nearly every fact in
 * attributes, and one entry is small (a few KB), so the reader streams entry by entry and the mapper
 * works on this little tree.
 *
 * @param name       local name, without namespace
 * @param attributes attributes by local name, as written
 * @param text       the element's own text, stripped; null when it has none
 * @param children   child elements in document order
 * @param line       line of the start tag
 */
record FsfElement(String name, Map<String, String> attributes, String text, List<FsfElement> children, int line) {
    // The reader hands over unmodifiable views of collections it no longer touches; copying them again
    // for each of the ~200,000 elements of the full list would cost a tenth of the parse.

    /** The attribute stripped, or null when absent or blank (the FSF writes empty strings for "unknown"). */
    String attr(String key) {
        String value = attributes.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean flag(String key) {
        return "true".equalsIgnoreCase(attr(key));
    }

    List<FsfElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<FsfElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Visits every element below this one named {@code descendantName}, at any depth. */
    void eachDescendant(String descendantName, Consumer<FsfElement> action) {
        for (FsfElement c : children) {
            if (c.name.equals(descendantName)) {
                action.accept(c);
            }
            c.eachDescendant(descendantName, action);
        }
    }

    String place() {
        return "line " + line + ", <" + name + ">";
    }
}
