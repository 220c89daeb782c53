print("Hello from Enginehost!")
