package dev.embargo.store;

/** The store could not do what was asked: the database failed or refused, or the request conflicts with it. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
