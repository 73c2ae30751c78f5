from django.db.models import F
from django.db.models.expressions import RawSQL
from django.contrib.auth.models import User


def annotate(column):
    return User.objects.annotate(value=RawSQL("SELECT %s FROM auth_user" % column, []))  # bandit: B608  # bandit: B611  # expect: PYSEC110, PYSEC113


def annotate_params(limit):
    return User.objects.annotate(value=RawSQL("SELECT id FROM auth_user WHERE id < %s", [limit]))


def annotate_keyword(query):
    return User.objects.annotate(value=RawSQL(sql=query, params=[]))  # bandit: B611  # expect: PYSEC113


def raw_query(name):
    return User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % name)  # bandit: B608  # expect: PYSEC110, PYSEC113


def ordered():
    return User.objects.order_by(F("date_joined").desc())
