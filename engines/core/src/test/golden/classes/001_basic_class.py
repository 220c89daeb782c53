class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.bark(), d2.birthday().birthday().age, Dog.count, d1.species, Dog.species)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "changed"
print(d1.species, d2.species)
print(sorted(vars(d1)), d1.__dict__["name"], type(d1).__name__, d1.__class__ is Dog)
print(Dog.bark(d2), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(isinstance(d1, Dog), isinstance(d1, object), isinstance(Dog, type))
try:
    d1.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__name__, hasattr(Empty, "__init__"))
