try:
    connect()
except TimeoutError, ConnectionRefusedError:
    retry()

try:
    pass
except* ValueError, TypeError:
    pass
