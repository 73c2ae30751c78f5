import sqlite3

conn = sqlite3.connect("app.db")


def report(table, since):
    query = ("SELECT id, total "  # bandit: B608 -- quiet: reported by PYSEC110 where the query is executed, three lines down
             "FROM %s "
             "WHERE created > '%s'") % (table, since)
    return conn.execute(query).fetchall()  # expect: PYSEC110


def update(column, value, row_id):
    conn.execute(f"UPDATE accounts "  # bandit: B608  # expect: PYSEC110
                 f"SET {column} = ? "
                 "WHERE id = ?", (value, row_id))


def delete_old(table):
    conn.execute("DELETE FROM " + table +  # bandit: B608  # expect: PYSEC110
                 " WHERE created < date('now', '-30 day')")


def safe(row_id):
    conn.execute("""
        SELECT id, total
        FROM orders
        WHERE id = ?
    """, (row_id,))


def suppressed(table):
    conn.execute("SELECT * FROM " + table)  # nosec B608

