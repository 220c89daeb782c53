package org.enginehost.python.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.enginehost.python.runtime.BinOp;
import org.enginehost.python.runtime.CompareOp;
import org.enginehost.python.runtime.Operations;
import org.enginehost.python.runtime.PyBuiltinFunction;
import org.enginehost.python.runtime.PyDict;
import org.enginehost.python.runtime.PyErr;
import org.enginehost.python.runtime.PyFloat;
import org.enginehost.python.runtime.PyInt;
import org.enginehost.python.runtime.PyList;
import org.enginehost.python.runtime.PyMethod;
import org.enginehost.python.runtime.PyModule;
import org.enginehost.python.runtime.PyNone;
import org.enginehost.python.runtime.PyObject;
import org.enginehost.python.runtime.PyStr;
import org.enginehost.python.runtime.PyTuple;
import org.enginehost.python.runtime.PyType;

/** The {@code random} module: CPython's Mersenne Twister and its exact derived algorithms. */
public final class RandomModule {
    private RandomModule() {
    }

    /** A {@code random.Random} instance. */
    public static final class PyRandom extends PyObject {
        final MersenneTwister mt = new MersenneTwister();
        PyObject gaussNext = PyNone.NONE;

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    public static final PyType TYPE = new PyType("Random", new PyType[] {PyType.OBJECT}, (t, a, k) -> {
        PyRandom r = new PyRandom();
        seed(r, a.length > 0 ? a[0] : PyNone.NONE);
        return r;
    }, "random");

    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double TWOPI = 2.0 * Math.PI;
    private static final String[] METHODS = {"seed", "random", "getrandbits", "randrange", "randint", "choice",
        "shuffle", "sample", "uniform", "triangular", "normalvariate", "gauss", "expovariate", "betavariate",
        "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate", "weibullvariate", "choices",
        "getstate", "setstate", "randbytes"};

    static {
        install();
    }

    private static PyRandom self(PyObject[] a, String name) {
        if (a.length == 0 || !(a[0] instanceof PyRandom)) {
            throw PyErr.typeError("descriptor '" + name + "' requires a 'Random' object");
        }
        return (PyRandom) a[0];
    }

