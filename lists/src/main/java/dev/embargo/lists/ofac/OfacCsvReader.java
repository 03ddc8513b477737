package dev.embargo.lists.ofac;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadedList;

/** PLACEHOLDER: to be implemented. */
public final class OfacCsvReader implements ListReader {
    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        throw new ListFormatException(files.main(), null, "a parser for this format (not written yet)", null);
    }
}
