nums = [4, -2, 7, 0, 3, -8]
print(sum(nums), min(nums), max(nums), len(nums), sorted(nums)[len(nums) // 2])
print([n for n in nums if n > 0], [n * 2 for n in nums], [abs(n) for n in nums])
print(list(enumerate(nums, 1))[:2], list(zip(nums, "abcdef"))[:3])
print(any(n < 0 for n in nums), all(n < 10 for n in nums), list(filter(None, nums)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row])
print([[r * c for c in range(3)] for r in range(3)])
stack = []
stack.append(1); stack.append(2); print(stack.pop(), stack)
from collections import deque
q = deque([1, 2, 3]); q.appendleft(0); q.rotate(1); print(q, q.popleft())
flat = []
for sub in [[1], [2, 3], []]:
    flat += sub
print(flat, [*flat, *"ab"], [*range(2), *(3, 4)])
