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

    /** The shortest correctly rounded decimal that round-trips, with trailing zeros stripped. */
    static BigDecimal shortest(double abs) {
        BigDecimal hint = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        int n = hint.precision();
        BigDecimal exact = new BigDecimal(abs);
        BigDecimal best = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (best.doubleValue() != abs) {
            best = hint;
        }
        while (n > 1) {
            BigDecimal candidate = exact.round(new MathContext(n - 1, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() != abs) {
                break;
            }
            best = candidate;
            n--;
        }
        return best.stripTrailingZeros();
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
