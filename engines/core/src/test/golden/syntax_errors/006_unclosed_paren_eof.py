print("start"
