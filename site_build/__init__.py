"""The site's build: the MkDocs hooks (named in mkdocs.yml) and the modules they use to render forms, texts,
the glossary, the register, the calendar and the console, and to bundle the runtime. Installed with the project
(``pip install -e .`` in ./scripts/setup), so the hooks, the tests and the scripts import it by name."""
