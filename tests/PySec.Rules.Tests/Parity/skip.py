import subprocess  # nosec


def run_all(argv, env):
    subprocess.call(argv)  # bandit: B603  # expect: PYSEC010, PYSEC303
    subprocess.check_call(argv, env=env)  # nosec
    subprocess.check_output(argv)  # nosec: B603  # expect: PYSEC010
    subprocess.run(argv)  # noqa: S603  # bandit: B603 -- quiet: silenced by the Ruff code in noqa, which Bandit ignores  # expect: PYSEC010
    subprocess.Popen(argv)  # pysec: ignore[PYSEC303] -- reviewed  # bandit: B603 -- quiet: silenced by our own suppression comment, which Bandit does not read
    subprocess.run(argv, timeout=10)  # nosec B404  # bandit: B603  # expect: PYSEC303
    subprocess.call(argv, cwd="/srv")  # noqa  # bandit: B603  # expect: PYSEC010, PYSEC303
