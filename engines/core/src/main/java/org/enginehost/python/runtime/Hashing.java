package org.enginehost.python.runtime;

import java.math.BigInteger;

/** CPython's numeric hash: equal numbers hash equal across int, float and bool. */
public final class Hashing {
    static final int BITS = 61;
    static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private Hashing() {
    }

    public static long hashInt(PyInt i) {
        long h;
        if (i.big == null && i.value != Long.MIN_VALUE) {
            long v = i.value;
            h = v >= 0 ? v % MODULUS : -((-v) % MODULUS);
        } else {
            BigInteger b = i.toBig();
            h = b.abs().mod(BIG_MODULUS).longValue();
            if (b.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == 0) {
            return 0;
        }
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1
        int e = Math.getExponent(v) + 1;
        double m;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            double scaled = v * 0x1p64;
            e = Math.getExponent(scaled) + 1 - 64;
            m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            m = v / Math.scalb(1.0, e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
