package dev.embargo.server.yente;

import dev.embargo.server.lists.ServedLists;

/**
 * The {@link Generation} of the lists in service, computed on first use and kept until a reload swaps in a new
 * {@link ServedLists}: one per server, shared by the yente and reconciliation endpoints.
 */
public final class Generations {
    private record Entry(ServedLists served, Generation generation) {}

    private Entry last;

    public synchronized Generation of(ServedLists served) {
        // Keyed on the instance: a reload builds a new ServedLists, whatever its contents.
        if (last == null || last.served() != served) {
            last = new Entry(served, Generation.of(served));
        }
        return last.generation();
    }
}
