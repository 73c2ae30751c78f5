import ast
import builtins as b


def calculate(expression):
    return eval(expression)  # bandit: B307  # expect: PYSEC101


def answer():
    return eval("6 * 7")  # bandit: B307 -- quiet: constant source, nothing from outside


def evaluate_in(text, env):
    return eval(text, {"__builtins__": {}}, env)  # bandit: B307  # expect: PYSEC005, PYSEC101


def through_module(text):
    return b.eval(text)  # expect: PYSEC101


def from_compiled(src):
    return eval(compile(src, "<rule>", "eval"))  # bandit: B307 -- quiet: reported once, on the compile() of a built source  # expect: PYSEC102


def literal(text):
    return ast.literal_eval(text)  # expect: PYSEC104


def shadowed(text):
    def eval(value):
        return value.strip()
    return eval(text)  # bandit: B307 -- quiet: eval here is the local function that shadows the builtin


class Model:
    def predict(self, batch):
        self.net.eval()
        return self.net(batch)
