import json
import pathlib


def load_settings(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    return json.loads(text)


def total(items):
    return sum(item["price"] * item["quantity"] for item in items)


class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, price, quantity=1):
        self.items.append({"name": name, "price": price, "quantity": quantity})
        return self
