import sqlite3

import pandas as pd
from psycopg import sql
from sqlalchemy import text

TABLE = "users"
USER_QUERIES = {
    "name": "SELECT id, name FROM users WHERE tenant_id = %s ORDER BY name",
    "created": "SELECT id, name FROM users WHERE tenant_id = %s ORDER BY created_at",
}


def find_user(conn: sqlite3.Connection, email: str):
    return conn.execute(f"SELECT id, name FROM users WHERE email = '{email}'").fetchone()  # expect: PYSEC110


def queries(cursor, session, engine, db, name, ids, order, limit):
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)  # expect: PYSEC110
    cursor.execute("DELETE FROM users WHERE id = {}".format(ids))  # expect: PYSEC110
    cursor.executemany("INSERT INTO t VALUES (" + name + ")", [])  # expect: PYSEC110
    query = f"SELECT * FROM orders ORDER BY {order}"
    cursor.execute(query)  # expect: PYSEC110
    session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))  # expect: PYSEC110
    engine.connect().exec_driver_sql("UPDATE users SET name = '%s'" % name)  # expect: PYSEC110
    pd.read_sql(f"SELECT * FROM {name}", engine)  # expect: PYSEC110
    db.query(f"SELECT id FROM accounts WHERE owner = '{name}'")  # expect: PYSEC110
    conn = sqlite3.connect("app.db")
    conn.executescript("DROP TABLE " + name)  # expect: PYSEC110

    cursor.execute("SELECT id, name FROM users WHERE email = ?", (name,))  # ok: PYSEC110
    cursor.execute(f"SELECT * FROM {TABLE} WHERE id = %s", (ids,))  # ok: PYSEC110
    cursor.execute(USER_QUERIES.get(order, USER_QUERIES["name"]), (ids,))  # ok: PYSEC110
    cursor.execute("SELECT * FROM t WHERE id IN (%s)" % ",".join("?" * len(ids)), ids)  # ok: PYSEC110
    cursor.execute(f"SELECT * FROM t LIMIT {int(limit)}")  # ok: PYSEC110
    cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name)))  # ok: PYSEC110
    session.execute(text("SELECT id, total FROM orders WHERE customer_id = :cid"), {"cid": ids})  # ok: PYSEC110
    print("Please select one from the list: %s" % name)  # ok: PYSEC110
    db.notify("Select one from the list: {}".format(name))  # ok: PYSEC110
    db.message(f"Please update your profile {name} and set a password")  # ok: PYSEC110
    db.run_task(f"task-{name}")  # ok: PYSEC110
    cursor.execute(f"task {name}")  # ok: PYSEC110
