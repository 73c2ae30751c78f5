from django.db.models import F, RawSQL as ModelsRawSQL
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from myapp.models import Article, Order, Person

SORTABLE = {"customer": "customer_name", "city": "shipping_city"}
WHERE = ["status = 'open'"]


def articles_by(author: str):
    return Article.objects.extra(where=[f"author_name = '{author}'"])  # expect: PYSEC113


def orders_sorted_by(column: str):
    return Order.objects.annotate(sort_key=RawSQL(f"lower({column})", [])).order_by("sort_key")  # expect: PYSEC113


def more(qs, name, column, condition, tables):
    qs.extra(select={"is_recent": condition})  # expect: PYSEC113
    qs.extra(None, ["name = '%s'" % name])  # expect: PYSEC113
    qs.extra(tables=tables)  # expect: PYSEC113
    qs.extra(order_by=[column])  # expect: PYSEC113
    ModelsRawSQL(sql="SELECT " + column, params=[])  # expect: PYSEC113
    Person.objects.raw(f"SELECT * FROM myapp_person WHERE last_name = '{name}'")  # expect: PYSEC113
    Person.objects.raw("SELECT * FROM myapp_person WHERE last_name = '%s'" % name)  # expect: PYSEC113

    qs.extra(where=["status = %s"], params=[name])  # ok: PYSEC113
    qs.extra(where=WHERE)  # ok: PYSEC113
    qs.extra(select={"is_recent": "pub_date > '2006-01-01'"})  # ok: PYSEC113
    RawSQL("SELECT count(*) FROM myapp_item WHERE status = %s", (name,))  # ok: PYSEC113
    Person.objects.raw("SELECT id FROM myapp_person WHERE last_name = %s", [name])  # ok: PYSEC113
    Person.objects.filter(last_name=name).annotate(up=F("score"))  # ok: PYSEC113
    field = SORTABLE.get(column, "customer_name")
    Order.objects.annotate(sort_key=Lower(field)).order_by("sort_key")  # ok: PYSEC113


def people_named(last_name: str):
    return Person.objects.raw("SELECT id, first_name, last_name FROM myapp_person WHERE last_name = %s", [last_name])  # ok: PYSEC113


def with_open_items(status: str):
    return Order.objects.annotate(
        open_items=RawSQL("SELECT count(*) FROM myapp_item WHERE myapp_item.order_id = myapp_order.id AND status = %s", (status,))  # ok: PYSEC113
    )
