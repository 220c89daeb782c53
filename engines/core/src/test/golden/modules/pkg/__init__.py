print("pkg/__init__ executing")
PKG_LEVEL = "package attribute"
