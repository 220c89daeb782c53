def tree_insert(node, key):
    if node is None:
        return {"key": key, "left": None, "right": None}
    side = "left" if key < node["key"] else "right"
    node[side] = tree_insert(node[side], key)
    return node
def inorder(node):
    return [] if node is None else inorder(node["left"]) + [node["key"]] + inorder(node["right"])
def height(node):
    return 0 if node is None else 1 + max(height(node["left"]), height(node["right"]))
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = tree_insert(root, k)
print(inorder(root), height(root))
chain = None
for k in range(600):
    chain = tree_insert(chain, k)
print(len(inorder(chain)), height(chain))
def deep_list(n):
    out = []
    for _ in range(n):
        out = [out]
    return out
def nesting(x):
    return 0 if not isinstance(x, list) or not x else 1 + nesting(x[0])
print(nesting(deep_list(700)))
def str_rev(s):
    return s if len(s) <= 1 else str_rev(s[1:]) + s[0]
print(str_rev("recursion is fun"), len(str_rev("x" * 900)))
def binary_search(lst, target, lo=0, hi=None):
    hi = len(lst) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == target:
        return mid
    return binary_search(lst, target, mid + 1, hi) if lst[mid] < target else binary_search(lst, target, lo, mid)
data = list(range(0, 1000, 3))
print(binary_search(data, 300), binary_search(data, 301), binary_search(data, 0), binary_search(data, 999))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while left and right:
        out.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return out + left + right
print(merge_sort([5, 2, 9, 1, 5, 6, 0, -3, 8]))
