import sqlite3

conn = sqlite3.connect("app.db")
cur = conn.cursor()


def by_name(name):
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # bandit: B608  # expect: PYSEC110


def by_format(user_id):
    cur.execute("DELETE FROM sessions WHERE user_id = {}".format(user_id))  # bandit: B608  # expect: PYSEC110


def by_fstring(email, user_id):
    cur.execute(f"UPDATE users SET email = '{email}' WHERE id = {user_id}")  # bandit: B608  # expect: PYSEC110


def by_concat(table, values):
    query = "INSERT INTO " + table + " (a, b) VALUES (?, ?)"  # bandit: B608 -- quiet: reported by PYSEC110 where the query is executed, on the next line
    cur.execute(query, values)  # expect: PYSEC110


def parameterised(name):
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))


def constant_parts():
    order = "name"
    return "SELECT id FROM users ORDER BY " + order  # bandit: B608 -- quiet: built only from constants


def prose(item):
    return "Please select one from the list: %s" % item  # bandit: B608 -- quiet: English prose, not SQL


def placeholders(count):
    return "SELECT * FROM users WHERE id IN (%s)" % ",".join("?" * count)  # bandit: B608 -- quiet: only placeholders are added, the values stay parameters
