# Python 2 code: raw_input and xrange are Python 2 builtins, so input() here evaluates what is typed.
import sys

age = input("Enter your age: ")  # expect: PYSEC103
print("Next year you will be %d" % (age + 1))

for _ in xrange(3):
    answer = input()  # expect: PYSEC103
    sys.stdout.write(str(answer))

text = raw_input("Enter your age: ")  # ok: PYSEC103
if not text.strip().isdigit():
    raise SystemExit("please enter a whole number")


class Prompt(object):
    def input(self, prompt):
        return raw_input(prompt)

    def ask(self):
        return self.input("name? ")  # ok: PYSEC103
