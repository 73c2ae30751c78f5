from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"


def start_dev():
    app.run(debug=True)  # bandit: B201  # expect: PYSEC814


def start_configured(settings):
    app.run(debug=settings.DEBUG)


def start_public():
    app.run(host="0.0.0.0", debug=False)  # bandit: B104  # expect: PYSEC807


class Worker:
    def run(self, debug=False):
        return debug


# wrong: PYSEC814 fires on run() of a local class that is not a Flask app, only because the file imports flask
Worker().run(debug=True)  # bandit: B201  # expect: PYSEC814

if __name__ == "__main__":
    app.run(debug=True)  # bandit: B201  # expect: PYSEC814
