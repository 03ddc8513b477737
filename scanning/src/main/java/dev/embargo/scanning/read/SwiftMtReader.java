package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SWIFT MT (FIN) messages, MT103 (and STP), MT202 (and COV) in particular, one or many to a file: messages
 * follow one another, or are parted by {@code $} as in RJE files. The text holds the parties' fields and
 * the free-text fields, each line a part with what it holds ({@link Field.Role}): the name lines of a party
 * apart from its address lines (a party field is not prose), accounts and BICs as identifiers, and the
 * numbered lines of options F as their numbers say. Amounts, dates and references are left out.
 */
final class SwiftMtReader {
    /** Field number (tag without its option letter) to what it holds; options share the meaning. */
    private static final Map<String, String> PARTY_FIELDS = Map.ofEntries(
            Map.entry("50", "ordering customer"),
            Map.entry("51", "sending institution"),
            Map.entry("52", "ordering institution"),
            Map.entry("53", "sender's correspondent"),
            Map.entry("54", "receiver's correspondent"),
            Map.entry("55", "third reimbursement institution"),
            Map.entry("56", "intermediary"),
            Map.entry("57", "account with institution"),
            Map.entry("58", "beneficiary institution"),
            Map.entry("59", "beneficiary"));

    private static final Map<String, String> TEXT_FIELDS = Map.of(
            "70", "remittance",
            "72", "sender to receiver",
            "77B", "regulatory reporting",
            "77T", "envelope contents");
    private static final String HEADER_EXAMPLE = "like {1:F01BANKBEBBAXXX0000000000}";

    private record Block(String id, int start, int end, int line) {}

    private record Tagged(String tag, int line, List<String> lines) {}

    /** The blocks of one message, and where it starts. */
    private record Message(List<Block> blocks, int line) {}

    Document read(String source, byte[] content) throws ScanException {
        DecodedText decoded = DecodedText.of(content);
        String s = decoded.text();
        List<String> warnings = new ArrayList<>(decoded.warning().stream().toList());
        List<Message> messages = messages(source, s);
        FieldTextBuilder text = new FieldTextBuilder();
        for (int i = 0; i < messages.size(); i++) {
            String label = Integer.toString(i + 1);
            // One message keeps its warnings as they were; in a file of many, each says which message it is about.
            String prefix = messages.size() == 1
                    ? ""
                    : "message " + label + " (line " + messages.get(i).line() + "): ";
            readMessage(source, s, messages.get(i), label, prefix, text, warnings);
        }
        return new Document(source, DocumentKind.SWIFT_MT, text.text(), text.fields(), warnings);
    }

