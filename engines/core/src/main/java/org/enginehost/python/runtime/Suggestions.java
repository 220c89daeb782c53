package org.enginehost.python.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" of CPython 3.11's tracebacks: for a NameError or AttributeError that knows
 * its name (and, for an attribute, its object), the closest other name in scope, if one is close
 * enough. Closeness is CPython's: an edit distance over the names' UTF-8 bytes where inserting or
 * deleting a byte costs 2, replacing one costs 2 or, when only its ASCII case differs, 1; a
 * candidate is taken when its distance is at most a third of the two names' combined length
 * (plus one), names longer than 40 bytes after their common prefix and suffix never match, and
 * no suggestion is made from more than 750 candidates.
 */
public final class Suggestions {
    private static final int MOVE = 2;
    private static final int CASE = 1;
    private static final int MAX_NAME = 40;
    private static final int MAX_CANDIDATES = 750;

    private Suggestions() {
    }

    /** The suggestion for {@code e}, or null: NameErrors look at the failing frame's scope, AttributeErrors at dir(obj). */
    public static String forException(PyBaseException e) {
        if (e.attrs == null || !(e.attrs.get("name") instanceof PyStr name)) {
            return null;
        }
        if (e.isInstance(ExceptionTypes.NAME_ERROR)) {
            Frame frame = lastFrame(e);
            if (frame == null) {
                return null;
            }
            String s = closest(List.of(frame.code.varnames), name.value);
            if (s == null) {
                s = closest(keys(frame.globals), name.value);
            }
            if (s == null && frame.builtins != null) {
                s = closest(keys(frame.builtins), name.value);
            }
            return s;
        }
        if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
            PyObject obj = e.attrs.get("obj");
            if (obj == null) {
                return null;
            }
            PyList dir = ClassBuiltins.dirOf(obj);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < dir.size; i++) {
                if (dir.items[i] instanceof PyStr) {
                    names.add(((PyStr) dir.items[i]).value);
                }
            }
            return closest(names, name.value);
        }
        return null;
    }

    private static Frame lastFrame(PyBaseException e) {
        PyTraceback tb = e.traceback;
        if (tb == null) {
            return null;
        }
        while (tb.next != null) {
            tb = tb.next;
        }
        return tb.frame;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        if (d != null) {
            for (PyObject k : d.keys()) {
                if (k instanceof PyStr) {
                    out.add(((PyStr) k).value);
                }
            }
        }
        return out;
    }

    /** The candidate closest to {@code name} within its allowance (the first of equals), or null. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        byte[] target = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] other = candidate.getBytes(StandardCharsets.UTF_8);
            int allowed = Math.min((target.length + other.length + 3) * MOVE / 6, bestDistance - 1);
            int d = distance(target, other, allowed);
            if (d <= allowed && (best == null || d < bestDistance)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The edit distance of {@code a} and {@code b}, or any value above {@code limit} once it must exceed it. */
    static int distance(byte[] a, byte[] b, int limit) {
        int start = 0;
        int endA = a.length;
        int endB = b.length;
        while (start < endA && start < endB && a[start] == b[start]) {
            start++;
        }
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
            endA--;
            endB--;
        }
        int lenA = endA - start;
        int lenB = endB - start;
        if (lenA == 0 || lenB == 0) {
            return (lenA + lenB) * MOVE;
        }
        if (lenA > MAX_NAME || lenB > MAX_NAME) {
            return limit + 1;
        }
        if (Math.abs(lenA - lenB) * MOVE > limit) {
            return limit + 1;
        }
        // row[j]: the cost of turning the first i bytes of b into the first j + 1 bytes of a.
        int[] row = new int[lenA];
        for (int j = 0; j < lenA; j++) {
            row[j] = (j + 1) * MOVE;
        }
        int cost = 0;
        for (int i = 0; i < lenB; i++) {
            int diagonal = i * MOVE; // b's first i bytes into a's first 0
            int left = (i + 1) * MOVE; // b's first i + 1 bytes into a's first 0
            int rowMinimum = Integer.MAX_VALUE;
            for (int j = 0; j < lenA; j++) {
                int replace = diagonal + replaceCost(b[start + i], a[start + j]);
                int up = row[j] + MOVE;
                int insert = left + MOVE;
                cost = Math.min(replace, Math.min(up, insert));
                diagonal = row[j];
                row[j] = cost;
                left = cost;
                rowMinimum = Math.min(rowMinimum, cost);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
        }
        return cost;
    }

    private static int replaceCost(byte x, byte y) {
        if (x == y) {
            return 0;
        }
        return lower(x) == lower(y) ? CASE : MOVE;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
