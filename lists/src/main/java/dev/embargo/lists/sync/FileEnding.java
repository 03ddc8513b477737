package dev.embargo.lists.sync;

import dev.embargo.lists.ListFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a downloaded file ends the way a whole file of its format ends: an XML list with the end
 * tag of its root element, a CSV list with a line break (OFAC then adds a 0x1A byte). This does not rely
 * on the readers, some of which recover what they can from a cut file and only warn, which is right for
 * reading a damaged copy but wrong for replacing a good one. (A cut XLSX fails to open at all.)
 */
public final class FileEnding {
    private static final int HEAD = 16 * 1024;
    private static final int TAIL = 4 * 1024;
    private static final Pattern ROOT_START =
            Pattern.compile("<(?![?!])([A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?)[\\s>/]");
    private static final Pattern COMMENT_OR_DECLARATION = Pattern.compile("(?s)<!--.*?-->|<\\?.*?\\?>|<![^>]*>");

    private FileEnding() {}

    /** Why {@code file} looks cut off, or null when it ends like a whole file of {@code format}. */
    public static String cutOff(Path file, ListFormat format) throws IOException {
        return switch (format) {
            case UN_XML, OFAC_XML, EU_FSF_XML, CANADA_SEMA_XML -> xmlCutOff(file);
            case OFAC_CSV, OFAC_CSV_ADDRESSES, OFAC_CSV_ALIASES, OFAC_CSV_COMMENTS, UK_CSV -> csvCutOff(file);
            case UK_XLSX, AUSTRALIA_DFAT_XLSX -> null;
        };
    }

    private static String xmlCutOff(Path file) throws IOException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        }
        Matcher root = ROOT_START.matcher(COMMENT_OR_DECLARATION.matcher(head).replaceAll(" "));
        if (!root.find()) {
            return null;
        }
        String name = root.group(1);
        // Comments and processing instructions may follow the root element.
        String tail = COMMENT_OR_DECLARATION
                .matcher(new String(tail(file), StandardCharsets.UTF_8))
                .replaceAll("")
                .stripTrailing();
        if (Pattern.compile("</" + Pattern.quote(name) + "\\s*>$").matcher(tail).find()) {
            return null;
        }
        return "it ends without the closing </" + name + "> (cut off)";
    }

    private static String csvCutOff(Path file) throws IOException {
        byte[] tail = tail(file);
        int end = tail.length;
        while (end > 0 && (tail[end - 1] == 0x1A || tail[end - 1] == 0)) {
            end--;
        }
        if (end == 0 || tail[end - 1] == '\n' || tail[end - 1] == '\r') {
            return null;
        }
        return "its last line has no line break (cut off)";
    }

    private static byte[] tail(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int n = (int) Math.min(TAIL, length);
            byte[] bytes = new byte[n];
            raf.seek(length - n);
            raf.readFully(bytes);
            return bytes;
        }
    }
}