    private static PyObject[] rest(PyObject[] a) {
        PyObject[] r = new PyObject[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }

    private static void install() {
        TYPE.addMethod("seed", (a, k) -> {
            PyObject[] p = Args.bind("seed", rest(a), k, new String[] {"a", "version"}, 0, 2);
            seed(self(a, "seed"), p[0] == null ? PyNone.NONE : p[0]);
            return PyNone.NONE;
        });
        TYPE.addMethod("random", (a, k) -> {
            PyBuiltinFunction.checkArgs("random", rest(a), k, 0, 0);
            return new PyFloat(self(a, "random").mt.random());
        });
        TYPE.addMethod("getrandbits", (a, k) -> {
            PyBuiltinFunction.checkArgs("getrandbits", rest(a), k, 1, 1);
            int n = Args.toSmallInt(a[1], "Python int too large to convert to C int");
            if (n < 0) {
                throw PyErr.valueError("number of bits must be non-negative");
            }
            return PyInt.of(self(a, "getrandbits").mt.bigBits(n));
        });
        TYPE.addMethod("randrange", (a, k) -> {
            PyObject[] p = Args.bind("randrange", rest(a), k, new String[] {"start", "stop", "step"}, 1, 3);
            return randrange(self(a, "randrange"), p[0], p[1], p[2]);
        });
        TYPE.addMethod("randint", (a, k) -> {
            PyObject[] p = Args.bind("randint", rest(a), k, new String[] {"a", "b"}, 2, 2);
            return randrange(self(a, "randint"), p[0], Operations.binaryOp(BinOp.ADD, p[1], PyInt.of(1)), null);
        });
        TYPE.addMethod("choice", (a, k) -> {
            PyObject[] p = Args.bind("choice", rest(a), k, new String[] {"seq"}, 1, 1);
            int n = p[0].len();
            if (n == 0) {
                throw PyErr.indexError("Cannot choose from an empty sequence");
            }
            return p[0].getItem(randbelow(self(a, "choice"), PyInt.of(n)));
        });
        TYPE.addMethod("shuffle", (a, k) -> {
            PyObject[] p = Args.bind("shuffle", rest(a), k, new String[] {"x"}, 1, 1);
            PyRandom r = self(a, "shuffle");
            PyObject x = p[0];
            for (int i = x.len() - 1; i > 0; i--) {
                PyObject j = randbelow(r, PyInt.of(i + 1));
                PyObject ii = PyInt.of(i);
                PyObject xi = x.getItem(ii);
                PyObject xj = x.getItem(j);
                x.setItem(ii, xj);
                x.setItem(j, xi);
            }
            return PyNone.NONE;
        });
        TYPE.addMethod("sample", (a, k) -> {
            PyObject[] p = Args.bind("sample", rest(a), k, new String[] {"population", "k", "counts"}, 2, 2);
            return sample(self(a, "sample"), p[0], p[1], p[2]);
        });
        TYPE.addMethod("uniform", (a, k) -> {
            PyObject[] p = Args.bind("uniform", rest(a), k, new String[] {"a", "b"}, 2, 2);
            double lo = Args.toDouble(p[0]);
            double hi = Args.toDouble(p[1]);
            return new PyFloat(lo + (hi - lo) * self(a, "uniform").mt.random());
        });
        TYPE.addMethod("triangular", (a, k) -> {
            PyObject[] p = Args.bind("triangular", rest(a), k, new String[] {"low", "high", "mode"}, 0, 3);
            double low = p[0] == null ? 0.0 : Args.toDouble(p[0]);
            double high = p[1] == null ? 1.0 : Args.toDouble(p[1]);
            double u = self(a, "triangular").mt.random();
            double c;
            if (p[2] == null || p[2] == PyNone.NONE) {
                c = 0.5;
            } else {
                if (high == low) {
                    return p[0] == null ? new PyFloat(low) : p[0];
                }
                c = (Args.toDouble(p[2]) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
        TYPE.addMethod("normalvariate", (a, k) -> {
            PyObject[] p = Args.bind("normalvariate", rest(a), k, new String[] {"mu", "sigma"}, 0, 2);
            return new PyFloat(normal(self(a, "normalvariate"), p[0] == null ? 0.0 : Args.toDouble(p[0]),
                    p[1] == null ? 1.0 : Args.toDouble(p[1])));
        });
        TYPE.addMethod("lognormvariate", (a, k) -> {
            PyObject[] p = Args.bind("lognormvariate", rest(a), k, new String[] {"mu", "sigma"}, 2, 2);
            return new PyFloat(Math.exp(normal(self(a, "lognormvariate"), Args.toDouble(p[0]),
                    Args.toDouble(p[1]))));
        });
        TYPE.addMethod("gauss", (a, k) -> {
            PyObject[] p = Args.bind("gauss", rest(a), k, new String[] {"mu", "sigma"}, 0, 2);
            PyRandom r = self(a, "gauss");
            double mu = p[0] == null ? 0.0 : Args.toDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : Args.toDouble(p[1]);
            double z;
            if (r.gaussNext instanceof PyFloat) {
                z = ((PyFloat) r.gaussNext).value;
                r.gaussNext = PyNone.NONE;
            } else {
                double x2pi = r.mt.random() * TWOPI;
                double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.mt.random()));
                z = Math.cos(x2pi) * g2rad;
                r.gaussNext = new PyFloat(Math.sin(x2pi) * g2rad);
            }
            return new PyFloat(mu + z * sigma);
        });
        TYPE.addMethod("expovariate", (a, k) -> {
            PyObject[] p = Args.bind("expovariate", rest(a), k, new String[] {"lambd"}, 0, 1);
            double lambd = p[0] == null ? 1.0 : Args.toDouble(p[0]);
            double u = self(a, "expovariate").mt.random();
            if (lambd == 0) {
                throw PyErr.zeroDivision("float division by zero");
            }
            return new PyFloat(-Math.log(1.0 - u) / lambd);
        });
        TYPE.addMethod("gammavariate", (a, k) -> {
            PyObject[] p = Args.bind("gammavariate", rest(a), k, new String[] {"alpha", "beta"}, 2, 2);
            return new PyFloat(gamma(self(a, "gammavariate"), Args.toDouble(p[0]), Args.toDouble(p[1])));
        });
        TYPE.addMethod("betavariate", (a, k) -> {
            PyObject[] p = Args.bind("betavariate", rest(a), k, new String[] {"alpha", "beta"}, 2, 2);
            PyRandom r = self(a, "betavariate");
            double y = gamma(r, Args.toDouble(p[0]), 1.0);
            if (y != 0) {
                return new PyFloat(y / (y + gamma(r, Args.toDouble(p[1]), 1.0)));
            }
            return new PyFloat(0.0);
        });
        TYPE.addMethod("paretovariate", (a, k) -> {
            PyObject[] p = Args.bind("paretovariate", rest(a), k, new String[] {"alpha"}, 1, 1);
            double u = 1.0 - self(a, "paretovariate").mt.random();
            return new PyFloat(1.0 / Math.pow(u, 1.0 / Args.toDouble(p[0])));
        });
        TYPE.addMethod("weibullvariate", (a, k) -> {
            PyObject[] p = Args.bind("weibullvariate", rest(a), k, new String[] {"alpha", "beta"}, 2, 2);
            double u = 1.0 - self(a, "weibullvariate").mt.random();
            return new PyFloat(Args.toDouble(p[0]) * Math.pow(-Math.log(u), 1.0 / Args.toDouble(p[1])));
        });
        TYPE.addMethod("vonmisesvariate", (a, k) -> {
            PyObject[] p = Args.bind("vonmisesvariate", rest(a), k, new String[] {"mu", "kappa"}, 2, 2);
            return new PyFloat(vonmises(self(a, "vonmisesvariate"), Args.toDouble(p[0]), Args.toDouble(p[1])));
        });
        TYPE.addMethod("choices", (a, k) -> {
            PyObject[] p = Args.bind("choices", rest(a), k,
                    new String[] {"population", "weights", "cum_weights", "k"}, 1, 2);
            return choices(self(a, "choices"), p[0], p[1], p[2], p[3]);
        });
        TYPE.addMethod("getstate", (a, k) -> {
            PyRandom r = self(a, "getstate");
            PyBuiltinFunction.checkPythonMethodArgs("Random.getstate", a, k, 1, 1);
            PyObject[] words = new PyObject[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) {
                words[i] = PyInt.of(r.mt.mt[i] & 0xffffffffL);
            }
            words[MersenneTwister.N] = PyInt.of(r.mt.index);
            return PyTuple.of(PyInt.of(3), new PyTuple(words), r.gaussNext);
        });
        TYPE.addMethod("setstate", (a, k) -> {
            PyBuiltinFunction.checkArgs("setstate", rest(a), k, 1, 1);
            PyRandom r = self(a, "setstate");
            PyObject[] st = Operations.toArray(a[1]);
            if (st.length != 3 || !(st[0] instanceof PyInt) || ((PyInt) st[0]).value != 3) {
                throw PyErr.valueError("state with version " + (st.length > 0 ? st[0].repr() : "?")
                        + " passed to Random.setstate() of version 3");
            }
            PyObject[] words = Operations.toArray(st[1]);
            if (words.length != MersenneTwister.N + 1) {
                throw PyErr.valueError("state vector is the wrong size");
            }
            for (int i = 0; i < MersenneTwister.N; i++) {
                r.mt.mt[i] = (int) Args.toInt(words[i]).value;
            }
            int idx = (int) Args.toInt(words[MersenneTwister.N]).value;
            if (idx < 0 || idx > MersenneTwister.N) {
                throw PyErr.valueError("invalid state");
            }
            r.mt.index = idx;
            r.gaussNext = st[2];
            return PyNone.NONE;
        });
    }

    public static PyModule create() {
        PyModule m = new PyModule("random", null);
        PyRandom inst = new PyRandom();
        seed(inst, PyNone.NONE);
        m.define("Random", TYPE);
        PyDict d = TYPE.dict();
        for (String name : METHODS) {
            PyObject f = d.get(new PyStr(name));
            if (f != null) {
                m.define(name, new PyMethod(inst, f));
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ algorithms

    static void seed(PyRandom r, PyObject a) {
        r.gaussNext = PyNone.NONE;
        BigInteger n;
        if (a == PyNone.NONE) {
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            n = new BigInteger(1, b);
        } else if (a instanceof PyInt) {
            n = ((PyInt) a).toBig();
        } else if (a instanceof PyStr) {
            n = fromBytesWithDigest(((PyStr) a).value.getBytes(StandardCharsets.UTF_8));
        } else if (a instanceof PyFloat) {
            n = BigInteger.valueOf(a.pyHash());
        } else if (a.getType().name.equals("bytes") || a.getType().name.equals("bytearray")) {
            PyObject[] items = Operations.toArray(a);
            byte[] b = new byte[items.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ((PyInt) items[i]).value;
            }
            n = fromBytesWithDigest(b);
        } else {
            throw PyErr.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        r.mt.seed(n);
    }

    private static BigInteger fromBytesWithDigest(byte[] b) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] all = new byte[b.length + digest.length];
        System.arraycopy(b, 0, all, 0, b.length);
        System.arraycopy(digest, 0, all, b.length, digest.length);
        return new BigInteger(1, all);
    }

    /** A uniform int in [0, n) by rejection sampling on getrandbits(n.bit_length()). */
    static PyInt randbelow(PyRandom r, PyInt n) {
        if (!n.isBig()) {
            long v = n.value;
            int k = 64 - Long.numberOfLeadingZeros(v);
            long x = r.mt.bits(k);
            while (x >= v) {
                x = r.mt.bits(k);
            }
            return PyInt.of(x);
        }
        BigInteger v = n.big;
        int k = v.bitLength();
        BigInteger x = r.mt.bigBits(k);
        while (x.compareTo(v) >= 0) {
            x = r.mt.bigBits(k);
        }
        return PyInt.of(x);
    }

    private static PyInt index(PyObject o, int argno) {
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value;
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw PyErr.valueError("non-integer " + (argno == 1 ? "arg 1" : argno == 2 ? "stop" : "step")
                        + " for randrange()");
            }
            return MathModule.floatToInt(d);
        }
        return Args.toInt(o);
    }

    static PyObject randrange(PyRandom r, PyObject start, PyObject stop, PyObject step) {
        PyInt istart = index(start, 1);
        if (stop == null || stop == PyNone.NONE) {
            if (step != null && !(step instanceof PyInt && ((PyInt) step).value == 1 && !((PyInt) step).isBig())) {
                throw PyErr.typeError("Missing a non-None stop argument");
            }
            if (istart.isBig() ? istart.big.signum() > 0 : istart.value > 0) {
                return randbelow(r, istart);
            }
            throw PyErr.valueError("empty range for randrange()");
        }
        PyInt istop = index(stop, 2);
        PyInt width = (PyInt) Operations.binaryOp(BinOp.SUB, istop, istart);
        PyInt istep = step == null ? PyInt.of(1) : index(step, 3);
        if (!istep.isBig() && istep.value == 1) {
            if (width.isBig() ? width.big.signum() > 0 : width.value > 0) {
                return Operations.binaryOp(BinOp.ADD, istart, randbelow(r, width));
            }
            throw PyErr.valueError("empty range for randrange() (" + istart.repr() + ", " + istop.repr() + ", "
                    + width.repr() + ")");
        }
        int sign = istep.isBig() ? istep.big.signum() : Long.signum(istep.value);
        if (sign == 0) {
            throw PyErr.valueError("zero step for randrange()");
        }
        BigInteger n = width.toBig().add(istep.toBig()).add(BigInteger.valueOf(sign > 0 ? -1 : 1));
        n = floorDiv(n, istep.toBig());
        if (n.signum() <= 0) {
            throw PyErr.valueError("empty range for randrange()");
        }
        PyObject off = Operations.binaryOp(BinOp.MUL, istep, randbelow(r, PyInt.of(n)));
        return Operations.binaryOp(BinOp.ADD, istart, off);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static PyObject sample(PyRandom r, PyObject population, PyObject kObj, PyObject counts) {
        if (population instanceof PyDict || population.getType().name.equals("set")
                || population.getType().name.equals("frozenset") || population.getType().lookup("__getitem__") == null
                && !(population instanceof PyList || population instanceof PyTuple || population instanceof PyStr
                || population.getType().name.equals("range"))) {
            throw PyErr.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        if (counts != null && counts != PyNone.NONE) {
            throw PyErr.format(org.enginehost.python.runtime.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "sample() with counts is not supported yet");
        }
        int n = population.len();
        PyInt kk = Args.toInt(kObj);
        if (kk.isBig() || kk.value < 0 || kk.value > n) {
            throw PyErr.valueError("Sample larger than population or is negative");
        }
        int k = (int) kk.value;
        PyObject[] result = new PyObject[k];
        int setsize = 21;
        if (k > 5) {
            setsize += (int) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            PyObject[] pool = Operations.toArray(population).clone();
            for (int i = 0; i < k; i++) {
                int j = (int) randbelow(r, PyInt.of(n - i)).value;
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            java.util.HashSet<Long> selected = new java.util.HashSet<>();
            PyInt pn = PyInt.of(n);
            for (int i = 0; i < k; i++) {
                long j = randbelow(r, pn).value;
                while (selected.contains(j)) {
                    j = randbelow(r, pn).value;
                }
                selected.add(j);
                result[i] = population.getItem(PyInt.of(j));
            }
        }
        return new PyList(result);
    }

    private static PyObject choices(PyRandom r, PyObject population, PyObject weights, PyObject cum, PyObject kObj) {
        int n = population.len();
        int k = kObj == null ? 1 : Args.toSmallInt(kObj, "cannot fit 'int' into an index-sized integer");
        PyList out = new PyList();
        if (cum == null || cum == PyNone.NONE) {
            if (weights == null || weights == PyNone.NONE) {
                double nf = n;
                for (int i = 0; i < k; i++) {
                    out.append(population.getItem(PyInt.of((long) Math.floor(r.mt.random() * nf))));
                }
                return out;
            }
            PyList acc = new PyList();
            PyObject it = weights.iter();
            PyObject total = null;
            for (PyObject w = it.next(); w != null; w = it.next()) {
                total = total == null ? w : Operations.binaryOp(BinOp.ADD, total, w);
                acc.append(total);
            }
            cum = acc;
        } else if (weights != null && weights != PyNone.NONE) {
            throw PyErr.typeError("Cannot specify both weights and cumulative weights");
        }
        PyObject[] cw = Operations.toArray(cum);
        if (cw.length != n) {
            throw PyErr.valueError("The number of weights does not match the population");
        }
        double total = Args.toDouble(Operations.binaryOp(BinOp.ADD, cw[n - 1], new PyFloat(0.0)));
        if (total <= 0.0) {
            throw PyErr.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PyErr.valueError("Total of weights must be finite");
        }
        int hi = n - 1;
        for (int i = 0; i < k; i++) {
            PyFloat x = new PyFloat(r.mt.random() * total);
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (Operations.isTrue(Operations.compare(CompareOp.LT, x, cw[mid]))) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.append(population.getItem(PyInt.of(lo)));
        }
        return out;
    }

    private static double normal(PyRandom r, double mu, double sigma) {
        double z;
        while (true) {
            double u1 = r.mt.random();
            double u2 = 1.0 - r.mt.random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    private static double gamma(PyRandom r, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PyErr.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = r.mt.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - r.mt.random();
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double rr = bbb + ccc * v - x;
                if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Math.log(z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -Math.log(1.0 - r.mt.random()) * beta;
        }
        double x;
        while (true) {
            double u = r.mt.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            if (p <= 1.0) {
                x = MathModule.pow(p, 1.0 / alpha);
            } else {
                x = -Math.log((b - p) / alpha);
            }
            double u1 = r.mt.random();
            if (p > 1.0) {
                if (u1 <= MathModule.pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }

    private static double vonmises(PyRandom r, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * r.mt.random();
        }
        double s = 0.5 / kappa;
        double rr = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = r.mt.random();
            z = Math.cos(Math.PI * u1);
            double d = z / (rr + z);
            double u2 = r.mt.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) {
                break;
            }
        }
        double q = 1.0 / rr;
        double f = (q + z) / (1.0 + q * z);
        double u3 = r.mt.random();
        double theta;
        if (u3 > 0.5) {
            theta = (mu + Math.acos(f)) % TWOPI;
        } else {
            theta = (mu - Math.acos(f)) % TWOPI;
        }
        if (theta < 0) {
            theta += TWOPI;
        }
        return theta;
    }
}
