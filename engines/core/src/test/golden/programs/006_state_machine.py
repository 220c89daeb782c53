# A vending-machine style finite state machine with a transition table and event log.
from enum import Enum
class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "out_of_order"
class InvalidTransition(Exception):
    pass
class Machine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self, stock):
        self.state = State.IDLE
        self.balance = 0
        self.stock = dict(stock)
        self.history = []
    def _go(self, new, note=""):
        self.history.append(f"{self.state.value}->{new.value}" + (f" ({note})" if note else ""))
        self.state = new
    def insert(self, cents):
        if self.state not in (State.IDLE, State.HAS_MONEY):
            raise InvalidTransition(f"cannot insert coins while {self.state.value}")
        if cents not in (5, 10, 25, 100):
            raise ValueError(f"rejected coin {cents}")
        self.balance += cents
        self._go(State.HAS_MONEY, f"balance {self.balance}")
    def select(self, item):
        if self.state is not State.HAS_MONEY:
            raise InvalidTransition(f"select requires money, state is {self.state.value}")
        price = self.PRICES[item]
        if self.stock.get(item, 0) == 0:
            return f"{item} sold out"
        if self.balance < price:
            return f"need {price - self.balance} more for {item}"
        self._go(State.VENDING, item)
        self.stock[item] -= 1
        change, self.balance = self.balance - price, 0
        self._go(State.IDLE, f"change {change}")
        return f"vended {item}, change {self.make_change(change)}"
    @staticmethod
    def make_change(amount):
        coins = []
        for c in (100, 25, 10, 5):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins
    def refund(self):
        amount, self.balance = self.balance, 0
        if self.state is State.HAS_MONEY:
            self._go(State.IDLE, "refund")
        return amount
    def breakdown(self):
        self._go(State.OUT_OF_ORDER)
m = Machine({"cola": 1, "chips": 5, "candy": 0})
script = [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 25), ("insert", 25), ("select", "cola"),
          ("insert", 100), ("select", "cola"), ("select", "candy"), ("insert", 3), ("insert", 10), ("select", "chips"),
          ("refund", None), ("breakdown", None), ("insert", 25)]
for action, arg in script:
    try:
        result = getattr(m, action)(arg) if arg is not None else getattr(m, action)()
        print(f"{action}({arg if arg is not None else ''}) -> {result}")
    except (InvalidTransition, ValueError) as e:
        print(f"{action}({arg}) !! {type(e).__name__}: {e}")
print("final state:", m.state, "balance:", m.balance, "stock:", m.stock)
for h in m.history:
    print("  ", h)
