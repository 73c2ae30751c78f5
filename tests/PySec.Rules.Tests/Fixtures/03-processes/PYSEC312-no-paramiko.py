# Without a paramiko import, an untyped receiver's exec_command is some other API.


def run(conn, name):
    conn.exec_command("ls " + name)  # ok: PYSEC312
