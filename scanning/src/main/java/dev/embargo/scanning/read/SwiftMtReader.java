package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SWIFT MT (FIN) messages, MT103 and MT202 in particular. The text holds the parties' names and
 * addresses and the free-text fields, one field per line, so screening sees words rather than codes;
 * the banks' BICs (header addresses and 5xA fields) are kept too, as fields, for exact identifier
 * matching. Amounts, dates and references are left out.
 */
final class SwiftMtReader {
    /** Field number (tag without its option letter) to what it holds; options share the meaning. */
    private static final Map<String, String> PARTY_AND_TEXT_FIELDS = Map.ofEntries(
            Map.entry("50", "ordering customer"),
            Map.entry("51", "sending institution"),
            Map.entry("52", "ordering institution"),
            Map.entry("53", "sender's correspondent"),
            Map.entry("54", "receiver's correspondent"),
            Map.entry("55", "third reimbursement institution"),
            Map.entry("56", "intermediary"),
            Map.entry("57", "account with institution"),
            Map.entry("58", "beneficiary institution"),
            Map.entry("59", "beneficiary"),
            Map.entry("70", "remittance"),
            Map.entry("72", "sender to receiver"));

    private static final Map<String, String> FULL_TAG_FIELDS = Map.of(
            "77B", "regulatory reporting",
            "77T", "envelope contents");
    private static final String HEADER_EXAMPLE = "like {1:F01BANKBEBBAXXX0000000000}";

    private record Block(String id, int start, int end) {}

    private record Tagged(String tag, int line, StringBuilder value) {}

    Document read(String source, byte[] content) throws ScanException {
        DecodedText decoded = DecodedText.of(content);
        String s = decoded.text();
        List<String> warnings = new ArrayList<>(decoded.warning().stream().toList());
        List<Block> blocks = blocks(source, s);
        Block b1 = find(blocks, "1");
        Block b2 = find(blocks, "2");
        Block b4 = find(blocks, "4");
        if (b4 == null) {
            throw new ScanException(source, "message", "a text block {4: ... -}", null);
        }
        FieldTextBuilder text = new FieldTextBuilder();
        String type = null;
        String senderBic = null;
        String receiverBic = null;
        if (b1 != null) {
            String c = s.substring(b1.start(), b1.end());
            if (c.length() < 15) {
                throw new ScanException(
                        source,
                        "block 1 (line " + lineAt(s, b1.start()) + ")",
                        "a basic header " + HEADER_EXAMPLE,
                        null);
            }
            senderBic = bic(source, "block 1", c.substring(3, 15));
        }
        if (b2 != null) {
            String c = s.substring(b2.start(), b2.end());
            String place = "block 2 (line " + lineAt(s, b2.start()) + ")";
            if (c.length() < 4 || !isDigits(c.substring(1, 4))) {
                throw new ScanException(source, place, "an application header like {2:I103BANKDEFFXXXXN}", null);
            }
            type = c.substring(1, 4);
            if (c.charAt(0) == 'I') {
                if (c.length() < 16) {
                    throw new ScanException(source, place, "a receiver address after I" + type, null);
                }
                receiverBic = bic(source, "block 2", c.substring(4, 16));
            } else if (c.charAt(0) == 'O') {
                // Output messages carry the sender in the input reference; block 1 is then the receiver.
                if (c.length() < 26) {
                    throw new ScanException(source, place, "an input time and reference after O" + type, null);
                }
                receiverBic = senderBic;
                senderBic = bic(source, "block 2", c.substring(14, 26));
            } else {
                throw new ScanException(source, place, "I (input) or O (output) before the message type", null);
            }
        } else {
            warnings.add("no application header {2:...}; the message type is unknown");
        }
        if (type != null && !type.equals("103") && !type.equals("202")) {
            warnings.add("MT" + type + " is neither MT103 nor MT202; its fields were read by their usual meaning");
        }
        if (senderBic != null) {
            text.add("sender BIC", senderBic);
        }
        if (receiverBic != null) {
            text.add("receiver BIC", receiverBic);
        }
        List<Tagged> fields = fields(source, s, b4);
        for (Tagged f : fields) {
            String meaning = meaning(f.tag());
            if (meaning != null) {
                addField(text, f.tag() + " " + meaning, f.value().toString());
            }
        }
        if ("103".equals(type)) {
            requirePresent(fields, "50", "ordering customer", warnings);
            requirePresent(fields, "59", "beneficiary", warnings);
        }
        return new Document(source, DocumentKind.SWIFT_MT, text.text(), text.fields(), warnings);
    }

    /** An account or party identifier line (/...) goes in a field of its own, apart from name and address. */
    private static void addField(FieldTextBuilder text, String name, String value) {
        String v = value.strip();
        if (v.startsWith("/")) {
            int nl = v.indexOf('\n');
            text.add(name + " account", nl < 0 ? v : v.substring(0, nl));
            if (nl >= 0) {
                text.add(name, v.substring(nl + 1));
            }
        } else {
            text.add(name, v);
        }
    }

