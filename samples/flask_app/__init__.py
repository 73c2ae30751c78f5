"""A deliberately vulnerable Flask-style shop used to demonstrate PySec.

Every risky call in this package is intentional and marked with the rule it must trigger (`# expect: PYSECnnn`);
the code next to it shows the safe way, which must stay quiet. Do not deploy this code.
"""
