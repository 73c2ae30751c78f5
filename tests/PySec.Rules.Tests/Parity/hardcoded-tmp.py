import os
import tempfile

LOG_DIR = "/var/tmp/myapp"  # bandit: B108 -- quiet: the constant is reported where it is used, on the next line
log_file = os.path.join(LOG_DIR, "app.log")  # expect: PYSEC402


def write_report(text):
    with open("/tmp/report.txt", "w") as out:  # bandit: B108  # expect: PYSEC402, PYSEC407
        out.write(text)


def lock_path(name):
    return open(f"/tmp/{name}.lock", "w")  # bandit: B108  # expect: PYSEC402, PYSEC407


def cache_dir():
    os.mkdir("/dev/shm/cache")  # bandit: B108  # expect: PYSEC402


def not_the_temp_dir():
    return open("/tmpfiles/data.csv")  # bandit: B108 -- quiet: /tmpfiles is not the shared temp directory


def message():
    print("files are kept in /tmp")
    print("/tmp/cleanup runs nightly")  # bandit: B108 -- quiet: text that is printed, never opened as a path


def safe_temp():
    with tempfile.NamedTemporaryFile() as handle:
        return handle.name
