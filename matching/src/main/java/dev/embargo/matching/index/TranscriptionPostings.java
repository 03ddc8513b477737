package dev.embargo.matching.index;

import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import dev.embargo.matching.text.TranscriptionKey;

/**
 * The names by the {@link TranscriptionKey#lookupKeys lookup keys} of their words, through which a transcribed
 * query (katakana, Chinese transcription characters) finds its candidates: its words share no spelling, variant
 * or skeleton with the Latin names they transcribe. Made on the first transcribed query, since most screening
 * never asks: a Latin query never reads it, and the index is built no slower for it. Safe to share by threads.
 */
final class TranscriptionPostings {
    private static final int[] EMPTY = new int[0];

    private final WeightedName[] names;
    private volatile Postings postings;

    TranscriptionPostings(WeightedName[] names) {
        this.names = names;
    }

    /** The sorted ids of the names holding a word under {@code lookupKey}. */
    int[] get(String lookupKey) {
        Postings p = postings;
        if (p == null) {
            synchronized (this) {
                p = postings;
                if (p == null) {
                    p = build(names);
                    postings = p;
                }
            }
        }
        return lookupKey.length() < 2 ? EMPTY : p.get(lookupKey);
    }

    private static Postings build(WeightedName[] names) {
        Postings.Builder builder = new Postings.Builder();
        for (int i = 0; i < names.length; i++) {
            for (Token t : names[i].tokens()) {
                if (t.kind() != TokenKind.WORD) {
                    continue;
                }
                String key = TranscriptionKey.isMarked(t.skeleton())
                        ? t.skeleton().substring(1)
                        : t.vowelless() ? null : TranscriptionKey.ofLatin(t.text());
                if (key == null) {
                    continue;
                }
                for (String k : TranscriptionKey.lookupKeys(key)) {
                    if (k.length() >= 2) {
                        builder.add(k, i);
                    }
                }
            }
        }
        return builder.build();
    }
}
