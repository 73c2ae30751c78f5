# Both modules imported: a zip archive's extractall is not a tar extraction (Bandit's B202 substring match
# flags it), and a receiver the model cannot type stays unflagged rather than guessed.
import tarfile
import zipfile


def unpack(path, dest, archive):
    with zipfile.ZipFile(path) as zf:
        zf.extractall(dest)  # ok: PYSEC501
    zipfile.ZipFile(path).extract("a.txt", dest)  # ok: PYSEC501
    archive.extractall(dest)  # ok: PYSEC501
    with tarfile.open(path) as tar:
        tar.extractall(dest)  # expect: PYSEC501
    tar.extractall(members=sorted(tar.getmembers()))  # expect: PYSEC501
