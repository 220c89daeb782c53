class Chain:
    def __init__(self):
        self.link = self
    def size(self):
        return 1 + self.link.size()
print("computing size of self-referential chain")
print(Chain().size())
