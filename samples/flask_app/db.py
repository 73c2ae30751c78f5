"""Database helpers for the shop's SQLite store."""
import sqlite3

from . import config


def connect():
    return sqlite3.connect(config.DATABASE)


def find_products(term):
    conn = connect()
    query = "SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'"
    return conn.execute(query).fetchall()  # expect: PYSEC110


def find_product(product_id):
    conn = connect()
    # Safe: the value is bound as a parameter.
    return conn.execute("SELECT id, name, price FROM products WHERE id = ?", (product_id,)).fetchone()


def orders_for(user):
    conn = connect()
    # expect: PYSEC110
    return conn.execute(f"SELECT * FROM orders WHERE owner = '{user}' ORDER BY created").fetchall()


def count_rows(table):
    conn = connect()
    # Safe: a fixed query.
    return conn.execute("SELECT COUNT(*) FROM products").fetchone()[0]
