from subprocess import *
from .local import *

# A name no binding provides may come from the most recent star import.
Popen(cmd, shell=True)  # qname: .local.Popen
# Builtins are assumed not to be overridden by a star import.
eval(expression)  # qname: builtins.eval
from os import system
system(cmd)  # qname: os.system


def later():
    # Inside a function every star import of the module may have run.
    return check_output(cmd)  # qname: .local.check_output
