from defusedxml.xmlrpc import monkey_patch
from xmlrpc.server import SimpleXMLRPCServer  # ok: PYSEC603
from myapp.services import InventoryService

monkey_patch()
service = InventoryService()
server = SimpleXMLRPCServer(("127.0.0.1", 8000))
server.register_function(service.count_items, "inventory.count_items")  # ok: PYSEC603
server.register_function(service.list_skus, "inventory.list_skus")
server.register_instance(service, allow_dotted_names=True)  # expect: PYSEC603
server.serve_forever()
