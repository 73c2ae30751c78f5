import tarfile
import tarfile as tf
from tarfile import TarFile, open as open_tar


def install_theme(archive_path: str, dest: str):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest)  # expect: PYSEC501


def variants(path, dest, member, options):
    tf.open(path).extractall(dest)  # expect: PYSEC501
    archive = open_tar(path, "r:gz")
    archive.extractall(path=dest, filter="fully_trusted")  # expect: PYSEC501
    archive.extract(member, dest)  # expect: PYSEC501
    archive.extractall(dest, members=archive.getmembers()[:10])  # expect: PYSEC501
    archive.extractall(dest, filter=None)  # expect: PYSEC501
    archive.extractall(dest, filter=tarfile.fully_trusted_filter)  # expect: PYSEC501
    TarFile(path).extractall(dest)  # expect: PYSEC501
    TarFile.open(path).extractall(  # expect: PYSEC501
        dest,
        numeric_owner=True,
    )

    archive.extractall(dest, filter="data")  # ok: PYSEC501
    archive.extract(member, dest, filter="data")  # ok: PYSEC501
    archive.extractall(dest, filter=tarfile.data_filter)  # ok: PYSEC501
    archive.extractall(dest, filter="tar")  # ok: PYSEC501
    archive.extractall(dest, **options)  # ok: PYSEC501
    archive.extractfile(member).read()  # ok: PYSEC501


def untyped(tar, dest, util):
    tar.extractall(dest)  # expect: PYSEC501
    # Bandit's B202 crashes on a members= call through an attribute; the missing filter is what matters.
    tar.extractall(members=util.safe(tar))  # expect: PYSEC501
    tar.extractall(dest, filter="data")  # ok: PYSEC501


def unpack_upload(archive_path: str, dest: str):
    if not hasattr(tarfile, "data_filter"):
        raise RuntimeError("this Python lacks tarfile extraction filters; upgrade it")
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="data")  # ok: PYSEC501


class Bundle:
    def extractall(self, dest):
        return dest

    def unpack(self, dest):
        return self.extractall(dest)  # ok: PYSEC501
