# Non-ASCII text before each finding: "é" is 1 UTF-16 unit and 2 UTF-8 bytes, "😀" 2 units and 4 bytes.
import pickle

café = "naïve 😀"; pickle.loads(café)  # expect: PYSEC201
x = "😀😀"; y = eval(input(x))  # expect: PYSEC101
