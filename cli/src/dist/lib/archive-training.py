# The fixed first run that writes an engine's start-up archive (see bin/host): it loads what
# every script needs (the interpreter, the compiler, print) and no more. Its output is discarded.
print("archive")
