import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(3, [5, 1, 4, 2]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(heapq.heappushpop([1, 5, 9], 3), heapq.heapreplace([1, 5, 9], 7))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "alpha"))
print([heapq.heappop(tasks) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect(a, 100))
bisect.insort(a, 4); bisect.insort_left(a, 3)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([10, 20, 30], 25, key=None), bisect.bisect([("a", 1), ("c", 3)], ("b", 0)))
