class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
print("withdrawing")
raise InsufficientFunds(100, 30)
