from xmlrpc.server import SimpleXMLRPCServer  # expect: PYSEC603
import xmlrpc.client  # expect: PYSEC603
from myapp.services import InventoryService

server = SimpleXMLRPCServer(("127.0.0.1", 8000))
server.register_instance(InventoryService(), allow_dotted_names=True)  # expect: PYSEC603
server.register_instance(InventoryService(), True)  # expect: PYSEC603
server.register_instance(InventoryService())  # ok: PYSEC603
server.register_instance(InventoryService(), allow_dotted_names=False)  # ok: PYSEC603
server.register_function(pow)  # ok: PYSEC603
proxy = xmlrpc.client.ServerProxy("http://localhost:8000/")  # ok: PYSEC603
server.serve_forever()
