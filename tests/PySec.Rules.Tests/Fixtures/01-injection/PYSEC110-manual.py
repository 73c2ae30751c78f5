import sqlite3

from psycopg import sql
from sqlalchemy import text

USER_QUERIES = {
    "name": "SELECT id, name FROM users WHERE tenant_id = %s ORDER BY name",
    "created": "SELECT id, name FROM users WHERE tenant_id = %s ORDER BY created_at",
}


def find_user(conn: sqlite3.Connection, email: str):
    return conn.execute("SELECT id, name FROM users WHERE email = ?", (email,)).fetchone()  # ok: PYSEC110


def list_users(cursor, sort: str, tenant_id: int):
    query = USER_QUERIES.get(sort, USER_QUERIES["name"])
    cursor.execute(query, (tenant_id,))  # ok: PYSEC110
    return cursor.fetchall()


def count_rows(conn, table: str):
    if table not in {"orders", "invoices"}:
        raise ValueError("unknown table")
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
    return conn.execute(query).fetchone()[0]  # ok: PYSEC110


def orders_for(session, customer_id: int):
    stmt = text("SELECT id, total FROM orders WHERE customer_id = :cid")
    return session.execute(stmt, {"cid": customer_id}).all()  # ok: PYSEC110
