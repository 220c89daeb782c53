# Bank ledger with custom exception hierarchy, transactions and rollback.
from decimal import Decimal
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account, self.amount = account, amount
class AccountFrozen(BankError):
    pass
class Account:
    _next = 1000
    def __init__(self, owner, opening=Decimal("0")):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(opening)
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"<{self.number} {self.owner} {self.balance}>"
class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []
    def open(self, owner, opening="0"):
        acct = Account(owner, opening)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        snapshot = (src.balance, dst.balance, len(src.history), len(dst.history))
        try:
            src.withdraw(amount)
            dst.deposit(amount)
        except BankError as e:
            src.balance, dst.balance = snapshot[0], snapshot[1]
            del src.history[snapshot[2]:], dst.history[snapshot[3]:]
            self.journal.append(f"FAILED {src.number}->{dst.number} {amount}: {type(e).__name__}")
            raise
        else:
            self.journal.append(f"OK {src.number}->{dst.number} {amount}")
        finally:
            self.journal.append(f"  balances {src.balance} / {dst.balance}")
ledger = Ledger()
alice = ledger.open("alice", "100.00")
bob = ledger.open("bob", "20.50")
carol = ledger.open("carol")
ops = [(alice, bob, "30.25"), (bob, carol, "60"), (bob, carol, "50.75"), (carol, alice, "0.10")]
for src, dst, amt in ops:
    try:
        ledger.transfer(src, dst, amt)
        print("transfer ok", src.owner, "->", dst.owner, amt)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| amount attr:", e.amount)
carol.frozen = True
try:
    ledger.transfer(alice, carol, "1")
except BankError as e:
    print(type(e).__name__ + ":", e, "| alice still has", alice.balance)
try:
    alice.deposit("-5")
except ValueError as e:
    print("ValueError:", e)
print(sorted(ledger.accounts.values(), key=lambda a: a.number))
print("\n".join(ledger.journal))
print({a.owner: a.history for a in ledger.accounts.values()})
total = sum(a.balance for a in ledger.accounts.values())
print("total money conserved:", total, total == Decimal("120.50"))
