package dev.embargo.lists;

/**
 * Why one list's files were not taken into service. The code is short and stable, so that health checks,
 * metrics and scripts can show it without the file paths and parser messages of the full error.
 */
public enum ListProblem {
    UNREADABLE("unreadable", "the file cannot be read"),
    UNRECOGNISED("unrecognised", "the file is in no list format Embargo reads"),
    CUT_OFF("cut_off", "the file ends early (cut off)"),
    TOO_LARGE("too_large", "the file is larger than a list file may be"),
    OUT_OF_MEMORY("out_of_memory", "reading the file ran out of memory"),
    INVALID("invalid", "the file does not read as its format"),
    EMPTY("empty", "the file reads but holds no entities"),
    SHRUNK("shrunk", "much smaller than the copy in service"),
    MISSING("missing", "the file is gone"),
    WRONG_SOURCE("wrong_source", "the file holds another list than the copy in service"),
    DAMAGED("damaged", "the file's bytes were damaged on the way, and a clean copy is in service");

    private final String code;
    private final String summary;

    ListProblem(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    /** A short reason without paths or exception text, safe to show to anyone. */
    public String summary() {
        return summary;
    }
}
