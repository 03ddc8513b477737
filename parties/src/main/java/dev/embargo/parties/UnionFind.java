package dev.embargo.parties;

import java.util.Arrays;

/**
 * Disjoint sets over the numbers {@code 0..size-1}, with path halving and union by size. Mutable and not
 * thread-safe: one grouping run owns one instance.
 */
final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.parent = new int[size];
        this.size = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        Arrays.fill(this.size, 1);
    }

    int size() {
        return parent.length;
    }

    int find(int x) {
        int p = x;
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }

    boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    /** Joins the sets of {@code a} and {@code b}; returns the root of the joined set. */
    int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return ra;
    }
}
