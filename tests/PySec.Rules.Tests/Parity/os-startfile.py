import os
from os import startfile as open_with_default


def open_document(path):
    os.startfile(path)  # bandit: B606 -- quiet: known gap, no rule covers os.startfile (opens a file chosen at run time with its associated program)


def print_document(path):
    os.startfile(path, "print")  # bandit: B606 -- quiet: known gap, no rule covers os.startfile (opens a file chosen at run time with its associated program)


def open_manual():
    os.startfile("C:\\Program Files\\App\\manual.pdf")  # bandit: B606 -- quiet: constant document path


def aliased(path):
    open_with_default(path)  # bandit: B606 -- quiet: known gap, no rule covers os.startfile (opens a file chosen at run time with its associated program)
