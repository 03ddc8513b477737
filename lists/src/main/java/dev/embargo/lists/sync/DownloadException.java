package dev.embargo.lists.sync;

import java.io.IOException;
import java.net.URI;

/** A file that could not be fetched whole: says which URL and why. */
public final class DownloadException extends IOException {
    private final URI url;
    private final String reason;

    public DownloadException(URI url, String reason, Throwable cause) {
        super(url + ": " + reason, cause);
        this.url = url;
        this.reason = reason;
    }

    public URI url() {
        return url;
    }

    public String reason() {
        return reason;
    }
}
