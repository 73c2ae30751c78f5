# No Python 2 builtin here, but the typed text is used as a number: only right if input() evaluates (Python 2).
age = input("Enter your age: ")  # expect: PYSEC103
print("Next year you will be %d" % (age + 1))

if input("Limit: ") > 10:  # expect: PYSEC103
    pass

print("Hello " + str(age))  # ok: PYSEC103
