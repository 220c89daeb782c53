@decorator(1)
class C(Base, metaclass=Meta):
    x: int = 3
    def m(self) -> "C":
        nonlocal_value = super().m()
        return self.x if self else None
