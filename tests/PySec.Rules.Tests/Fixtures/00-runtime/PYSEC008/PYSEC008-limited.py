import resource
import socketserver
from myapp.handlers import JobHandler


def apply_limits():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (512 * 1024 * 1024,) * 2)
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3,) * 2)
    resource.setrlimit(resource.RLIMIT_NPROC, (256, 256))


apply_limits()
server = socketserver.ForkingTCPServer(("127.0.0.1", 9000), JobHandler)
server.serve_forever()  # ok: PYSEC008
