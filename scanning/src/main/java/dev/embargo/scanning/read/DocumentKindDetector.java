package dev.embargo.scanning.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a document's kind from its first bytes; the file name is never trusted. */
final class DocumentKindDetector {
    /** Enough to see past an XML declaration, comments and a business application header. */
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|h[1-6]|table|tr|td|ul|ol|li|em|strong|b|i|article|section|header|footer|nav)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int HTML_TAGS_FOR_FRAGMENT = 3;

    DocumentKind detect(byte[] content) {
        // Latin-1 maps every byte to one char, so the markers below are found whatever the real encoding.
        String head = new String(content, 0, Math.min(content.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String start = stripLeading(head);
        if (start.startsWith("%PDF-")) {
            return DocumentKind.PDF;
        }
        if (start.length() >= 3
                && start.charAt(0) == '{'
                && start.charAt(1) >= '1'
                && start.charAt(1) <= '5'
                && start.charAt(2) == ':') {
            return DocumentKind.SWIFT_MT;
        }
        if (start.startsWith("<")) {
            if (head.contains("urn:iso:std:iso:20022:tech:xsd:")) {
                return DocumentKind.ISO20022;
            }
            String lower = start.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html")
                    || lower.contains("<html")
                    || lower.contains("<body")
                    || lower.contains("<head")) {
                return DocumentKind.HTML;
            }
        }
        if (manyHtmlTags(head)) {
            return DocumentKind.HTML;
        }
        return DocumentKind.TEXT;
    }

    private static boolean manyHtmlTags(String head) {
        Matcher m = HTML_TAG.matcher(head);
        int count = 0;
        while (m.find()) {
            if (++count >= HTML_TAGS_FOR_FRAGMENT) {
                return true;
            }
        }
        return false;
    }

    /** Drops byte order marks (in their Latin-1 spelling) and leading white space. */
    private static String stripLeading(String head) {
        int i = 0;
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            i = 3;
        }
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        return head.substring(i);
    }
}
