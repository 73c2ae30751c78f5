import shutil
import tarfile
import zipfile
from shutil import unpack_archive


def import_bundle(path: str, dest: str):
    shutil.unpack_archive(path, dest)  # expect: PYSEC503


def variants(path, dest, fmt, options):
    unpack_archive(path, dest, "gztar")  # expect: PYSEC503
    shutil.unpack_archive(path, dest, format=fmt)  # expect: PYSEC503
    shutil.unpack_archive("bundle.tar.gz", dest)  # expect: PYSEC503
    shutil.unpack_archive(path, dest, format="tar", filter="fully_trusted")  # expect: PYSEC503
    shutil.unpack_archive(path, extract_dir=dest, filter="tar")  # expect: PYSEC503

    shutil.unpack_archive(path, dest, format="gztar", filter="data")  # ok: PYSEC503
    shutil.unpack_archive(path, dest, filter=tarfile.data_filter)  # ok: PYSEC503
    shutil.unpack_archive(path, dest, format="zip")  # ok: PYSEC503
    shutil.unpack_archive("bundle.zip", dest)  # ok: PYSEC503
    shutil.unpack_archive(path, dest, **options)  # ok: PYSEC503
    shutil.make_archive(path, "gztar", dest)  # ok: PYSEC503


def import_bundle_checked(path: str, dest: str):
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            if len(zf.infolist()) > 10_000:
                raise ValueError("too many members")
            zf.extractall(dest)  # ok: PYSEC503
    else:
        with tarfile.open(path) as tar:
            tar.extractall(dest, filter="data")  # ok: PYSEC503
