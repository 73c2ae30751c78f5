s = 'a' "b" f'{c}' rb'd'
f"{x=}"
f"{value!r:>{width}.{precision}}"
f"{a, b}"
f'{"nested" + f"{inner}"}'
f"{{escaped}} {x:%Y-%m-%d}"
