import subprocess
import subprocess as sp
from subprocess import check_output


def convert(path):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--", path], check=True)  # expect: PYSEC010


def jobs(cmd, host, data):
    sp.call(cmd)  # expect: PYSEC010
    check_output(cmd, text=True)  # expect: PYSEC010
    subprocess.check_call(cmd, timeout=None)  # expect: PYSEC010
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
    proc.communicate(data)  # expect: PYSEC010
    proc.wait()  # expect: PYSEC010

    subprocess.run(cmd, check=True, timeout=60)  # ok: PYSEC010
    subprocess.call(cmd, None, None, None, None, None, None, True, False, None, None, None, None, 0, timeout=5)  # ok: PYSEC010
    proc.communicate(data, 30)  # ok: PYSEC010
    proc.wait(timeout=10)  # ok: PYSEC010
    subprocess.Popen(cmd)  # ok: PYSEC010
    subprocess.run(cmd, **{"timeout": 5})  # ok: PYSEC010


def convert_safely(path):
    try:
        subprocess.run(  # ok: PYSEC010
            ["libreoffice", "--headless", "--convert-to", "pdf", "--", path],
            check=True, timeout=60,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError("conversion timed out") from None


from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout

pool = ProcessPoolExecutor(max_workers=2)


def render_with_deadline(render, document):
    future = pool.submit(render, document)
    try:
        return future.result(timeout=30)  # ok: PYSEC010
    except FutureTimeout:
        future.cancel()
        raise
