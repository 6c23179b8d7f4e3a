package org.chronoline.merge;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of strings kept as one sorted array: iterates in sorted order (so sums over it
 * are the same in every run) and costs a fraction of a {@code TreeSet}, which matters when the
 * merger holds features for hundreds of thousands of mentions. Thread-safe.
 */
final class SortedStrings extends AbstractSet<String> {
    private static final SortedStrings EMPTY = new SortedStrings(new String[0]);

    private final String[] items;

    private SortedStrings(String[] items) {
        this.items = items;
    }

    /** The distinct strings of {@code values}, each its shared instance, sorted. */
    static SortedStrings of(Collection<String> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        String[] a = values.toArray(new String[0]);
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || !a[i].equals(a[n - 1])) {
                a[n++] = a[i].intern();
            }
        }
        return new SortedStrings(n == a.length ? a : Arrays.copyOf(a, n));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && Arrays.binarySearch(items, s) >= 0;
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < items.length;
            }

            @Override
            public String next() {
                if (i >= items.length) {
                    throw new NoSuchElementException();
                }
                return items[i++];
            }
        };
    }
}
