package dev.embargo.lists.sync;

import dev.embargo.lists.model.Source;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Where one source's files are published, and the folder of a snapshot they are kept in. */
public record DownloadLocation(Source source, List<RemoteFile> files) {
    public DownloadLocation {
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(source.code() + ": no files to download");
        }
    }

    /** The folder of a snapshot this source's files live in: its source code ("us-ofac-sdn"). */
    public String folder() {
        return source.code();
    }

    /**
     * Where to fetch {@code file} from: the official URL, or with a mirror base URL
     * {@code <base>/<source code>/<file name>}, the same layout a snapshot folder has, so a snapshot
     * served over HTTP is a mirror.
     */
    public URI urlOf(RemoteFile file, URI mirrorBase) {
        if (mirrorBase == null) {
            return file.officialUrl();
        }
        String base = mirrorBase.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + folder() + "/" + file.fileName());
    }
}
