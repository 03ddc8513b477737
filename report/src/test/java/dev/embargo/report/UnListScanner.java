package dev.embargo.report;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real UN list (from ../shared; tests skip where it is absent) and a scanner over it, loaded once for the
 * report's tests: the smallest real list, so reports are built from real hits without the cost of all lists.
 */
public final class UnListScanner {
    private static List<Entity> entities;
    private static Scanner scanner;

    private UnListScanner() {}

    public static synchronized List<Entity> entities() {
        if (entities == null) {
            try {
                entities = ListLoader.loadDirectory(SharedData.lists().resolve("un"))
                        .entities();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entities;
    }

    public static synchronized Scanner scanner() {
        if (scanner == null) {
            scanner = new Scanner(Screener.of(entities()));
        }
        return scanner;
    }
}
