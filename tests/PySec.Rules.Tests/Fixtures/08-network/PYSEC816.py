import paramiko
from paramiko import AutoAddPolicy, SSHClient
from paramiko.client import WarningPolicy


# From the manual: vulnerable.
def connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: PYSEC816
    client.connect(host, username="deploy", key_filename="/etc/myapp/deploy_key", timeout=10)
    return client


# From the manual: safe.
KNOWN_HOSTS = "/etc/myapp/known_hosts"


def connect_safe(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: PYSEC816
    client.connect(host, username="deploy", key_filename="/etc/myapp/deploy_key", timeout=10)
    return client


def variants(ssh, policy):
    client = SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy())  # expect: PYSEC816
    client.set_missing_host_key_policy(paramiko.WarningPolicy)  # expect: PYSEC816
    ssh.set_missing_host_key_policy(WarningPolicy())  # expect: PYSEC816
    trusting = paramiko.AutoAddPolicy()  # expect: PYSEC816
    client.set_missing_host_key_policy(trusting)
    client.set_missing_host_key_policy(policy)  # ok: PYSEC816
    client.set_missing_host_key_policy(paramiko.RejectPolicy)  # ok: PYSEC816


def shadowed(client):
    class AutoAddPolicy:
        pass

    client.set_missing_host_key_policy(AutoAddPolicy())  # ok: PYSEC816
