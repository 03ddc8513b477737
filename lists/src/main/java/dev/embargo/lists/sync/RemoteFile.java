package dev.embargo.lists.sync;

import java.net.URI;
import java.util.Objects;

/**
 * One file a publisher puts online.
 *
 * @param fileName    the name it is stored under in a snapshot
 * @param officialUrl where the publisher serves it
 * @param mayBeEmpty  an empty body is a legitimate publication (OFAC's overflow comments can be empty),
 *                    so it is left out rather than failing the source
 */
public record RemoteFile(String fileName, URI officialUrl, boolean mayBeEmpty) {
    public RemoteFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(officialUrl, "officialUrl");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
    }
}
