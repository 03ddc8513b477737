package dev.embargo.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Limits an XLSX workbook must keep before a spreadsheet reader opens it. The reader keeps whole strings,
 * and the shared-string table, in memory, and a zip entry can unpack to a thousand times its packed size:
 * a sheet holding one 1 GB inline string packs into a 1 MB file and takes gigabytes to read. So every
 * part is unpacked once here, counting its real unpacked bytes (the sizes a zip declares can lie) and the
 * longest stretch without a '<' (which bounds every text node and attribute value: XML allows no '<' in
 * either), and the workbook is refused before any of it is held in memory.
 *
 * @param maxFileBytes  largest workbook file (the reader reads it whole)
 * @param maxEntries    most entries in the zip
 * @param maxPartBytes  largest unpacked part (a sheet, the shared strings)
 * @param maxTotalBytes most unpacked bytes in all parts together
 * @param maxTextRun    longest text or attribute value, in bytes; a spreadsheet cell holds at most 32,767
 *                      characters, at most about 200 KB of XML even with every character escaped
 */
public record XlsxLimits(long maxFileBytes, int maxEntries, long maxPartBytes, long maxTotalBytes, int maxTextRun) {
    private static final long MIB = 1024 * 1024;
    /**
     * About ten times the largest list published as XLSX (the UK list: a 2 MB file, a 13 MB sheet, 4 MB of
     * shared strings), and far below what would exhaust a server's memory.
     */
    public static final XlsxLimits DEFAULT = new XlsxLimits(128 * MIB, 10_000, 128 * MIB, 256 * MIB, (int) MIB);

    /** Fails with the part and place that break a limit; returns when {@code file} keeps them all. */
    public void check(Path file) throws ListFormatException {
        check(file, "zip container", "an XLSX workbook (a complete zip archive)");
    }

    /**
     * As {@link #check(Path)}, failing on a file that is no zip at all with {@code place} and
     * {@code expected}, as the calling reader words it.
     */
    public void check(Path file, String place, String expected) throws ListFormatException {
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new ListFormatException(
                        file, null, "an XLSX workbook of at most " + mib(maxFileBytes) + ", found " + mib(size), null);
            }
        } catch (IOException e) {
            throw new ListFormatException(file, null, "a readable file", e);
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw new ListFormatException(
                        file,
                        "zip container",
                        "an XLSX workbook of at most " + maxEntries + " parts, found " + zip.size(),
                        null);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getSize() > maxPartBytes) {
                    throw new ListFormatException(
                            file,
                            name,
                            "a part of at most " + mib(maxPartBytes) + " unpacked, but the zip declares "
                                    + mib(entry.getSize()),
                            null);
                }
                // Every part, whatever its name: the workbook's relationships may point the reader at a sheet
                // with any name.
                long partBytes = 0;
                int run = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '<') {
                                run = 0;
                            } else if (++run > maxTextRun) {
                                throw new ListFormatException(
                                        file,
                                        name + ", byte " + (partBytes + i + 1),
                                        "no text or attribute longer than " + mib(maxTextRun)
                                                + " (a spreadsheet cell holds at most 32,767 characters)",
                                        null);
                            }
                        }
                        partBytes += n;
                        total += n;
                        if (partBytes > maxPartBytes) {
                            throw new ListFormatException(
                                    file,
                                    name,
                                    "a part of at most " + mib(maxPartBytes) + " unpacked (a zip bomb?)",
                                    null);
                        }
                        if (total > maxTotalBytes) {
                            throw new ListFormatException(
                                    file,
                                    name,
                                    "at most " + mib(maxTotalBytes) + " unpacked in the whole workbook (a zip bomb?)",
                                    null);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ListFormatException(file, place, expected, e);
        }
    }

    private static String mib(long bytes) {
        return bytes >= MIB
                ? String.format(Locale.ROOT, "%,.1f MiB", bytes / (double) MIB)
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
