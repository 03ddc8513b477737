package dev.embargo.server.ui;

import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import dev.embargo.server.lists.ServedLists;
import java.util.List;
import java.util.TreeSet;

/**
 * What the search filters offer: the lists, programs and countries of one generation of the lists. Built
 * once per generation (a reload brings new programs), not per request.
 *
 * @param from      the generation these were read from
 * @param sources   the lists loaded, in the order of {@link Source}
 * @param programs  every program named by a loaded entity, sorted
 * @param countries every ISO code an entity is tied to, sorted
 */
record Choices(ServedLists from, List<Source> sources, List<String> programs, List<String> countries) {
    static Choices of(ServedLists served) {
        TreeSet<Source> sources = new TreeSet<>();
        for (LoadedList l : served.report().lists()) {
            sources.add(l.source());
        }
        TreeSet<String> programs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> countries = new TreeSet<>();
        for (Entity e : served.report().entities()) {
            programs.addAll(e.programs());
            countries.addAll(e.nationalities());
            countries.addAll(e.citizenships());
            countries.addAll(e.countries());
            for (Address a : e.addresses()) {
                if (a.country() != null) {
                    countries.add(a.country());
                }
            }
        }
        return new Choices(served, List.copyOf(sources), List.copyOf(programs), List.copyOf(countries));
    }
}
