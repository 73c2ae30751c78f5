from django.core.exceptions import PermissionDenied
from flask import request


def delete_project(user, project):
    assert user.id == project.owner_id, "not the owner"  # expect: PYSEC006
    project.delete()


def approve_invoice(req, invoice):
    assert req.user.has_perm("billing.approve_invoice")  # expect: PYSEC006
    invoice.approve(by=req.user)


def withdraw(account, amount, limit):
    assert 0 <= amount <= limit  # expect: PYSEC006
    account.debit(amount)


def admin_view(current_user):
    assert current_user.is_admin or current_user.is_staff, "admins only"  # expect: PYSEC006


def read_form():
    assert request.form["csrf_token"] == request.cookies.get("csrf")  # expect: PYSEC006
    # expect: PYSEC006
    assert (
        request.headers.get("X-Signature") is not None
    ), "unsigned request"


def check_session(session):
    assert session.isAuthenticated  # expect: PYSEC006
    if session: assert session.userId  # expect: PYSEC006
    x = 1; assert session.userRole == "editor"  # expect: PYSEC006


def always_true(role):
    assert (role == "admin", "admins only")  # expect: PYSEC006
    assert "role must be admin"  # expect: PYSEC006


def invariants(node, items, index):
    assert isinstance(node, dict)  # ok: PYSEC006
    assert index < len(items)  # ok: PYSEC006
    assert items, "empty batch"  # ok: PYSEC006
    assert ()  # ok: PYSEC006
    assert ""  # ok: PYSEC006


class Forbidden(Exception):
    pass


def delete_project_safely(user, project):
    if user.id != project.owner_id:  # ok: PYSEC006
        raise Forbidden("not the owner")
    project.delete()


def approve_invoice_safely(request, invoice):
    if not request.user.has_perm("billing.approve_invoice"):  # ok: PYSEC006
        raise PermissionDenied
    invoice.approve(by=request.user)
