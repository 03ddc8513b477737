package dev.embargo.scanning.read;

/** The read fixtures for tests of other packages. */
public final class ReadFixturesAccess {
    private ReadFixturesAccess() {}

    public static byte[] resource(String name) {
        return ReadFixtures.resource(name);
    }
}
