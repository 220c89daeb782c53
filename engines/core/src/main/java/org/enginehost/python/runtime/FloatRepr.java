package org.enginehost.python.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr(float)}: the shortest decimal string that reads back as the same double,
 * in fixed notation when the decimal exponent is in [-4, 16), else in exponent notation with a
 * signed, at least two-digit exponent.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1.0 / d) < 0 ? "-0.0" : "0.0";
        }
        double abs = Math.abs(d);
        BigDecimal shortest = shortest(abs);
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        String body = format(digits, decpt);
        return d < 0 ? "-" + body : body;
    }

    /**
     * The shortest decimal that reads back as {@code abs}, and of those the nearest to its exact
     * value (ties to an even last digit), with trailing zeros stripped: what CPython's repr gives.
     * JDK 17's {@code Double.toString} always round-trips but is sometimes a digit longer than
     * that (2**-24), so it only gives the length to start shortening from.
     */
    static BigDecimal shortest(double abs) {
        BigDecimal exact = new BigDecimal(abs);
        BigDecimal best = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        // Monotone: when no n-digit decimal reads back, no shorter one does (it has n digits too).
        for (int n = best.precision(); n >= 1; n--) {
            BigDecimal candidate = nearestReadingBack(exact, n, abs);
            if (candidate == null) {
                break;
            }
            best = candidate;
        }
        return best.stripTrailingZeros();
    }

    /**
     * Of the two {@code n}-digit decimals around {@code exact}, the nearer one that reads back as
     * {@code abs}, or null. The nearer one can fail where the other reads back: at a power of two
     * the doubles below are spaced half as wide as those above.
     */
    private static BigDecimal nearestReadingBack(BigDecimal exact, int n, double abs) {
        BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == abs) {
            return nearest;
        }
        BigDecimal down = exact.round(new MathContext(n, RoundingMode.DOWN));
        BigDecimal other = nearest.compareTo(down) == 0 ? exact.round(new MathContext(n, RoundingMode.UP)) : down;
        return other.doubleValue() == abs ? other : null;
    }

    private static String format(String digits, int decpt) {
        StringBuilder sb = new StringBuilder(24);
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append(exp < 0 ? "e-" : "e+");
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
        return sb.toString();
    }
}
