# Inventory system with classes, properties, and reports.
class OutOfStock(Exception):
    pass
class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}")
        self._price = round(value, 2)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Perishable(Product):
    def __init__(self, sku, name, price, qty=0, days=7):
        super().__init__(sku, name, price, qty)
        self.days = days
    @property
    def value(self):
        factor = 0.5 if self.days <= 2 else 1.0
        return round(super().value * factor, 2)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, product):
        if product.sku in self.items:
            self.items[product.sku].qty += product.qty
        else:
            self.items[product.sku] = product
        self.log.append(("add", product.sku, product.qty))
    def remove(self, sku, qty):
        p = self.items.get(sku)
        if p is None:
            raise KeyError(sku)
        if p.qty < qty:
            raise OutOfStock(f"{sku}: requested {qty}, have {p.qty}")
        p.qty -= qty
        self.log.append(("remove", sku, qty))
    def total_value(self):
        return round(sum(p.value for p in self.items.values()), 2)
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for p in sorted(self.items.values(), key=lambda p: (-p.value, p.sku)):
            lines.append(f"{p.sku:<6}{p.name:<12}{p.price:>8.2f}{p.qty:>5}{p.value:>10.2f}")
        lines.append(f"{'TOTAL':<31}{self.total_value():>10.2f}")
        return "\n".join(lines)
inv = Inventory()
inv.add(Product("A1", "Widget", 2.5, 100))
inv.add(Product("B2", "Gadget", 19.99, 7))
inv.add(Perishable("C3", "Milk", 1.2, 30, days=2))
inv.add(Perishable("D4", "Cheese", 7.75, 4, days=20))
inv.add(Product("A1", "Widget", 2.5, 20))
print(inv.report())
for sku, qty in [("A1", 50), ("B2", 10), ("ZZ", 1), ("C3", 30)]:
    try:
        inv.remove(sku, qty)
        print("removed", qty, "of", sku)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
try:
    inv.items["B2"].price = -1
except ValueError as e:
    print("ValueError:", e)
inv.items["B2"].price = 17.499
print(inv.items["B2"], inv.items["B2"].price)
print(inv.report())
print(inv.log)
low = [p.name for p in inv.items.values() if p.qty < 10]
print("low stock:", low)
