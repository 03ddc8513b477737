package dev.embargo.spark;

import dev.embargo.store.Store;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The monitoring stores a JVM writes alerts to, one pool per URL: opened once per executor JVM (like the
 * screener, see {@link ListSnapshot#screener}), not per task, and closed when the JVM ends.
 */
final class StoreCache {
    private static final Map<String, Store> STORES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> STORES.values().forEach(Store::close), "embargo-store-close"));
    }

    private StoreCache() {}

    static Store open(String jdbcUrl) {
        return STORES.computeIfAbsent(jdbcUrl, Store::open);
    }
}
