import shlex
import paramiko
from paramiko import SSHClient


def disk_usage(host: str, path: str) -> bytes:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", timeout=10)
    _, stdout, _ = client.exec_command(f"du -sh {path}")  # expect: PYSEC312
    return stdout.read()


def disk_usage_safe(client: paramiko.SSHClient, path: str) -> bytes:
    if not path.startswith("/srv/data/") or ".." in path.split("/"):
        raise ValueError("path outside the data volume")
    _, stdout, _ = client.exec_command("du -sh -- " + shlex.quote(path), timeout=30)  # ok: PYSEC312
    return stdout.read()


def fetch_report(client: paramiko.SSHClient, name: str, local_path: str) -> None:
    if name not in {"daily.csv", "weekly.csv"}:
        raise ValueError("unknown report")
    with client.open_sftp() as sftp:
        sftp.get(f"/srv/reports/{name}", local_path)


def many(transport, name, args):
    ssh = SSHClient()
    ssh.exec_command("systemctl restart " + name)  # expect: PYSEC312
    ssh.exec_command(command="cat %s" % name)  # expect: PYSEC312
    channel = transport.open_session()
    channel.exec_command("tail -n 100 {}".format(name))  # expect: PYSEC312
    ssh.exec_command("uptime")  # ok: PYSEC312
    ssh.exec_command(f"cat {shlex.quote(name)}")  # ok: PYSEC312
    ssh.exec_command("cat %s %s" % (shlex.quote(name), shlex.quote(args[0])))  # ok: PYSEC312
    quoted = shlex.quote(name)
    ssh.exec_command("ls -l " + quoted)  # ok: PYSEC312
    ssh.exec_command("ls " + shlex.join(args))  # ok: PYSEC312
    ssh.exec_command(f"cp {shlex.quote(name)} {args[1]}")  # expect: PYSEC312
    cmd = "rm -rf " + name
    ssh.exec_command(cmd)  # expect: PYSEC312
