from django.contrib.auth.models import User


def by_where(name):
    return User.objects.extra(where=["username = '%s'" % name])  # bandit: B610  # expect: PYSEC113


def by_params(name):
    return User.objects.extra(where=["username = %s"], params=[name])


def by_select(column):
    return User.objects.extra(select={"value": column})  # bandit: B610  # expect: PYSEC113


def by_select_constant():
    return User.objects.extra(select={"is_recent": "date_joined > '2024-01-01'"})


def by_tables(table):
    return User.objects.extra(tables=[table])  # bandit: B610  # expect: PYSEC113


def by_positional(clause):
    return User.objects.extra(None, [clause])  # bandit: B610  # expect: PYSEC113


def by_order(field):
    return User.objects.extra(order_by=[field])  # expect: PYSEC113
