class Silent(Exception):
    pass
print("raising exception without a message")
raise Silent
