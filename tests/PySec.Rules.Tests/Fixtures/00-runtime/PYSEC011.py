import logging
import traceback
import uuid

from django.http import HttpResponse, JsonResponse
from flask import Flask, abort, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle_error(exc):
    return jsonify(error=traceback.format_exc()), 500  # expect: PYSEC011


@app.errorhandler(ValueError)
def handle_value_error(error):
    return {"error": str(error)}, 400  # expect: PYSEC011


@app.route("/orders/<int:order_id>")
def order(order_id, load):
    try:
        return jsonify(load(order_id))
    except Exception as e:
        return jsonify(message=f"failed: {e}"), 500  # expect: PYSEC011


@app.route("/report")
def report(build):
    try:
        return build()
    except KeyError as missing:
        return repr(missing), 404  # expect: PYSEC011
    except OSError as failure:
        abort(500, failure.strerror)  # expect: PYSEC011


def django_view(request, run):
    try:
        return JsonResponse(run(request))
    except Exception as exc:
        return HttpResponse(str(exc), status=500)  # expect: PYSEC011


def django_view_args(request, run):
    try:
        return JsonResponse(run(request))
    except Exception as exc:
        return JsonResponse({"detail": exc.args})  # expect: PYSEC011


@app.errorhandler(Exception)
def handle_error_safely(exc):
    incident = uuid.uuid4().hex
    log.exception("unhandled error, incident %s", incident)  # ok: PYSEC011
    return jsonify(error="internal error", incident=incident), 500  # ok: PYSEC011


@app.route("/upstream")
def upstream(fetch):
    try:
        return fetch()
    except ConnectionError as e:
        log.warning("upstream failed: %s", e)  # ok: PYSEC011
        return jsonify(error="upstream unavailable", kind=type(e).__name__), 502  # ok: PYSEC011
    except LookupError as e:
        return jsonify(status=e.errno), 404  # ok: PYSEC011


def helper(parse, text):
    try:
        return parse(text)
    except ValueError as e:
        return str(e)  # ok: PYSEC011
