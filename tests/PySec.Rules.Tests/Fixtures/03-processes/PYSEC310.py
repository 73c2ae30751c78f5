import os
import os as system_os
import pwd
from os import chroot


def enter_jail(path: str):
    os.chroot(path)  # expect: PYSEC310


def enter_jail_safe(path: str, username: str):
    entry = pwd.getpwnam(username)
    os.chroot(path)  # ok: PYSEC310
    os.chdir("/")
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)


def chdir_first(path):
    os.chdir(path)
    os.chroot(".")  # ok: PYSEC310


def wrong_chdir(path):
    system_os.chroot(path)  # expect: PYSEC310
    system_os.chdir(path)


def from_import(path):
    if path:
        chroot(path)  # expect: PYSEC310


def before_only(path):
    os.chdir("/")
    os.chroot(path)  # expect: PYSEC310


def in_block(path):
    try:
        os.chroot(path)  # expect: PYSEC310
    finally:
        print("done")
