"""A deliberately vulnerable Flask-style application used to demonstrate PySec LSP.

Every risky call below is intentional. Do not deploy this code.
"""
import hashlib
import os
import pickle
import subprocess
import sqlite3

import yaml
from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-key"


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    # Command injection: the host name reaches a shell.
    return subprocess.check_output(f"ping -c 1 {host}", shell=True)


@app.route("/user")
def user():
    name = request.args["name"]
    conn = sqlite3.connect("app.db")
    # SQL injection: string formatting builds the query.
    rows = conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()
    return {"rows": rows}


@app.route("/session", methods=["POST"])
def load_session():
    # Deserialising untrusted data executes code.
    state = pickle.loads(request.data)
    return {"keys": list(state)}


@app.route("/config", methods=["POST"])
def load_config():
    return yaml.load(request.data, Loader=yaml.Loader)


def password_hash(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()


def cleanup(path):
    os.system("rm -rf " + path)


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
