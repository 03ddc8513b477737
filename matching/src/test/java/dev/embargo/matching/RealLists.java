package dev.embargo.matching;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One screener over all of ../shared/data/lists, built once per test JVM (tests skip where it is absent). */
final class RealLists {
    private RealLists() {}

    private static Screener screener;

    static synchronized Screener screener() {
        var lists = SharedData.lists();
        if (screener == null) {
            try {
                screener = Screener.of(ListLoader.loadDirectory(lists).entities());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return screener;
    }
}
