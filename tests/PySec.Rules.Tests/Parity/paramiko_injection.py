import shlex

import paramiko


def disk_usage(client: paramiko.SSHClient, path):
    return client.exec_command("du -sh " + path)  # bandit: B601  # expect: PYSEC312


def quoted(client: paramiko.SSHClient, path):
    return client.exec_command("du -sh " + shlex.quote(path))  # bandit: B601 -- quiet: the one value is quoted with shlex.quote


def constant(client: paramiko.SSHClient):
    return client.exec_command("uptime")  # bandit: B601 -- quiet: constant command


def untyped(client, cmd):
    return client.exec_command(cmd)  # bandit: B601  # expect: PYSEC312
