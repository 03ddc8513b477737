package dev.embargo.matching.index;

import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.name.AcronymHolders;
import dev.embargo.matching.score.InitialsAndFamily;
import dev.embargo.matching.score.WeightedName;

/**
 * Who holds each key of initials and family name ({@link InitialsAndFamily}) among the listed people, counted
 * by the party keys in use. Made on the first query written as initials and a family name, since most screening
 * never asks: a query of full names never reads it, and the index (built per listing and again per party) is
 * built no slower for it. Safe to share by threads.
 */
final class InitialsHolderCounts {
    private final WeightedName[] names;
    private final EntityKind[] kinds;
    private final int[] party;
    private volatile AcronymHolders holders;

    InitialsHolderCounts(WeightedName[] names, EntityKind[] kinds, int[] party) {
        this.names = names;
        this.kinds = kinds;
        this.party = party;
    }

    /** How many listed people (parties) hold {@code key}. */
    int count(String key) {
        return holders().organisations(key, null);
    }

    /** Every key held, with the number of listed people (parties) holding it. */
    java.util.Map<String, Integer> counts() {
        return holders().counts();
    }

    private AcronymHolders holders() {
        AcronymHolders h = holders;
        if (h == null) {
            synchronized (this) {
                h = holders;
                if (h == null) {
                    h = build(names, kinds, party);
                    holders = h;
                }
            }
        }
        return h;
    }

    private static AcronymHolders build(WeightedName[] names, EntityKind[] kinds, int[] party) {
        boolean[] person = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            person[i] = kinds[i] == EntityKind.PERSON;
        }
        return InitialsAndFamily.holders(names, person, party);
    }
}
