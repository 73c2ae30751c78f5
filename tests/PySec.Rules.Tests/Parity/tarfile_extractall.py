import tarfile
import zipfile


def unpack(path, dest):
    with tarfile.open(path) as archive:
        archive.extractall(dest)  # bandit: B202  # expect: PYSEC501, PYSEC505


def unpack_data_filter(path, dest):
    with tarfile.open(path) as archive:
        archive.extractall(dest, filter="data")  # expect: PYSEC505


def unpack_tar_filter(path, dest):
    with tarfile.open(path) as archive:
        archive.extractall(dest, filter="tar")  # bandit: B202  # expect: PYSEC502, PYSEC505


def safe_members(archive):
    return [m for m in archive.getmembers() if m.isfile() and not m.name.startswith(("/", ".."))]


def unpack_selected(path, dest):
    with tarfile.open(path) as archive:
        archive.extractall(dest, members=safe_members(archive))  # bandit: B202  # expect: PYSEC501, PYSEC505


def unpack_listed(path, dest, chosen):
    with tarfile.open(path) as archive:
        archive.extractall(dest, members=chosen)  # bandit: B202  # expect: PYSEC501, PYSEC505


def unpack_one(path, dest, name):
    with tarfile.open(path) as archive:
        archive.extract(name, dest)  # expect: PYSEC501


def unpack_zip(path, dest):
    with zipfile.ZipFile(path) as archive:
        archive.extractall(dest)  # bandit: B202 -- quiet: zipfile removes absolute paths and .. from member names  # expect: PYSEC505
