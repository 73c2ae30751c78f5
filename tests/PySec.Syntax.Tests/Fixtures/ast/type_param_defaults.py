type Alias[T = int] = list[T]

class Registry[K: str = str, *Ts = *tuple[int, ...], **P = [int, str]]:
    pass

def identity[T: object = object](x: T) -> T:
    return x
