"""The build's markup lives in Jinja templates (``overrides/partials/cc/*.html``); Python hands them data.

During a build the templates are rendered with the theme's own environment (``config.theme.get_env()``, as
Material's hooks do), set once in ``on_config``; outside a build (tests, scripts) an environment on the same
``overrides/`` folder stands in. Both have the ``h`` filter: ``html.escape`` with quotes, the escaping the result
renderer uses, so that every value in an attribute or a text is escaped the same way across the site.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import jinja2

OVERRIDES = Path(__file__).resolve().parents[1] / "overrides"
_ENV: dict[str, jinja2.Environment] = {}


def _prepared(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["h"] = lambda value: escape(str(value), quote=True)
    return env


def use_theme(config: Any) -> None:
    """Render with the theme's environment (its loader finds ``overrides/`` before the theme's own templates)."""
    _ENV["env"] = _prepared(config.theme.get_env())


def macro(template: str, name: str) -> Any:
    """A macro of ``overrides/partials/cc/<template>``, callable with the data it renders."""
    env = _ENV.get("env")
    if env is None:
        env = _ENV["env"] = _prepared(jinja2.Environment(loader=jinja2.FileSystemLoader(OVERRIDES), auto_reload=False))
    return getattr(env.get_template(f"partials/cc/{template}").module, name)
