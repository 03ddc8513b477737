package dev.embargo.store;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Screener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The lists a screening runs against: what was loaded, the screener built on it, and what a run records of
 * it (a content hash of the files and each source's publication date).
 *
 * @param lists     the lists loaded
 * @param errors    the files that failed to load: a snapshot with any is partial
 * @param screener  the index over every entity loaded
 * @param hash      SHA-256 over the list files, path and bytes, in path order
 * @param published source code → publication date, as the files say
 */
public record ListsSnapshot(
        List<LoadedList> lists,
        List<ListFormatException> errors,
        Screener screener,
        String hash,
        Map<String, String> published) {

    public ListsSnapshot {
        lists = List.copyOf(lists);
        errors = List.copyOf(errors);
        published = Map.copyOf(published);
    }

    /** Loads and indexes the lists of {@code folder} (a folder of list files). */
    public static ListsSnapshot load(Path folder) throws IOException {
        ListLoader.Report report = ListLoader.loadDirectory(folder);
        return of(report.lists(), report.errors(), filesHash(folder));
    }

    public static ListsSnapshot of(List<LoadedList> lists, List<ListFormatException> errors, String hash) {
        List<Entity> all = new ArrayList<>();
        Map<String, String> published = new TreeMap<>();
        for (LoadedList l : lists) {
            all.addAll(l.entities());
            if (l.published() != null) {
                published.merge(l.source().code(), l.published().toString(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return new ListsSnapshot(lists, errors, Screener.of(all), hash, published);
    }

    public boolean partial() {
        return !errors.isEmpty();
    }

    public List<Entity> entities() {
        return screener.entities();
    }

    /** "source=date;..." for the run's record. */
    public String publishedText() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(published).forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(k).append('=').append(v);
        });
        return sb.toString();
    }

    static String filesHash(Path folder) throws IOException {
        MessageDigest digest = Sha256.digest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            digest.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update((byte) 0);
        }
        return Sha256.hex(digest);
    }

    /**
     * SHA-256 of what of a listing screening weighs: its names, dates of birth, countries and identifiers. A
     * change here is a material change of the listing.
     */
    static String listingHash(Entity e) {
        List<String> names = e.names().stream().map(Name::full).sorted().toList();
        List<String> dates =
                e.birthDates().stream().map(ListedDate::iso).sorted().toList();
        List<String> countries = Stream.of(e.nationalities(), e.citizenships(), e.countries())
                .flatMap(List::stream)
                .sorted()
                .distinct()
                .toList();
        List<String> ids =
                e.identifiers().stream().map(Identifier::value).sorted().toList();
        return Sha256.hex(StoreJson.write(List.of(e.kind().code(), names, dates, countries, ids)));
    }
}
