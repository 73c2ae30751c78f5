import os
import pwd
from os import setuid as become


def drop_to(username: str):
    entry = pwd.getpwnam(username)
    os.setuid(entry.pw_uid)  # expect: PYSEC309
    os.setgid(entry.pw_gid)


def drop_to_safe(username: str):
    entry = pwd.getpwnam(username)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)  # ok: PYSEC309
    if os.getuid() == 0 or os.geteuid() == 0 or os.getgid() == 0:
        raise RuntimeError("failed to drop privileges")
    try:
        os.setuid(0)  # ok: PYSEC309
    except PermissionError:
        pass
    else:
        raise RuntimeError("privileges can be regained")


def enter_jail(path: str, username: str):
    entry = pwd.getpwnam(username)
    os.chroot(path)
    os.chdir("/")
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)  # ok: PYSEC309


def gid_only(uid, gid):
    os.setgid(gid)
    os.setuid(uid)  # expect: PYSEC309


def aliases(uid, gid):
    become(uid)  # expect: PYSEC309
    os.setresuid(uid, uid, uid)  # expect: PYSEC309


def with_initgroups(name, uid, gid):
    os.initgroups(name, gid)
    os.setregid(gid, gid)
    os.setreuid(uid, uid)  # ok: PYSEC309


def regain():
    os.setuid(0)  # ok: PYSEC309


class Fake:
    def setuid(self, uid):
        return uid


def not_os(uid):
    Fake().setuid(uid)  # ok: PYSEC309
