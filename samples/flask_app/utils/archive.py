"""Importing product catalogues uploaded as archives."""
import os
import tarfile
import tempfile
import zipfile

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def extract_catalogue(path, target):
    with tarfile.open(path) as archive:
        archive.extractall(target)  # expect: PYSEC501, PYSEC505


def extract_catalogue_safely(path, target):
    with tarfile.open(path) as archive:
        members = archive.getmembers()
        if len(members) > MAX_MEMBERS or sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("catalogue archive is too large")
        # Safe: sizes checked first, and the "data" filter refuses links out of the target, devices and absolute paths.
        archive.extractall(target, filter="data")


def extract_images(path, target):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            with open(os.path.join(target, name), "wb") as out:  # expect: PYSEC504
                out.write(archive.read(name))  # expect: PYSEC505


def scratch_file():
    name = tempfile.mktemp(suffix=".csv")  # expect: PYSEC401
    return open(name, "w")


def scratch_file_safely():
    # Safe: created atomically with a private mode.
    return tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False)


def publish(path):
    os.chmod(path, 0o777)  # expect: PYSEC403
