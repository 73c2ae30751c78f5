def broken(a, b:  # expect: PS0112, PS0202
    return a  # expect: PS0203

def intact(c):
    return c

if x  # expect: PS0202
    pass

x = (1,  # expect: PS0112, PS0202
def after():
    pass
        y = 1  # expect: PS0206
z = 3

def stray():
        x = 1
    y = 2  # expect: PS0114
