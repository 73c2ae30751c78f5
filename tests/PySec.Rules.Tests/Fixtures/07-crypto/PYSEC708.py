import os

import boto3
import jwt
import psycopg
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-dev-key-2019"  # expect: PYSEC708


def connect():
    return psycopg.connect(host="db.internal", user="billing", password="Winter2024!")  # expect: PYSEC708


SECRET_KEY = "django-insecure-8f3k2"  # expect: PYSEC708
DB_PASSWORD = "changeme"  # expect: PYSEC708
userPassword = "hunter2"  # expect: PYSEC708
stripeApiKey = "rk_test_abc123"  # expect: PYSEC708
GITHUB_TOKEN: str = "not-a-real-token-but-literal"  # expect: PYSEC708
app.secret_key = "dev"  # expect: PYSEC708
SETTINGS = {"client_secret": "a8f0c1d2e3"}  # expect: PYSEC708
AWS_ID = "AKIAIOSFODNN7EXAMPLE"  # expect: PYSEC708
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow..."  # expect: PYSEC708


def login(user, password="admin"):  # expect: PYSEC708
    return user, password


def login_kw(user, *, api_key="0123456789abcdef"):  # expect: PYSEC708
    return user, api_key


def check(password, token):
    if password == "letmein":  # expect: PYSEC708
        return True
    session = boto3.Session(aws_secret_access_key="wJalrXUtnFEMI/K7MDENG")  # expect: PYSEC708
    return jwt.encode({"sub": token}, "my-jwt-secret", algorithm="HS256"), session  # expect: PYSEC708


# Near misses: empty values, placeholders, labels, non-secret names, values loaded at run time.
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]  # ok: PYSEC708
PASSWORD = ""  # ok: PYSEC708
API_KEY = "<your-api-key>"  # ok: PYSEC708
DB_PASS = "${DB_PASSWORD}"  # ok: PYSEC708
token = "{token}"  # ok: PYSEC708
SMTP_PASSWORD = "*****"  # ok: PYSEC708
AUTH_TOKEN = "TODO"  # ok: PYSEC708
secret = "xxx"  # ok: PYSEC708
PASSWORD_FIELD = "password"  # ok: PYSEC708
PASSWORD = "password"  # ok: PYSEC708
FIELDS = {"access_token": "access_token"}  # ok: PYSEC708
password_hint = "Your first pet's name"  # ok: PYSEC708
token_type = "bearer"  # ok: PYSEC708
token_url = "https://auth.example.com/token"  # ok: PYSEC708
tokenizer = "whitespace"  # ok: PYSEC708
bypass = "fast-path"  # ok: PYSEC708
password_timeout = 30  # ok: PYSEC708
password = None  # ok: PYSEC708
secret_len = len("abc")  # ok: PYSEC708


def connect_safely():
    return psycopg.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"])  # ok: PYSEC708


def load_db_password() -> str:
    client = boto3.client("secretsmanager")
    return client.get_secret_value(SecretId=os.environ["DB_SECRET_ID"])["SecretString"]  # ok: PYSEC708


def near_misses(password=None, token_type="bearer", user_password=os.environ.get("PW")):  # ok: PYSEC708
    if password == "":  # ok: PYSEC708
        return None
    if token_type == "bearer":  # ok: PYSEC708
        return jwt.decode(password, os.environ["JWT_KEY"], algorithms=["HS256"])  # ok: PYSEC708
    return user_password
