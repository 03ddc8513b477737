package dev.embargo.matching;

import java.util.Arrays;

/**
 * Where each entity stands in one query's list of best-scoring names so far: a table by entity index, reused
 * by one thread for its queries (only the entries the last query set are cleared), instead of searching the
 * list for the entity at every candidate name. Not thread-safe: each thread has its own.
 */
final class EntityPositions {
    private int[] position = new int[0];
    private int[] touched = new int[16];
    private int touchedCount;

    /** Forgets the last query's entities; sized for {@code entities} entities. */
    void reset(int entities) {
        for (int i = 0; i < touchedCount; i++) {
            position[touched[i]] = -1;
        }
        touchedCount = 0;
        if (position.length < entities) {
            position = new int[entities];
            Arrays.fill(position, -1);
        }
    }

    /** The entity's position in the list, or -1 when it has none yet. */
    int of(int entity) {
        return position[entity];
    }

    void set(int entity, int at) {
        if (position[entity] < 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = entity;
        }
        position[entity] = at;
    }
}
