# Findings on statements that span lines: a suppression comment must go where Python reads it as a comment
# and the suppression applies, never inside the string literal.
import subprocess


def deploy(target):
    subprocess.check_call(  # expect: PYSEC301, PYSEC304
        "deploy " + target,
        shell=True,
        timeout=60,
    )


def announce(target):
    # expect: PYSEC301
    subprocess.check_call("""echo deploying
    {}
    """.format(target), shell=True, timeout=60)
