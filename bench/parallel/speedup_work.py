# The CPU-bound job of the speed-up benchmarks: count primes in [lo, hi) by trial division.


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if n % 2 == 0:
            count += n == 2
            continue
        d = 3
        is_prime = True
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 2
        count += is_prime
    return count
