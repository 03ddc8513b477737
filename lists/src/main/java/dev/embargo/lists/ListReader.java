package dev.embargo.lists;

/** Reads one list format into entities. Implementations stream their input and hold no state. */
public interface ListReader {
    LoadedList read(ListFiles files) throws ListFormatException;
}
