package dev.embargo.store;

import java.util.List;

/**
 * A record and the listings it met at the threshold, with its lookup keys packed for the store
 * ({@link RecordKeys#pack}; null when it has none or they are not kept).
 */
record ScreenedRecord(PortfolioRecord record, List<Hit> hits, byte[] keys) {
    ScreenedRecord(PortfolioRecord record, List<Hit> hits) {
        this(record, hits, null);
    }
}
