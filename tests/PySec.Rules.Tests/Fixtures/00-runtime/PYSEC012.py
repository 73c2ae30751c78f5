import logging
from contextlib import suppress

log = logging.getLogger(__name__)


def verified_payload(token, verify):
    try:
        verify(token)
    except Exception:  # expect: PYSEC012
        pass
    return token.payload


def checks(paths, verify, cleanup):
    try:
        verify()
    except:  # expect: PYSEC012
        pass
    for path in paths:
        try:
            verify(path)
        except Exception:  # expect: PYSEC012
            continue
        try:
            verify(path)
        except:  # expect: PYSEC012
            continue
    try:
        cleanup()
    except BaseException as error:  # expect: PYSEC012
        pass
    try:
        cleanup()
    except (OSError, Exception):  # expect: PYSEC012
        ...
    try:
        cleanup()
    except builtins_alias.Exception:  # ok: PYSEC012
        pass


class InvalidToken(Exception):
    pass


def verified_payload_safely(token, verify):
    try:
        verify(token)
    except InvalidToken:  # ok: PYSEC012
        return None
    return token.payload


def specific(path, remove):
    try:
        remove(path)
    except FileNotFoundError:  # ok: PYSEC012
        pass
    with suppress(FileNotFoundError):
        remove(path)
    try:
        remove(path)
    except Exception:  # ok: PYSEC012
        log.exception("cleanup failed")
    try:
        remove(path)
    except Exception:  # ok: PYSEC012
        raise
    try:
        remove(path)
    except Exception:  # ok: PYSEC012
        pass
        log.warning("ignored")


def shadowed(path, remove):
    class Exception(BaseException):
        pass

    try:
        remove(path)
    except Exception:  # ok: PYSEC012
        pass
