package nl.raadsplein.deliberation.opinion;

import java.util.Arrays;

/** Numbers long ids 0, 1, 2, … in the order they are first added; a boxed map costs too much at ten million votes. */
final class LongIndex {

    private long[] keys;
    private int[] slots;
    private long[] inOrder;
    private int size;

    LongIndex() {
        keys = new long[64];
        slots = new int[64];
        inOrder = new long[32];
    }

    /** The index of {@code key}, added when new. */
    int add(long key) {
        int slot = find(key);
        if (slots[slot] != 0) {
            return slots[slot] - 1;
        }
        if (size == inOrder.length) {
            inOrder = Arrays.copyOf(inOrder, size * 2);
        }
        inOrder[size] = key;
        keys[slot] = key;
        slots[slot] = ++size;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The index of {@code key}, or -1. */
    int indexOf(long key) {
        return slots[find(key)] - 1;
    }

    int size() {
        return size;
    }

    /** The keys by index. */
    long[] keys() {
        return Arrays.copyOf(inOrder, size);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (slots[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldSlots.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }
}
