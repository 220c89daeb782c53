class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, a kind of " + super().kind()
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + f" ({self.pride})"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.speak(), "|", a.kind())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(bool, int))
print(isinstance(Lion("x", "y"), (int, Cat)), isinstance(3, (str, float)), issubclass(Lion, (str, Animal)))
print(Lion.__bases__ == (Cat,), Lion.__base__.__name__, [c.__name__ for c in Lion.__mro__])
print(Cat.__subclasses__() == [Lion], Animal.__subclasses__()[0].__name__)
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
