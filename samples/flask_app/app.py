"""The application factory and the development server entry point."""
from flask import Flask

from . import config
from .views.admin import admin
from .views.shop import shop


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = config.SECRET_KEY
    app.register_blueprint(shop)
    app.register_blueprint(admin)
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", debug=True)  # expect: PYSEC814
