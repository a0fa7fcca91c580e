"""The bundled program's entry point: the same as the ``dossier-desk`` command of a source install."""

from app.cli import main

if __name__ == "__main__":
    main()
