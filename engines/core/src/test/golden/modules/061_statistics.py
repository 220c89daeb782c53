# statistics: averages, spread, quantiles and errors, with int/float/Fraction/Decimal data
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F

print(st.mean([4, 8, 15, 16, 23, 42]), st.mean([1, 2]), st.mean([1, 2, 3, 4, 4]))
print(st.mean([0.1, 0.2, 0.3]), st.mean([1.5, 2, 3]), st.mean([F(1, 3), F(2, 3), 1]))
print(repr(st.mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")])), repr(st.mean([D(1), D(2), D(2)])))
print(st.mean([True, False, True]), st.mean(iter([3, 5])), st.mean(range(10)))
print(st.mean([F(1, 2), 0.25]), st.mean([1e308, 1e308]), st.mean([float("inf"), 1]))
print(st.fmean([1, 2, 3, 4]), st.fmean(iter([0.1, 0.2])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median([F(1, 2), F(3, 4)]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_low([5, 1, 3]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green"]), st.mode("aabbbc"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([1, 2, 3]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), repr(st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3], mu=2), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], xbar=2.875))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([F(1, 2), F(3, 2)]))
print(repr(st.stdev([D("1.5"), D("2.5"), D("2.5"), D("2.75")])), repr(st.pstdev([D(1), D(3)])), repr(st.stdev([D(1), D(2), D(3)])))
print(st.stdev([0.1] * 10), st.pstdev([1e-300, 3e-300]), st.stdev(range(1000)))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(100), n=10))
print(st.quantiles([1.5, 2, 7], n=5, method="inclusive"), st.quantiles([1, 2], n=3), st.quantiles([1, 5, 9], n=1))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([54, 24, 36]))
print(issubclass(st.StatisticsError, ValueError))
tests = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
    lambda: st.median_high(()), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
    lambda: st.stdev([1]), lambda: st.pstdev([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method="x"), lambda: st.mean(["a", "b"]), lambda: st.mean([D(1), 1.5]),
    lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[1, -1]),
    lambda: st.harmonic_mean([1, -1]), lambda: st.geometric_mean([]),
]
for t in tests:
    try:
        print(t())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
