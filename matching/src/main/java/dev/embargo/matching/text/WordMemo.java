package dev.embargo.matching.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of a pure function of a word, shared by the threads (a race only computes a word twice). Bounded for
 * a long-running server: cleared once it holds 100,000 words, which only costs the next words their
 * computation, and words of more than 64 characters are computed but not remembered, so that it stays small
 * in bytes too.
 */
public final class WordMemo<V> {
    private static final int MAX_WORDS = 100_000;
    private static final int MAX_WORD_LENGTH = 64;
    private final Function<String, V> compute;
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

    public WordMemo(Function<String, V> compute) {
        this.compute = compute;
    }

    public V get(String word) {
        if (word.length() > MAX_WORD_LENGTH) {
            return compute.apply(word);
        }
        V v = values.get(word);
        if (v == null) {
            if (values.size() >= MAX_WORDS) {
                values.clear();
            }
            v = compute.apply(word);
            values.put(word, v);
        }
        return v;
    }
}
