import paramiko
from paramiko import AutoAddPolicy, SSHClient, WarningPolicy
from paramiko.client import RejectPolicy


def connect(host):
    client = SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy())  # bandit: B507  # expect: PYSEC816
    client.connect(host)
    return client


def connect_class(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy)  # bandit: B507  # expect: PYSEC816
    client.connect(host)
    return client


def connect_warning(host):
    client = SSHClient()
    client.set_missing_host_key_policy(WarningPolicy())  # bandit: B507  # expect: PYSEC816
    return client


def connect_checked(host):
    client = SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy())
    client.connect(host)
    return client


def connect_stored_policy(host):
    policy = paramiko.AutoAddPolicy()  # expect: PYSEC816
    client = SSHClient()
    client.set_missing_host_key_policy(policy)
    return client
