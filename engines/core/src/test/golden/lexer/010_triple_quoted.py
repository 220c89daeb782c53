s = """first line
second "quoted" line
third 'single' line"""
print(s)
print(s.count("\n"))
t = '''a
''b''
c'''
print(repr(t))
u = """\
no leading newline\
 joined"""
print(repr(u))
print("""a""" + '''b''')
print(repr(""""quoted start" """))
print(repr("""tab\there"""))
def f():
    """Docstring here.

    More lines.
    """
print(repr(f.__doc__))
print(len(""""""), len(''''''))
