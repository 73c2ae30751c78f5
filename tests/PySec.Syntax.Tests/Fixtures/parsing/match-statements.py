match command.split():
    case [action]:
        pass
    case [Point(x=0, y=0), *rest] if rest:
        pass
    case {"key": value, **others}:
        pass
    case (1 | -2 | 3 + 4j) as number:
        pass
    case Color.RED | None | True | "text" b"bytes":
        pass
    case (a, b,) | [] | ():
        pass
    case _:
        pass
match x, *y:
    case a, *_:
        pass
match = 1
match(x)
match.group
type X = int
type Alias[T = int] = list[T]
type = 2
case = 3
_ = 4
