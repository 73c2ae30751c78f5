import os
from os import P_WAIT, spawnl


def spawn_script(script):
    return os.spawnl(os.P_WAIT, "/usr/bin/python3", "python3", script)  # bandit: B606  # expect: PYSEC303


def spawn_env(script, env):
    return os.spawnle(os.P_NOWAIT, "/usr/bin/python3", "python3", script, env)  # bandit: B606  # expect: PYSEC303


def spawn_path(target):
    return os.spawnlp(os.P_WAIT, "cp", "cp", target, "/srv/backup/")  # bandit: B606  # expect: PYSEC303, PYSEC304


def spawn_path_env(target, env):
    return os.spawnlpe(os.P_WAIT, "/bin/cp", "cp", target, "/srv/backup/", env)  # bandit: B606  # expect: PYSEC303


def spawn_vector(argv):
    return os.spawnv(os.P_WAIT, "/usr/bin/rsync", argv)  # bandit: B606  # expect: PYSEC303


def spawn_vector_env(argv, env):
    return os.spawnve(os.P_WAIT, "/usr/bin/rsync", argv, env)  # bandit: B606  # expect: PYSEC303


def spawn_vector_path(program, argv):
    return os.spawnvp(os.P_WAIT, program, argv)  # bandit: B606  # expect: PYSEC303


def spawn_vector_path_env(program, argv, env):
    return os.spawnvpe(os.P_WAIT, program, argv, env)  # bandit: B606  # expect: PYSEC303


def from_imported(script):
    return spawnl(P_WAIT, "/usr/bin/python3", "python3", script)  # bandit: B606  # expect: PYSEC303
