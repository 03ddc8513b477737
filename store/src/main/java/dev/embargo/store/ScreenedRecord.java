package dev.embargo.store;

import java.util.List;

/** A record and the listings it met at the threshold. */
record ScreenedRecord(PortfolioRecord record, List<Hit> hits) {}
