import os

from flask import Flask

# From the manual: vulnerable.
app = Flask(__name__)

if __name__ == "__main__":
    app.run(debug=True)  # expect: PYSEC814

# From the manual: safe.
if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=os.environ.get("FLASK_DEBUG") == "1")  # ok: PYSEC814


def configure(other):
    app.debug = True  # expect: PYSEC814
    app.config["DEBUG"] = True  # expect: PYSEC814
    app.config.update(DEBUG=True)  # expect: PYSEC814
    app.run("127.0.0.1", 5000, True)  # expect: PYSEC814
    other.run(host="127.0.0.1", debug=True)  # expect: PYSEC814
    app.run(port=5000, debug=True, use_reloader=False)  # expect: PYSEC814

    app.debug = False  # ok: PYSEC814
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"  # ok: PYSEC814
    app.config["TESTING"] = True  # ok: PYSEC814
    app.run(debug=False)  # ok: PYSEC814
    DEBUG = True  # ok: PYSEC814
    return DEBUG
