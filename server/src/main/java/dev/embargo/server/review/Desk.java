package dev.embargo.server.review;

import dev.embargo.lists.model.Entity;
import dev.embargo.server.ApiException;
import dev.embargo.server.lists.LiveLists;

/**
 * What the review endpoints and pages work with: the system of record, when the server has one (a server
 * started without a store answers them 503), and the lists in service for the listings alerts are about.
 */
public final class Desk {
    private final SystemOfRecord records;
    private final LiveLists lists;

    public Desk(SystemOfRecord records, LiveLists lists) {
        this.records = records;
        this.lists = lists;
    }

    public boolean available() {
        return records != null;
    }

    public SystemOfRecord records() {
        if (records == null) {
            throw ApiException.unavailable("this server runs without a store: start it with `embargo serve`"
                    + " (an embedded store by default) or --db JDBC_URL");
        }
        return records;
    }

    /** The listing as the lists in service hold it, or null when it is not (or no longer) listed. */
    public Entity entity(String id) {
        return lists.current().flatMap(s -> s.entity(id)).orElse(null);
    }
}
