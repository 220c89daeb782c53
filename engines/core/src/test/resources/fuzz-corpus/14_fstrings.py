f"{a}{b!r}{c:{d}}{e=}"
f'{"nested" + f"{x}"}'
f"{x:{'>' if left else '<'}10}"
f"{lambda: 1}"
f"{'a' 'b'}"