    private static void readMessage(
            String source,
            String s,
            Message message,
            String label,
            String prefix,
            FieldTextBuilder text,
            List<String> warnings)
            throws ScanException {
        List<Block> blocks = message.blocks();
        Block b1 = find(blocks, "1");
        Block b2 = find(blocks, "2");
        Block b4 = find(blocks, "4");
        if (b4 == null) {
            throw new ScanException(source, place(prefix, "message"), "a text block {4: ... -}", null);
        }
        String type = null;
        String senderBic = null;
        String receiverBic = null;
        if (b1 != null) {
            String c = s.substring(b1.start(), b1.end());
            if (c.length() < 15) {
                throw new ScanException(
                        source, "block 1 (line " + b1.line() + ")", "a basic header " + HEADER_EXAMPLE, null);
            }
            senderBic = bic(source, "block 1 (line " + b1.line() + ")", c.substring(3, 15));
        }
        if (b2 != null) {
            String c = s.substring(b2.start(), b2.end());
            String place = "block 2 (line " + b2.line() + ")";
            if (c.length() < 4 || !isDigits(c.substring(1, 4))) {
                throw new ScanException(source, place, "an application header like {2:I103BANKDEFFXXXXN}", null);
            }
            type = c.substring(1, 4);
            if (c.charAt(0) == 'I') {
                if (c.length() < 16) {
                    throw new ScanException(source, place, "a receiver address after I" + type, null);
                }
                receiverBic = bic(source, place, c.substring(4, 16));
            } else if (c.charAt(0) == 'O') {
                // Output messages carry the sender in the input reference; block 1 is then the receiver.
                if (c.length() < 26) {
                    throw new ScanException(source, place, "an input time and reference after O" + type, null);
                }
                receiverBic = senderBic;
                senderBic = bic(source, place, c.substring(14, 26));
            } else {
                throw new ScanException(source, place, "I (input) or O (output) before the message type", null);
            }
        } else {
            warnings.add(prefix + "no application header {2:...}; the message type is unknown");
        }
        if (type != null && !type.equals("103") && !type.equals("202")) {
            warnings.add(
                    prefix + "MT" + type + " is neither MT103 nor MT202; its fields were read by their usual meaning");
        }
        if (senderBic != null) {
            text.add("sender BIC", senderBic, Field.Role.BIC, label, b1.line());
        }
        if (receiverBic != null) {
            text.add("receiver BIC", receiverBic, Field.Role.BIC, label, b2 != null ? b2.line() : 0);
        }
        List<Tagged> fields = fields(source, s, b4);
        for (Tagged f : fields) {
            String freeText = TEXT_FIELDS.get(f.tag());
            if (freeText != null) {
                text.add(f.tag() + " " + freeText, String.join("\n", f.lines()), Field.Role.FREE_TEXT, label, f.line());
            } else if (!f.tag().startsWith("77")) {
                String party = PARTY_FIELDS.get(f.tag().substring(0, 2));
                if (party != null) {
                    addParty(text, f, f.tag() + " " + party, label);
                }
            }
        }
        if ("103".equals(type)) {
            requirePresent(fields, "50", "ordering customer", prefix, warnings);
            requirePresent(fields, "59", "beneficiary", prefix, warnings);
        }
    }

    private static String place(String prefix, String what) {
        return prefix.isEmpty() ? what : prefix.substring(0, prefix.length() - 2) + ", " + what;
    }

    /**
     * A party field, line by line. Options A, C and G hold an account and a BIC; F (50F, 59F) numbers its
     * lines: 1 name, 2 address, 3 country and town, 4 date of birth, 5 place of birth, 6 customer and 7
     * national identity number, 8 more of the line before; every other option (K, H, D, none for 59) gives
     * an optional account line then name and address, the first line the name: whether the name runs on
     * to the next line is decided when screening (see the payment screening), not here.
     */
    private static void addParty(FieldTextBuilder text, Tagged f, String name, String message) {
        char option = f.tag().length() == 3 ? f.tag().charAt(2) : ' ';
        List<String> lines = f.lines();
        int i = 0;
        if (!lines.isEmpty() && lines.getFirst().strip().startsWith("/")) {
            text.add(name, lines.getFirst(), Field.Role.ACCOUNT, message, f.line());
            i = 1;
        }
        switch (option) {
            case 'A', 'C', 'G' -> {
                for (; i < lines.size(); i++) {
                    text.add(
                            name,
                            lines.get(i),
                            isBic(lines.get(i).strip()) ? Field.Role.BIC : Field.Role.ADDRESS,
                            message,
                            f.line() + i);
                }
            }
            case 'F' -> addNumberedLines(text, f, name, message, i);
            case 'L' -> {
                for (; i < lines.size(); i++) {
                    text.add(name, lines.get(i), Field.Role.IDENTIFIER, message, f.line() + i);
                }
            }
            case 'B' -> {
                for (; i < lines.size(); i++) {
                    text.add(name, lines.get(i), Field.Role.ADDRESS, message, f.line() + i);
                }
            }
            default -> {
                boolean first = true;
                for (; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    text.add(name, lines.get(i), first ? Field.Role.NAME : Field.Role.ADDRESS, message, f.line() + i);
                    first = false;
                }
            }
        }
    }

    private static void addNumberedLines(FieldTextBuilder text, Tagged f, String name, String message, int from) {
        List<String> lines = f.lines();
        int i = from;
        // 50F opens with a party identifier (code/country/identifier) when it has no account line.
        if (i == 0 && !lines.isEmpty() && !numbered(lines.getFirst())) {
            text.add(name, lines.getFirst(), Field.Role.IDENTIFIER, message, f.line());
            i = 1;
        }
        Field.Role previous = Field.Role.ADDRESS;
        for (; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            Field.Role role = previous;
            String value = l;
            if (numbered(l)) {
                value = l.substring(2);
                role = switch (l.charAt(0)) {
                    case '1' -> Field.Role.NAME;
                    case '3', '5' -> Field.Role.COUNTRY;
                    case '6', '7' -> Field.Role.IDENTIFIER;
                    case '8' -> previous;
                    default -> Field.Role.ADDRESS;
                };
            }
            text.add(name, value, role, message, f.line() + i);
            previous = role;
        }
    }

