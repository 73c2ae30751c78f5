# Python 3 code: input() returns a string.
import re
import sys

name = input("Name: ")  # ok: PYSEC103
line = sys.stdin.readline()
if not re.fullmatch(r"[0-9]{1,3}", line.strip()):
    raise SystemExit("please enter a whole number")
age = int(line)
print(f"Next year you will be {age + 1}")
count = int(input("How many? "))  # ok: PYSEC103
label = input("Label: ") + "!"  # ok: PYSEC103
