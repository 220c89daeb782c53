x = 1
  # comment ok
    pass
