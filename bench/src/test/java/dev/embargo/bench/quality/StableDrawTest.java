package dev.embargo.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The draws depend on a key alone: not on the order of the others, nor on which others there are. */
class StableDrawTest {
    private static final List<String> KEYS =
            IntStream.range(0, 2_000).mapToObj(i -> "listing-" + i).toList();

    @Test
    void theOrderOfAClassDoesNotDependOnTheOrderGiven() {
        List<String> shuffled = new ArrayList<>(KEYS);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(StableDraw.ordered(shuffled, "title")).isEqualTo(StableDraw.ordered(KEYS, "title"));
        // Another class, another order.
        assertThat(StableDraw.ordered(KEYS, "initial")).isNotEqualTo(StableDraw.ordered(KEYS, "title"));
    }

    @Test
    void removingKeysTakesThemOutOfTheSampleAndLetsOnlyAsManyIn() {
        List<String> before = StableDraw.smallest(KEYS, Function.identity(), "c", 100);
        List<String> removed = before.subList(0, 10);
        List<String> fewer = new ArrayList<>(KEYS);
        fewer.removeAll(removed);
        List<String> after = StableDraw.smallest(fewer, Function.identity(), "c", 100);
        List<String> kept = new ArrayList<>(before);
        kept.removeAll(removed);
        assertThat(after.subList(0, 90)).isEqualTo(kept);
        assertThat(after).hasSize(100);
    }

    @Test
    void aPartnerAlongTheRingStaysWhileNeitherItNorAKeyBetweenChanges() {
        StableDraw.Ring ring = new StableDraw.Ring(KEYS, "partner");
        String partner = ring.next("listing-7");
        assertThat(partner).isNotNull().isNotEqualTo("listing-7");
        List<String> ordered = StableDraw.ordered(KEYS, "partner");
        // Remove a tenth of the keys, but not the partner: keys between the two are those hashed between them, and
        // the ring is hashed by key, so a key far along the ring from both changes nothing.
        List<String> fewer = new ArrayList<>();
        int at = ordered.indexOf(partner);
        for (int i = 0; i < ordered.size(); i++) {
            String k = ordered.get(i);
            boolean far = Math.abs(i - at) > 50;
            if (!far || i % 10 != 0) {
                fewer.add(k);
            }
        }
        assertThat(new StableDraw.Ring(fewer, "partner").next("listing-7")).isEqualTo(partner);
        // The rendezvous pick, likewise, while the chosen one stays.
        String picked = StableDraw.pick(KEYS, Function.identity(), "near-miss", "listing-7");
        List<String> others = new ArrayList<>(KEYS.subList(0, 1_000));
        if (!others.contains(picked)) {
            others.add(picked);
        }
        assertThat(StableDraw.pick(others, Function.identity(), "near-miss", "listing-7"))
                .isEqualTo(picked);
    }

    @Test
    void theRandomOfAKeyIsTheSameWhateverWasDrawnBefore() {
        StableDraw.random("title", "listing-1").nextLong();
        long first = StableDraw.random("title", "listing-2").nextLong();
        assertThat(StableDraw.random("title", "listing-2").nextLong()).isEqualTo(first);
        assertThat(StableDraw.random("initial", "listing-2").nextLong()).isNotEqualTo(first);
    }
}
