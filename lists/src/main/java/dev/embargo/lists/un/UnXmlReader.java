package dev.embargo.lists.un;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.Source;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council Consolidated List XML (root CONSOLIDATED_LIST, INDIVIDUALS/INDIVIDUAL and
 * ENTITIES/ENTITY records, publication date in the dateGenerated attribute).
 *
 * <p>A sound file is read in one StAX pass. A damaged one is repaired at the text level first (see
 * {@link XmlTextRepair}); where a record is still not well-formed the reader falls back to reading record by
 * record from the last good one, skipping each broken record with a warning naming its line and reference
 * number. A file cut off mid-record keeps every complete record before the cut.
 */
public final class UnXmlReader implements ListReader {
    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final String FILE_END = "</" + ROOT + ">";
    private static final Pattern RECORD_START = Pattern.compile("<(INDIVIDUAL|ENTITY)(\\s[^<>]*|/)?>");
    private static final Pattern REFERENCE_NUMBER =
            Pattern.compile("<REFERENCE_NUMBER>\\s*([^<]{1,40}?)\\s*</REFERENCE_NUMBER>");
    private static final String PARSER_MESSAGE_MARK = "Message: ";

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path path = files.main();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ListFormatException(path, null, "a readable file", e);
        }
        return new FileRead(path, bytes).run();
    }

    /** The state of reading one file; the reader itself holds none. */
    private static final class FileRead {
        private final Path path;
        private final String file;
        private final String fileName;
        private final byte[] bytes;
        private final XMLInputFactory factory = newFactory();
        private final List<LoadWarning> warnings = new ArrayList<>();
        private final Map<String, UnEntityMapper.Mapped> byReference = new LinkedHashMap<>();
        private String text;
        private LocalDate published;
        private UnEntityMapper mapper;
        private int recordsSeen;
        private int recordsSkipped;
        /** Line and column just past the last record read whole (or the root's start tag). */
        private int resumeLine;

        private int resumeColumn;

        FileRead(Path path, byte[] bytes) {
            this.path = path;
            this.file = path.toString();
            this.fileName =
                    path.getFileName() == null ? file : path.getFileName().toString();
            this.bytes = bytes;
        }

        LoadedList run() throws ListFormatException {
            XmlTextRepair.Result repaired = XmlTextRepair.repair(bytes);
            text = repaired.text();
            reportRepairs(repaired);
            XMLStreamReader r = null;
            try {
                r = factory.createXMLStreamReader(new StringReader(text));
                readRoot(r);
                readRecords(r);
            } catch (XMLStreamException | RuntimeException e) {
                // The JDK parser throws unchecked exceptions on some malformed input, too.
                if (mapper == null) {
                    throw new ListFormatException(
                            path,
                            place(e, 0),
                            "an XML document whose root element is " + ROOT
                                    + " (the UN Security Council Consolidated List)",
                            readable(e));
                }
                warnings.add(LoadWarning.damaged(
                        file,
                        place(e, 0),
                        "not well-formed XML (" + parserMessage(e)
                                + "); reading on record by record after the last complete record"));
                recover(e);
            } finally {
                close(r);
            }
            return finish();
        }

        private void readRoot(XMLStreamReader r) throws XMLStreamException, ListFormatException {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // Prolog: declaration, comments, whitespace.
            }
            if (!r.isStartElement()) {
                throw new ListFormatException(
                        path,
                        "line " + r.getLocation().getLineNumber() + " (end of file)",
                        "a root element " + ROOT + " (the UN Security Council Consolidated List)",
                        null);
            }
            if (!ROOT.equals(r.getLocalName())) {
                throw new ListFormatException(
                        path,
                        "line " + r.getLocation().getLineNumber(),
                        "root element " + ROOT + " (the UN Security Council Consolidated List), found <"
                                + r.getLocalName() + ">",
                        null);
            }
            String generated = r.getAttributeValue(null, "dateGenerated");
            published = publicationDate(generated);
            if (published == null) {
                warnings.add(new LoadWarning(
                        file,
                        "line " + r.getLocation().getLineNumber(),
                        "expected the publication date in " + ROOT + "/@dateGenerated, found "
                                + (generated == null ? "none" : "\"" + generated + "\"")
                                + "; entities carry no publication date"));
            }
            mapper = new UnEntityMapper(fileName, published);
            markResumePoint(r);
        }

        private void readRecords(XMLStreamReader r) throws XMLStreamException {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (UnRecordReader.isRecord(name)) {
                    UnElement record = UnRecordReader.read(r, 0);
                    accept(record);
                    markResumePoint(r);
                } else if (!"INDIVIDUALS".equals(name) && !"ENTITIES".equals(name)) {
                    mapper.noteUnknown(name + " (outside any record)", UnRecordReader.read(r, 0));
                }
            }
        }

        // The parser's character offsets are unreliable (they drift by the length of some XML declarations);
        // its line and column are exact.
        private void markResumePoint(XMLStreamReader r) {
            resumeLine = r.getLocation().getLineNumber();
            resumeColumn = r.getLocation().getColumnNumber();
        }

        /** Reads record by record from the end of the last record read, skipping broken ones. */
        private void recover(Exception cause) throws ListFormatException {
            LineCounter lines = new LineCounter(text);
            int pos = lines.offsetOf(resumeLine, resumeColumn);
            Matcher open = RECORD_START.matcher(text);
            int lastEnd = pos;
            while (pos < text.length() && open.find(pos)) {
                int start = open.start();
                int tagEnd = open.end();
                String kind = open.group(1);
                boolean empty = open.group(2) != null && open.group(2).endsWith("/");
                int next = open.find(tagEnd) ? open.start() : -1;
                int line = lines.lineAt(start);
                if (empty) {
                    skip(line, kind, null, "an empty <" + kind + "/> record; skipped");
                    pos = tagEnd;
                    continue;
                }
                String close = "</" + kind + ">";
                // Bounded by the next record: a file that lost all its end tags must not take quadratic time.
                int closeAt = text.indexOf(close, tagEnd, next < 0 ? text.length() : next);
                int stop = closeAt >= 0 ? closeAt : next < 0 ? text.length() : next;
                String reference = referenceIn(start, stop);
                if (closeAt < 0) {
                    String why;
                    if (next >= 0) {
                        why = "no " + close + " before the next record starts at line " + lines.lineAt(next)
                                + "; record skipped";
                    } else if (text.indexOf(FILE_END, tagEnd) >= 0) {
                        why = "no " + close + " before the end of the list; record skipped";
                    } else {
                        why = "the file ends inside this record (it is cut off); record dropped";
                    }
                    skip(line, kind, reference, why);
                    pos = next >= 0 ? next : text.length();
                    continue;
                }
                int end = closeAt + close.length();
                readPiece(start, end, line, kind, reference);
                pos = end;
                lastEnd = end;
            }
            if (text.indexOf(FILE_END, lastEnd) < 0) {
                warnings.add(new LoadWarning(
                        file,
                        "line " + lines.lineAt(text.length()) + " (end of file)",
                        "expected " + FILE_END + " at the end: the file is cut off; the " + byReference.size()
                                + " complete records before the cut were loaded"));
            }
            if (byReference.isEmpty()) {
                throw new ListFormatException(
                        path,
                        place(cause, 0),
                        "INDIVIDUAL or ENTITY records of the UN " + "consolidated list, but none could be read",
                        readable(cause));
            }
        }

        private void readPiece(int start, int end, int line, String kind, String reference) {
            XMLStreamReader r = null;
            try {
                r = factory.createXMLStreamReader(new StringReader(text.substring(start, end)));
                while (r.next() != XMLStreamConstants.START_ELEMENT) {
                    // Nothing precedes the record's start tag in the piece.
                }
                UnElement record = UnRecordReader.read(r, line - 1);
                accept(record);
            } catch (XMLStreamException | RuntimeException e) {
                skip(
                        line,
                        kind,
                        reference,
                        "not well-formed XML at " + place(e, line - 1) + " (" + parserMessage(e) + "); record skipped");
            } finally {
                close(r);
            }
        }

        private void accept(UnElement record) {
            recordsSeen++;
            String place = "line " + record.line() + ", " + record.name();
            UnEntityMapper.Mapped mapped;
            try {
                mapped = mapper.map(record);
            } catch (UnEntityMapper.RecordProblem problem) {
                recordsSkipped++;
                warnings.add(new LoadWarning(file, place, "expected " + problem.getMessage()));
                return;
            } catch (RuntimeException bug) {
                recordsSkipped++;
                warnings.add(new LoadWarning(file, place, "a record that can be read (" + bug + "); record skipped"));
                return;
            }
            place = place + " " + mapped.referenceNumber();
            if (byReference.containsKey(mapped.referenceNumber())) {
                recordsSkipped++;
                warnings.add(new LoadWarning(
                        file,
                        place,
                        "expected a unique REFERENCE_NUMBER; " + mapped.referenceNumber()
                                + " was listed before, this later record is skipped"));
                return;
            }
            if (mapped.warning() != null) {
                warnings.add(new LoadWarning(file, place, mapped.warning()));
            }
            byReference.put(mapped.referenceNumber(), mapped);
        }

        private void skip(int line, String kind, String reference, String message) {
            recordsSeen++;
            recordsSkipped++;
            warnings.add(new LoadWarning(
                    file, "line " + line + ", " + kind + (reference == null ? "" : " " + reference), message));
        }

        private LoadedList finish() {
            reportMapperFindings();
            if (recordsSkipped > 0) {
                warnings.add(new LoadWarning(
                        file,
                        null,
                        recordsSkipped + " of " + recordsSeen
                                + " records could not be read and were skipped (see the warnings before); "
                                + byReference.size() + " loaded"));
            }
            List<Entity> entities = new ArrayList<>(byReference.size());
            for (UnEntityMapper.Mapped mapped : byReference.values()) {
                for (String named : mapped.namedReferences()) {
                    UnEntityMapper.Mapped target = byReference.get(named);
                    if (target != null && target != mapped) {
                        mapped.builder()
                                .link(new Link(
                                        displayName(target),
                                        Source.UN.entityId(named),
                                        "named in the list's comments"));
                    }
                }
                entities.add(mapped.builder().build());
            }
            return new LoadedList(Source.UN, ListFormat.UN_XML, fileName, published, entities, warnings);
        }

        private static String displayName(UnEntityMapper.Mapped mapped) {
            return mapped.primaryName() != null
                    ? mapped.primaryName()
                    : mapped.builder().build().primaryName().full();
        }

        private void reportRepairs(XmlTextRepair.Result repaired) {
            if (repaired.malformedBytes().any()) {
                XmlTextRepair.Tally t = repaired.malformedBytes();
                warnings.add(LoadWarning.damaged(
                        file,
                        t.linesText(),
                        "expected " + repaired.charset().name()
                                + " text as declared; " + t.count() + " byte sequences are not, each was replaced by"
                                + " U+FFFD, so names and remarks on those lines are damaged"));
            }
            if (repaired.forbiddenChars().any()) {
                XmlTextRepair.Tally t = repaired.forbiddenChars();
                warnings.add(LoadWarning.damaged(
                        file, t.linesText(), t.count() + " control characters that XML 1.0" + " forbids were dropped"));
            }
            if (repaired.strayMarkup().any()) {
                XmlTextRepair.Tally t = repaired.strayMarkup();
                warnings.add(LoadWarning.damaged(
                        file,
                        t.linesText(),
                        t.count() + " '<' or '&' characters that start" + " no tag or reference were read as text"));
            }
        }

        private void reportMapperFindings() {
            if (mapper == null) {
                return;
            }
            mapper.unknownElements()
                    .forEach((element, u) -> warnings.add(new LoadWarning(
                            file,
                            "line " + u.firstLine(),
                            "element " + element + " is not part of the UN list format as" + " known; its content ("
                                    + u.count() + "×) was not read")));
            if (!mapper.unknownQualities().isEmpty()) {
                warnings.add(new LoadWarning(
                        file,
                        null,
                        "alias QUALITY wordings not known (read as strong" + " aliases): "
                                + counted(mapper.unknownQualities())));
            }
            if (!mapper.unmappedCountries().isEmpty()) {
                warnings.add(new LoadWarning(
                        file,
                        null,
                        "country wordings with no ISO code (kept in the text,"
                                + " left out of nationalities and address countries): "
                                + counted(mapper.unmappedCountries())));
            }
        }

        private static String counted(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
        }

        private String referenceIn(int start, int stop) {
            Matcher m = REFERENCE_NUMBER.matcher(text).region(start, Math.max(start, stop));
            return m.find() ? m.group(1) : null;
        }

        private static LocalDate publicationDate(String generated) {
            if (generated == null || generated.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(generated.strip())
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDate();
            } catch (DateTimeException e) {
                try {
                    return generated.strip().length() >= 10
                            ? LocalDate.parse(generated.strip().substring(0, 10))
                            : null;
                } catch (DateTimeException again) {
                    return null;
                }
            }
        }

        private static String place(Exception e, int lineOffset) {
            Location location = e instanceof XMLStreamException x ? x.getLocation() : null;
            if (location == null || location.getLineNumber() < 0) {
                return null;
            }
            return "line " + (location.getLineNumber() + lineOffset) + ", column " + location.getColumnNumber();
        }

        /** The parser's own words, without the "ParseError at [row,col]" prefix the place already gives. */
        private static String parserMessage(Exception e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            int mark = m.indexOf(PARSER_MESSAGE_MARK);
            return (mark >= 0 ? m.substring(mark + PARSER_MESSAGE_MARK.length()) : m).strip();
        }

        private static Exception readable(Exception e) {
            XMLStreamException plain = new XMLStreamException(parserMessage(e));
            plain.initCause(e);
            return plain;
        }

        private static void close(XMLStreamReader r) {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader over a string frees nothing that matters.
                }
            }
        }

        private static XMLInputFactory newFactory() {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            // A list file has no business declaring entities or fetching anything.
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            // The format uses no namespaces; a damaged xmlns declaration must not make the file unreadable.
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            return f;
        }
    }

    /** Line numbers of text offsets, for offsets asked in increasing order (and correct for any order). */
    private static final class LineCounter {
        private final String text;
        private int offset;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(int target) {
            if (target < offset) {
                offset = 0;
                line = 1;
            }
            int end = Math.min(target, text.length());
            for (int i = offset; i < end; i++) {
                if (endsLine(i)) {
                    line++;
                }
            }
            offset = Math.max(offset, end);
            return line;
        }

        /** The text offset of a parser location (1-based line and column); 0 when there is none. */
        int offsetOf(int targetLine, int column) {
            if (targetLine < 1) {
                return 0;
            }
            int i = 0;
            int l = 1;
            while (l < targetLine && i < text.length()) {
                if (endsLine(i)) {
                    l++;
                }
                i++;
            }
            return Math.min(text.length(), i + Math.max(0, column - 1));
        }

        private boolean endsLine(int i) {
            char c = text.charAt(i);
            return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
        }
    }
}
