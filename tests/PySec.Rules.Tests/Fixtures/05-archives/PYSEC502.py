import tarfile
from tarfile import TarFile


def unpack_upload(archive_path: str, dest: str):
    with tarfile.open(archive_path) as tar:
        tar.extractall(dest, filter="tar")  # expect: PYSEC502


def my_filter(member, path):
    return member


def variants(path, dest, member, tar):
    archive = tarfile.open(path)
    archive.extract(member, dest, filter=tarfile.tar_filter)  # expect: PYSEC502
    archive.extractall(dest, filter=my_filter)  # expect: PYSEC502
    archive.extractall(dest, filter=lambda m, p: m)  # expect: PYSEC502
    tar.extractall(dest, filter="tar")  # expect: PYSEC502

    archive.extractall(dest, filter="data")  # ok: PYSEC502
    archive.extractall(dest, filter=tarfile.data_filter)  # ok: PYSEC502
    tar.extractall(dest, filter="data")  # ok: PYSEC502


TarFile.extraction_filter = tarfile.tar_filter  # expect: PYSEC502
tarfile.TarFile.extraction_filter = tarfile.fully_trusted_filter  # expect: PYSEC502
tarfile.TarFile.extraction_filter = tarfile.data_filter  # ok: PYSEC502


class DataTarFile(tarfile.TarFile):
    extraction_filter = staticmethod(tarfile.data_filter)  # ok: PYSEC502