    /** A line of option F: a digit 1 to 8 and a slash. */
    private static boolean numbered(String line) {
        return line.length() >= 2 && line.charAt(0) >= '1' && line.charAt(0) <= '8' && line.charAt(1) == '/';
    }

    /** Four bank letters, two country letters, two letters or digits, and perhaps a three-character branch. */
    static boolean isBic(String v) {
        if (v.length() != 8 && v.length() != 11) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            if (!(letter || (i >= 6 && c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static void requirePresent(
            List<Tagged> fields, String number, String what, String prefix, List<String> warnings) {
        for (Tagged f : fields) {
            if (f.tag().startsWith(number)) {
                return;
            }
        }
        warnings.add(prefix + "MT103 without field " + number + "a (" + what + ")");
    }

    /**
     * The messages of a file: a message ends where a block it already has starts again (the next message's
     * header), or at a {@code $} (RJE files); SOH and ETX (PC connect files) are passed over like blanks.
     */
    private static List<Message> messages(String source, String s) throws ScanException {
        List<Message> messages = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        int pos = 0;
        int n = s.length();
        int line = 1;
        int messageLine = 1;
        while (true) {
            while (pos < n && isSeparator(s.charAt(pos))) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    line++;
                }
                if (c == '$' && !current.isEmpty()) {
                    messages.add(new Message(List.copyOf(current), messageLine));
                    current.clear();
                    ids.clear();
                }
                pos++;
            }
            if (pos >= n) {
                break;
            }
            if (s.charAt(pos) != '{') {
                throw new ScanException(source, "line " + line, "'{' opening a block", null);
            }
            // A block identifier is one to three characters: no need to look further for its colon.
            int colon = s.indexOf(':', pos, Math.min(n, pos + 5));
            if (colon < 0 || colon - pos < 2 || colon - pos > 4) {
                throw new ScanException(source, "line " + line, "a block identifier such as {4:", null);
            }
            String id = s.substring(pos + 1, colon);
            // Block 1 opens a message; any block already seen opens the next one (files without headers).
            boolean seen = !ids.add(id);
            if (seen || (id.equals("1") && current.size() > 0)) {
                messages.add(new Message(List.copyOf(current), messageLine));
                current.clear();
                ids.clear();
                ids.add(id);
            }
            if (current.isEmpty()) {
                messageLine = line;
            }
            int start = colon + 1;
            int end;
            if (id.equals("4")) {
                end = block4End(s, start);
                if (end < 0) {
                    throw new ScanException(source, "block 4 (line " + line + ")", "\"-}\" closing block 4", null);
                }
            } else {
                end = matchingBrace(s, start);
                if (end < 0) {
                    throw new ScanException(
                            source, "block " + id + " (line " + line + ")", "'}' closing block " + id, null);
                }
            }
            current.add(new Block(id, start, end, line));
            int next = id.equals("4") ? end + 2 : end + 1;
            line += newlines(s, pos, next);
            pos = next;
        }
        if (!current.isEmpty()) {
            messages.add(new Message(List.copyOf(current), messageLine));
        }
        if (messages.isEmpty()) {
            throw new ScanException(source, "message", "a text block {4: ... -}", null);
        }
        return messages;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '$' || c == '\u0001' || c == '\u0003';
    }

    private static int newlines(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
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
        int line = b4.line();
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
                current = new Tagged(tag, line, new ArrayList<>(List.of(l.substring(close + 1))));
                fields.add(current);
            } else if (current != null) {
                current.lines().add(l);
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
                && isDigit(tag.charAt(0))
                && isDigit(tag.charAt(1))
                && (tag.length() == 2 || (tag.charAt(2) >= 'A' && tag.charAt(2) <= 'Z'));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
}
