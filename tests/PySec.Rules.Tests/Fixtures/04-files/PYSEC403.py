import os
import stat
from os import chmod as change_mode
from pathlib import Path
from stat import S_IRWXU, S_IWOTH


def share_upload_dir(upload_dir: str):
    os.chmod(upload_dir, 0o777)  # expect: PYSEC403


def variants(path: str, fd: int, p: Path, st):
    os.chmod(path, 0o666)  # expect: PYSEC403
    os.chmod(path, mode=0o646)  # expect: PYSEC403
    change_mode(path, 0o4755)  # expect: PYSEC403
    os.fchmod(fd, 0o664)  # expect: PYSEC403
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXO)  # expect: PYSEC403
    os.chmod(path, S_IRWXU | S_IWOTH)  # expect: PYSEC403
    os.chmod(path, st.st_mode | stat.S_IWOTH)  # expect: PYSEC403
    os.chmod(path, stat.S_ISGID | 0o750)  # expect: PYSEC403
    Path(path).chmod(0o777)  # expect: PYSEC403
    p.chmod(0o666)  # expect: PYSEC403
    os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)  # expect: PYSEC403
    os.open(path, os.O_WRONLY | os.O_CREAT, mode=0o620)  # expect: PYSEC403
    os.mkdir(path, 0o777)  # expect: PYSEC403
    os.makedirs(path, mode=0o1777, exist_ok=True)  # expect: PYSEC403
    p.mkdir(mode=0o777, parents=True)  # expect: PYSEC403


def near_misses(path: str, mode: int, p: Path, st):
    os.chmod(path, 0o600)  # ok: PYSEC403
    os.chmod(path, 0o755)  # ok: PYSEC403
    os.chmod(path, 0o644)  # ok: PYSEC403
    os.chmod(path, 0o640)  # ok: PYSEC403
    os.chmod(path, mode)  # ok: PYSEC403
    os.chmod(path, st.st_mode & ~stat.S_IWOTH)  # ok: PYSEC403
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)  # ok: PYSEC403
    os.mkdir(path, 0o775)  # ok: PYSEC403
    os.makedirs(path, exist_ok=True)  # ok: PYSEC403
    os.open(path, os.O_RDONLY)  # ok: PYSEC403
    p.mkdir(mode=0o700, exist_ok=True)  # ok: PYSEC403
    p.chmod(0o600)  # ok: PYSEC403


def write_api_key(path: str, key: str):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # ok: PYSEC403
    with os.fdopen(fd, "w") as fh:
        fh.write(key)


def install_hook(path: str, script: str):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o700)  # ok: PYSEC403
    with os.fdopen(fd, "w") as fh:
        fh.write(script)


def prepare_dirs(base: Path):
    os.umask(0o077)
    for part in (base, base / "cache", base / "keys"):
        part.mkdir(mode=0o700, exist_ok=True)  # ok: PYSEC403
