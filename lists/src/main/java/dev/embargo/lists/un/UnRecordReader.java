package dev.embargo.lists.un;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one element (a whole INDIVIDUAL or ENTITY record) from a StAX stream into {@link UnElement}s. */
final class UnRecordReader {
    /** Records are three levels deep (record, group, VALUE); more means the file is not what we think. */
    private static final int MAX_DEPTH = 6;

    private UnRecordReader() {}

    static boolean isRecord(String elementName) {
        return "INDIVIDUAL".equals(elementName) || "ENTITY".equals(elementName);
    }

    /**
     * Reads the element whose start tag the reader is on, up to and including its end tag.
     *
     * @param lineOffset added to the reader's line numbers (when it reads a piece cut from a larger text)
     * @throws XMLStreamException when the element is not well-formed, or another record starts inside it
     *                            (its end tag was lost)
     */
    static UnElement read(XMLStreamReader r, int lineOffset) throws XMLStreamException {
        return read(r, lineOffset, 0);
    }

    private static UnElement read(XMLStreamReader r, int lineOffset, int depth) throws XMLStreamException {
        String name = r.getLocalName();
        int line = r.getLocation().getLineNumber() + lineOffset;
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException(
                    "elements nested more than " + MAX_DEPTH + " deep at <" + name + ">", r.getLocation());
        }
        StringBuilder text = new StringBuilder();
        List<UnElement> children = new ArrayList<>();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (isRecord(r.getLocalName())) {
                        throw new XMLStreamException(
                                "<" + r.getLocalName() + "> starts inside another record,"
                                        + " whose end tag is missing",
                                r.getLocation());
                    }
                    children.add(read(r, lineOffset, depth + 1));
                }
                case XMLStreamConstants.CHARACTERS,
                        XMLStreamConstants.CDATA,
                        XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> text.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new UnElement(name, text.toString(), children, line);
                }
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("the text ends inside <" + name + ">", r.getLocation());
                default -> {
                    // Comments and processing instructions carry no list data.
                }
            }
        }
    }
}
