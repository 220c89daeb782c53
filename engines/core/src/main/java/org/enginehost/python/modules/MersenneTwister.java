package org.enginehost.python.modules;

import java.math.BigInteger;

/** MT19937, seeded exactly as CPython's {@code _random.Random} (init_by_array over 32-bit key words). */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;

    final int[] mt = new int[N];
    int index = N + 1;

    void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        index = N;
    }

    /** Seeds from a non-negative integer: its 32-bit words, least significant first. */
    void seed(BigInteger n) {
        n = n.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    int next32() {
        if (index >= N) {
            int kk;
            int y;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** k random bits as a non-negative long (k <= 63). */
    long bits(int k) {
        if (k <= 32) {
            return k == 0 ? 0 : (next32() & 0xffffffffL) >>> (32 - k);
        }
        long lo = next32() & 0xffffffffL;
        long hi = (next32() & 0xffffffffL) >>> (64 - k);
        return lo | (hi << 32);
    }

    BigInteger bigBits(int k) {
        if (k <= 63) {
            return BigInteger.valueOf(bits(k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int pos = be.length - 4 * (i + 1);
            be[pos] = (byte) (r >>> 24);
            be[pos + 1] = (byte) (r >>> 16);
            be[pos + 2] = (byte) (r >>> 8);
            be[pos + 3] = (byte) r;
        }
        return new BigInteger(be);
    }
}
