package dev.embargo.lists;

import dev.embargo.lists.model.Source;

/**
 * A list whose files failed the checks, and what serves in its place.
 *
 * @param key     the main file's path relative to the folder of lists (see {@link ListCopy#key()})
 * @param source  the list, when known (from the copy in service, the folder layout of a store or the file)
 * @param problem why, in one stable code
 * @param error   the full error, naming the file, the place and what was expected
 * @param kept    the copy still serving in its place, or null when there is none
 */
public record ListFailure(String key, Source source, ListProblem problem, ListFormatException error, ListCopy kept) {
    public String message() {
        return error.getMessage();
    }
}
