package dev.embargo.store;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.Screener;

/**
 * What a screening run records as the engine: the matching module's version and a hash of every scoring
 * constant, so that a change of either (which can change scores) calls for a full re-screen.
 */
public final class EngineVersion {
    private EngineVersion() {}

    public static String current() {
        String version = Screener.class.getPackage().getImplementationVersion();
        return "embargo-matching " + (version == null ? "dev" : version) + "; policy "
                + Sha256.hex(ScoringPolicy.DEFAULT.toString()).substring(0, 16);
    }
}
