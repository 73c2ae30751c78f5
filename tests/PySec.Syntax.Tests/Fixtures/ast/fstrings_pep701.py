songs = ["Take me back to Eden", "Alkaline"]
a = f"This is the playlist: {", ".join(songs)}"
b = f"{f"{f"{1 + 1}"}"}"
c = f"{x["key"]!r:>{width}}"
d = f"""result: {
    value  # the computed value
    * 2
}"""
e = f"{x = }" f'{y=!s}' f"{z=:.2f}"
f = f"{'\n'.join(lines)}"
