import logging
import logging as lg
from logging import getLogger

log = logging.getLogger(__name__)
other = getLogger("other")
LEVEL_NAME = "startup"


def on_login(username, attempts, user):
    log.info(f"login succeeded for {username}")  # expect: PYSEC106
    logging.warning("failed login for %s" % username)  # expect: PYSEC106
    other.error("user {} locked".format(username))  # expect: PYSEC106
    lg.debug("attempt " + str(attempts))  # expect: PYSEC106
    log.exception(f"crash for {user.id!r}")  # expect: PYSEC106
    logging.log(logging.INFO, f"user {username}")  # expect: PYSEC106
    # expect: PYSEC106
    log.critical(
        f"disk full on {user.host}"
    )

    log.info("login succeeded for %r", username)  # ok: PYSEC106
    log.info("constant message")  # ok: PYSEC106
    log.info(f"no placeholders here")  # ok: PYSEC106
    log.info("phase " + LEVEL_NAME)  # ok: PYSEC106
    logging.log(logging.INFO, "user %s", username)  # ok: PYSEC106
    log.info(username)  # ok: PYSEC106
    print(f"login succeeded for {username}")  # ok: PYSEC106


class Service:
    def __init__(self, logger):
        self.logger = logger

    def run(self, job):
        self.logger.info(f"running {job}")  # expect: PYSEC106
        self.logger.info("running %s", job)  # ok: PYSEC106
