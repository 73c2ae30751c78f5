import socketserver
from myapp.handlers import JobHandler

server = socketserver.ForkingTCPServer(("127.0.0.1", 9000), JobHandler)
server.serve_forever()  # expect: PYSEC008


def consume(channel):
    channel.start_consuming()  # expect: PYSEC008


def web(app):
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=8000)  # expect: PYSEC008
    app.shutdown()  # ok: PYSEC008
