g = f"___{
    x
}___"
h = f"{", ".join([
    'a',  # first
    'b'   # second
])}"