    private static String meaning(String tag) {
        String full = FULL_TAG_FIELDS.get(tag);
        return full != null ? full : tag.startsWith("77") ? null : PARTY_AND_TEXT_FIELDS.get(tag.substring(0, 2));
    }

    private static void requirePresent(List<Tagged> fields, String number, String what, List<String> warnings) {
        if (fields.stream().noneMatch(f -> f.tag().startsWith(number))) {
            warnings.add("MT103 without field " + number + "a (" + what + ")");
        }
    }

    /** Top-level blocks {id:...}; nested braces in blocks 3 and 5; block 4 runs to its closing "-}". */
    private static List<Block> blocks(String source, String s) throws ScanException {
        List<Block> blocks = new ArrayList<>();
        // Block ids seen, and the line of a block worked out only for an error: asking the list and counting
        // lines from the start for every block made a message of many small blocks quadratic to read.
        java.util.Set<String> ids = new java.util.HashSet<>();
        int pos = 0;
        int n = s.length();
        while (true) {
            while (pos < n && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return blocks;
            }
            if (s.charAt(pos) != '{') {
                throw new ScanException(source, "line " + lineAt(s, pos), "'{' opening a block", null);
            }
            // A block identifier is one to three characters: no need to look further for its colon.
            int colon = s.indexOf(':', pos, Math.min(n, pos + 5));
            if (colon < 0 || colon - pos < 2 || colon - pos > 4) {
                throw new ScanException(source, "line " + lineAt(s, pos), "a block identifier such as {4:", null);
            }
            String id = s.substring(pos + 1, colon);
            if (!ids.add(id)) {
                throw new ScanException(
                        source, "line " + lineAt(s, pos), "one message per document (block " + id + " repeats)", null);
            }
            int start = colon + 1;
            int end;
            if (id.equals("4")) {
                end = block4End(s, start);
                if (end < 0) {
                    throw new ScanException(
                            source, "block 4 (line " + lineAt(s, pos) + ")", "\"-}\" closing block 4", null);
                }
                pos = end + 2;
            } else {
                end = matchingBrace(s, start);
                if (end < 0) {
                    throw new ScanException(
                            source, "block " + id + " (line " + lineAt(s, pos) + ")", "'}' closing block " + id, null);
                }
                pos = end + 1;
            }
            blocks.add(new Block(id, start, end));
        }
    }

    private static int block4End(String s, int from) {
        int i = s.indexOf("-}", from);
        while (i >= 0) {
            if (i == from || s.charAt(i - 1) == '\n') {
                return i;
            }
            i = s.indexOf("-}", i + 1);
        }
        return -1;
    }

    private static int matchingBrace(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The tagged fields of block 4; a line without a tag continues the field before it. */
    private static List<Tagged> fields(String source, String s, Block b4) throws ScanException {
        List<Tagged> fields = new ArrayList<>();
        String body = s.substring(b4.start(), b4.end());
        int line = lineAt(s, b4.start());
        Tagged current = null;
        int from = 0;
        while (from <= body.length()) {
            int nl = body.indexOf('\n', from);
            int to = nl < 0 ? body.length() : nl;
            String l = body.substring(from, to);
            if (l.endsWith("\r")) {
                l = l.substring(0, l.length() - 1);
            }
            if (l.startsWith(":")) {
                int close = l.indexOf(':', 1);
                String tag = close < 0 ? "" : l.substring(1, close);
                if (!isTag(tag)) {
                    throw new ScanException(
                            source,
                            "block 4, line " + line,
                            "a field tag of two digits and an optional letter, such as :50K:",
                            null);
                }
                current = new Tagged(tag, line, new StringBuilder(l.substring(close + 1)));
                fields.add(current);
            } else if (current != null) {
                current.value().append('\n').append(l);
            } else if (!l.isBlank()) {
                throw new ScanException(source, "block 4, line " + line, "a field tag such as :20: first", null);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
            line++;
        }
        if (fields.isEmpty()) {
            throw new ScanException(source, "block 4", "at least one field such as :20:", null);
        }
        return fields;
    }

    private static boolean isTag(String tag) {
        return (tag.length() == 2 || tag.length() == 3)
                && isDigits(tag.substring(0, 2))
                && (tag.length() == 2 || (tag.charAt(2) >= 'A' && tag.charAt(2) <= 'Z'));
    }

    /** A 12-character logical terminal address to the BIC: 8 characters, terminal letter dropped, branch. */
    private static String bic(String source, String place, String terminal) throws ScanException {
        for (int i = 0; i < terminal.length(); i++) {
            char c = terminal.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw new ScanException(
                        source,
                        place,
                        "a 12-character address of capital letters and digits, got \"" + terminal + "\"",
                        null);
            }
        }
        return terminal.substring(0, 8) + terminal.substring(9, 12);
    }

    private static Block find(List<Block> blocks, String id) {
        for (Block b : blocks) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }

    private static boolean isDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static int lineAt(String s, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
